import Foundation

/// What `huis build` was asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    /// Shown in messages instead of the full path.
    public var contentDisplay: String
    /// The theme folder; nil means `themes/<theme of site.md>` beside the content folder's parent.
    public var theme: URL?
    public var output: URL
    /// Only these regions (all when nil).
    public var regions: [String]?
    /// The moment that decides what is published.
    public var now: LocalDateTime
    /// Warnings count as errors and stop the build (`--strict`).
    public var strict: Bool
    /// Rebuild even when nothing seems to have changed (`--force`).
    public var force = false

    public init(content: URL, contentDisplay: String? = nil, theme: URL? = nil, output: URL,
                regions: [String]? = nil, now: LocalDateTime, strict: Bool = false) {
        self.content = content
        self.contentDisplay = contentDisplay ?? content.relativePath
        self.theme = theme
        self.output = output
        self.regions = regions
        self.now = now
        self.strict = strict
    }

    /// `themes/<name>` in the folder that holds the content folder.
    func themeFolder(named name: String) -> URL {
        theme ?? content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("themes/\(name)")
    }
}

/// What a build did.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Nil when the build stopped before writing (the old output is untouched).
    public var output: OutputSummary?
    public var pageCount: Int
    public var regionCount: Int
    /// True when the output folder could not be written (disk full, permissions),
    /// as opposed to errors in the content or theme.
    public var outputFailed = false
    /// Findings left out because their file silences the rule.
    public var silenced = 0
    /// Pages actually rendered (the others were unchanged and kept), and
    /// partner files and Markdown bodies taken over from the last build.
    public var renderedPages = 0
    public var reusedPartners = 0
    public var reusedBodies = 0
    /// Regions whose search index was built (the others' were unchanged and kept).
    public var builtSearchIndexes = 0
    /// True when nothing changed since the last build, so nothing was done.
    public var upToDate = false
    /// With `upToDate`: the number of warnings the last real build reported.
    public var previousWarnings = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

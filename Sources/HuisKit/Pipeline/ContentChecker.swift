import Foundation

/// `huis check`: read and check everything, write nothing.
public enum ContentChecker {
    public struct Result: Sendable {
        public var content: Content?
        public var bodies: RenderedBodies?
        public var diagnostics: [Diagnostic]
        public var fileCount: Int
        /// Findings left out because their file silences the rule (`lint: { ignore: … }`).
        public var silenced = 0
        /// Every partner file's reading, for the next build's cache.
        var partnerEntries: [String: BuildCache.PartnerEntry] = [:]
        /// How many partner files were taken from the last build.
        var reusedPartners = 0

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// How to check.
    public struct Options: Sendable {
        /// Count every warning as an error (`--strict`).
        public var strict: Bool
        /// The theme whose colour pairs (contrast.yml) are checked; nil means
        /// `themes/<theme of site.md>` beside the content folder, skipped
        /// quietly when that folder does not exist.
        public var theme: URL?
        /// Work of the previous build to take over (`huis build` only).
        public var cache: BuildCache?

        public init(strict: Bool = false, theme: URL? = nil, cache: BuildCache? = nil) {
            self.strict = strict
            self.theme = theme
            self.cache = cache
        }
    }

    public static func check(_ loader: ContentLoader, options: Options = Options()) -> Result {
        let loaded = loader.load(cache: options.cache)
        guard let content = loaded.content else {
            return Result(content: nil, bodies: nil, diagnostics: loaded.diagnostics.escalatingWarnings(options.strict), fileCount: 0)
        }
        let bodies = BodyStage.render(content, files: loaded.files, fileSizes: loaded.fileSizes, cache: options.cache)
        var found = loaded.diagnostics + bodies.diagnostics + bodies.lint
        found += contrast(content, loader: loader, theme: options.theme)
        let (kept, silenced) = loaded.lintIgnores.apply(to: Array(Set(found)))
        return Result(content: content, bodies: bodies, diagnostics: kept.escalatingWarnings(options.strict).sorted(),
                      fileCount: loaded.fileCount, silenced: silenced, partnerEntries: loaded.partnerEntries,
                      reusedPartners: loaded.reusedPartners)
    }

    /// The region colours against the theme's contrast.yml.
    static func contrast(_ content: Content, loader: ContentLoader, theme: URL?) -> [Diagnostic] {
        let folder: URL
        let display: String
        if let theme {
            folder = theme
            display = theme.relativePath
        } else {
            folder = loader.root.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("themes/\(content.site.theme)")
            let contentDisplay = loader.displayRoot.hasSuffix("/") ? String(loader.displayRoot.dropLast()) : loader.displayRoot
            let parent = contentDisplay.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            display = (parent.isEmpty ? "" : parent + "/") + "themes/\(content.site.theme)"
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        do {
            guard let spec = try ContrastSpec.load(themeFolder: folder, display: display) else { return [] }
            let checker = ContrastChecker(spec: spec)
            return checker.checkTheme() + content.regions.flatMap { checker.check($0.region) }
        } catch {
            return error.diagnostics
        }
    }
}

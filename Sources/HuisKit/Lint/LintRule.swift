/// The editor checks: accessibility and clear language in what editors write,
/// and the contrast of the region's colours. Each has a stable id that
/// diagnostics carry (`[rule-id]` after the message), that `lint: { ignore: […] }`
/// in a file's front matter silences, and that docs/lints.md explains.
public enum LintRule: String, CaseIterable, Sendable {
    /// An image without a description (reported by the Markdown stage).
    case imageAltMissing = "image-alt-missing"
    /// A description that is a file name or a word such as "foto".
    case imageAltGeneric = "image-alt-generic"
    /// A heading more than one level below the one before it.
    case headingLevelSkip = "heading-level-skip"
    /// "klik hier", "lees meer" and other texts that do not name the destination.
    case linkTextVague = "link-text-vague"
    /// A web address as the text of a link.
    case linkTextURL = "link-text-url"
    /// A link without text or without destination.
    case linkEmpty = "link-empty"
    /// A raw-HTML table without header cells.
    case tableHeaderMissing = "table-header-missing"
    /// A Markdown pipe table, which CommonMark shows as plain text.
    case tablePipeSyntax = "table-pipe-syntax"
    /// Words written in capitals.
    case allCaps = "all-caps"
    /// A sentence of more than 25 words.
    case sentenceTooLong = "sentence-too-long"
    /// A paragraph of more than 8 sentences.
    case paragraphTooLong = "paragraph-too-long"
    /// A region colour that does not contrast enough with what the theme draws on or under it.
    case colorContrast = "color-contrast"

    public var id: String { rawValue }

    /// Errors stop the build; warnings do not, unless it runs with `--strict`.
    public var severity: Severity {
        switch self {
        case .imageAltMissing, .linkEmpty, .tableHeaderMissing, .colorContrast: return .error
        case .imageAltGeneric, .headingLevelSkip, .linkTextVague, .linkTextURL, .tablePipeSyntax,
             .allCaps, .sentenceTooLong, .paragraphTooLong: return .warning
        }
    }

    public static var ids: [String] { allCases.map(\.id) }

    /// A finding of this rule, with the rule's severity.
    func diagnostic(_ message: String, file: String, at position: SourcePosition, hint: String) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: severity, message: message, hint: hint, rule: id)
    }
}

/// Limits of the clear-language checks. The Flemish government writes for
/// language level B1; these are the usual rules of thumb for it.
public enum ClearLanguageLimits {
    public static let wordsPerSentence = 25
    public static let sentencesPerParagraph = 8
}

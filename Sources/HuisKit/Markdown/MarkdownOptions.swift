/// How `MarkdownProcessor` turns a body into HTML. One value serves a whole site.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keep raw HTML in the output (`unsafe_html: true` in `site.md`).
    /// Off by default: cmark's safe mode drops raw HTML and `javascript:` URLs.
    public var allowUnsafeHTML: Bool

    /// Keep the page's `h1` for its title by moving body headings one level
    /// down when the body uses `#` headings. See `MarkdownProcessor` for the rule.
    public var shiftHeadings: Bool

    /// Turn straight quotes and `--` into typographic ones. Off by default:
    /// cmark's rules are English ones.
    public var smartPunctuation: Bool

    public init(allowUnsafeHTML: Bool = false, shiftHeadings: Bool = true, smartPunctuation: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.shiftHeadings = shiftHeadings
        self.smartPunctuation = smartPunctuation
    }
}

/// A Markdown body and where it sits in its file.
public struct MarkdownSource: Sendable, Hashable {
    /// The Markdown text (the part after the front matter).
    public var text: String
    /// The file, as diagnostics name it.
    public var file: String
    /// The file line on which `text` starts (1 when there is no front matter).
    public var firstLine: Int

    public init(text: String, file: String, firstLine: Int = 1) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
    }
}

/// What becomes of one link destination or image source.
public enum LinkResolution: Sendable, Hashable {
    /// Leave it as written (external URLs, anchors, mail links).
    case keep
    /// Write this URL instead (`../partners/caw.md` becomes `../../partners/caw/`).
    case replace(String)
    /// The target does not exist: report an error at the link and keep it as written.
    case broken(message: String, hint: String?)
}

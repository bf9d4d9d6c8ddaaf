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

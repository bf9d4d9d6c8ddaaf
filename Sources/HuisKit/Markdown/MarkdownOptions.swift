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

    /// Give every heading an `id` (see `HeadingAnchors`), so `page.md#section`
    /// links have a target.
    public var headingAnchors: Bool

    public init(allowUnsafeHTML: Bool = false, shiftHeadings: Bool = true, smartPunctuation: Bool = false,
                headingAnchors: Bool = true) {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.shiftHeadings = shiftHeadings
        self.smartPunctuation = smartPunctuation
        self.headingAnchors = headingAnchors
    }

    /// No adjustment at all: the HTML is exactly cmark's.
    public static func plainCmark(allowUnsafeHTML: Bool) -> MarkdownOptions {
        MarkdownOptions(allowUnsafeHTML: allowUnsafeHTML, shiftHeadings: false, headingAnchors: false)
    }
}

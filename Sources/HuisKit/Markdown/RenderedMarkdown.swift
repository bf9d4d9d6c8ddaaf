/// Everything the later stages need from one Markdown body.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The body as HTML (without the page title).
    public var html: String
    /// The text without markup, for search and summaries: blocks on their own
    /// lines, soft line breaks as spaces, code kept, raw HTML and image
    /// descriptions left out.
    public var plainText: String
    /// The headings in document order, with their levels after the shift.
    public var headings: [MarkdownHeading]
    /// The links in document order (autolinks included).
    public var links: [MarkdownLink]
    /// The images in document order.
    public var images: [MarkdownImage]
    /// Broken links and images without alt text, in document order.
    public var diagnostics: [Diagnostic]
    /// Paragraphs and headings as text with positions, for the editor checks (`Lint/`).
    public var textBlocks: [MarkdownTextBlock]
    /// Raw HTML blocks as written, in document order.
    public var htmlBlocks: [MarkdownHTMLBlock]

    public init(html: String, plainText: String, headings: [MarkdownHeading], links: [MarkdownLink],
                images: [MarkdownImage], diagnostics: [Diagnostic],
                textBlocks: [MarkdownTextBlock] = [], htmlBlocks: [MarkdownHTMLBlock] = []) {
        self.html = html
        self.plainText = plainText
        self.headings = headings
        self.links = links
        self.images = images
        self.diagnostics = diagnostics
        self.textBlocks = textBlocks
        self.htmlBlocks = htmlBlocks
    }
}

/// A heading of the body.
public struct MarkdownHeading: Sendable, Hashable {
    /// The level in the rendered HTML (2 to 6 after a shift).
    public var level: Int
    /// The heading's text as a screen reader would say it (image descriptions included).
    public var text: String
    /// Where the heading starts in the file.
    public var position: SourcePosition
    /// The heading's `id` in the HTML (see `HeadingAnchors`).
    public var anchor: String

    public init(level: Int, text: String, position: SourcePosition, anchor: String = "") {
        self.level = level
        self.text = text
        self.position = position
        self.anchor = anchor
    }
}

/// A link of the body.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as the editor wrote it.
    public var destination: String
    /// The destination in the rendered HTML (differs after `.replace`).
    public var resolvedDestination: String
    /// The link text as a screen reader would say it (image descriptions included).
    public var text: String
    /// Where the link starts (its `[` or `<`) in the file.
    public var position: SourcePosition

    public init(destination: String, resolvedDestination: String, text: String, position: SourcePosition) {
        self.destination = destination
        self.resolvedDestination = resolvedDestination
        self.text = text
        self.position = position
    }
}

/// An image of the body.
public struct MarkdownImage: Sendable, Hashable {
    /// The source as the editor wrote it.
    public var source: String
    /// The source in the rendered HTML (differs after `.replace`).
    public var resolvedSource: String
    /// The alt text (the image's description between the brackets).
    public var alt: String
    /// Where the image starts (its `!`) in the file.
    public var position: SourcePosition

    public init(source: String, resolvedSource: String, alt: String, position: SourcePosition) {
        self.source = source
        self.resolvedSource = resolvedSource
        self.alt = alt
        self.position = position
    }
}

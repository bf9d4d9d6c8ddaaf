/// Where a piece of content came from.
public struct SourceFile: Hashable, Sendable {
    /// The path shown in messages (the content folder as given on the command
    /// line, joined with `relativePath`).
    public let displayPath: String
    /// The path inside the content folder, with `/` separators, e.g.
    /// `regions/ranst/partners/caw.md`.
    public let relativePath: String
    /// A hash of the file's bytes: what a page made from this file alone
    /// depends on (see `PageKeys`).
    public let contentHash: String
    /// A hash of the front matter alone: what open data, which shows the
    /// fields and not the text, depends on. Empty when unknown.
    public let frontMatterHash: String

    public init(displayPath: String, relativePath: String, contentHash: String = "", frontMatterHash: String = "") {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.contentHash = contentHash
        self.frontMatterHash = frontMatterHash
    }
}

/// The Markdown body of a content file and where it starts in the file.
public struct MarkdownBody: Hashable, Sendable {
    public let text: String
    /// The file line of the body's first line.
    public let firstLine: Int

    public init(text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }

    public var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }
}

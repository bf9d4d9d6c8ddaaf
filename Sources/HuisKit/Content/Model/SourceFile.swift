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

    public init(displayPath: String, relativePath: String, contentHash: String = "") {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.contentHash = contentHash
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

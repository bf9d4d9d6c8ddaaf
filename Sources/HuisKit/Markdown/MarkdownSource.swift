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

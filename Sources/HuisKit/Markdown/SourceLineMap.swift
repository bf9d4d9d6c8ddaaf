/// Turns cmark's locations (line of the parsed text, column in UTF-8 bytes)
/// into file positions (line of the file, column in Unicode scalars).
///
/// The Markdown body usually starts below the front matter, so its line 1 is
/// file line `firstLine`. Lines end at "\n", "\r\n" or "\r", as in cmark.
public struct SourceLineMap: Sendable {
    private let utf8: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    public let firstLine: Int

    public init(text: String, firstLine: Int = 1) {
        let bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                starts.append(index)
            } else if byte == UInt8(ascii: "\r") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index)
            }
        }
        self.utf8 = bytes
        self.lineStarts = starts
        self.firstLine = firstLine
    }

    /// The file position of an inline node (a link, an image) that starts at
    /// `location` inside the paragraph or heading that starts at `blockStart`.
    ///
    /// cmark 0.30 counts inline columns on the second and later lines of a
    /// paragraph from where the paragraph's first line starts, as if every line
    /// were indented like the first and had no `>` markers or leading spaces of
    /// its own. Such a column is made relative to the line's content, which
    /// starts after its leading spaces, tabs and `>` markers, and then to the line.
    public func position(ofInlineAt location: MarkdownLocation, inBlockStartingAt blockStart: MarkdownLocation)
        -> SourcePosition
    {
        guard location.line > blockStart.line, location.line <= lineStarts.count else {
            return position(of: location)
        }
        let lineStart = lineStarts[location.line - 1]
        let lineEnd = location.line < lineStarts.count ? lineStarts[location.line] : utf8.count
        var contentStart = lineStart
        while contentStart < lineEnd, Self.isLinePrefix(utf8[contentStart]) {
            contentStart += 1
        }
        let offsetInContent = location.utf8Column - (blockStart.utf8Column - 1)
        return position(of: MarkdownLocation(line: location.line,
                                             utf8Column: contentStart - lineStart + offsetInContent))
    }

    /// The file position of a cmark location. Locations outside the text are
    /// clamped to it, and a location without a line (0) maps to the start.
    public func position(of location: MarkdownLocation) -> SourcePosition {
        guard location.line >= 1 else { return SourcePosition(line: firstLine, column: 1) }
        let lineIndex = min(location.line, lineStarts.count) - 1
        let lineStart = lineStarts[lineIndex]
        let lineEnd = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : utf8.count
        let prefixEnd = min(lineStart + max(location.utf8Column - 1, 0), lineEnd)
        var scalars = 0
        for byte in utf8[lineStart..<prefixEnd] where byte & 0xC0 != 0x80 {
            scalars += 1
        }
        return SourcePosition(line: firstLine + lineIndex, column: scalars + 1)
    }

    private static func isLinePrefix(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">")
    }
}

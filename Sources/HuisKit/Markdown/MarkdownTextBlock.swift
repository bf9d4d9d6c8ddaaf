/// A paragraph or heading of a body as text, with enough of its source
/// positions left to point at any word in it. The checks on clear language
/// and capitals read these.
public struct MarkdownTextBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading
    }

    /// Where the text of an inline node (a text or code span) starts: its
    /// offset in `text` (in Unicode scalars) and its file position.
    public struct Anchor: Sendable, Hashable {
        public var offset: Int
        public var position: SourcePosition

        public init(offset: Int, position: SourcePosition) {
            self.offset = offset
            self.position = position
        }
    }

    public var kind: Kind
    /// The words as a reader sees them: link texts and code spans included,
    /// image descriptions and raw HTML left out; a soft line break is a space,
    /// a hard line break (the end of an address line) is "\n".
    public var text: String
    /// Where the block starts in the file.
    public var position: SourcePosition
    /// One anchor per text node, in order of `offset`.
    public var anchors: [Anchor]
    /// Offsets in `text` where a new source line starts (after a soft or hard
    /// break), so the lines as written can be recovered.
    public var lineStarts: [Int]

    public init(kind: Kind, text: String, position: SourcePosition, anchors: [Anchor] = [], lineStarts: [Int] = []) {
        self.kind = kind
        self.text = text
        self.position = position
        self.anchors = anchors
        self.lineStarts = lineStarts
    }

    /// The file position of the scalar at `offset` in `text`: exact inside
    /// plain text, approximate after an entity or escape in the same node.
    public func position(ofOffset offset: Int) -> SourcePosition {
        var low = 0, high = anchors.count
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return position }
        let anchor = anchors[low - 1]
        return SourcePosition(line: anchor.position.line, column: anchor.position.column + (offset - anchor.offset))
    }

    /// The block's text split at its source lines.
    public var lines: [Substring] {
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        var start = scalars.startIndex
        var startOffset = 0
        for next in lineStarts + [scalars.count] {
            let end = scalars.index(start, offsetBy: next - startOffset)
            var line = Substring(scalars[start..<end])
            if line.hasSuffix("\n") || line.hasSuffix(" ") { line = line.dropLast() }
            result.append(line)
            start = end
            startOffset = next
        }
        return result
    }
}

/// A block of raw HTML as the editor wrote it (shown only with `unsafe_html`).
public struct MarkdownHTMLBlock: Sendable, Hashable {
    public var html: String
    /// Where the block starts in the file.
    public var position: SourcePosition

    public init(html: String, position: SourcePosition) {
        self.html = html
        self.position = position
    }
}

/// Gathers the text of one paragraph or heading with its anchors.
struct MarkdownTextBlockBuilder {
    let kind: MarkdownTextBlock.Kind
    let position: SourcePosition
    private var text = ""
    private var count = 0
    private var anchors: [MarkdownTextBlock.Anchor] = []
    private var lineStarts: [Int] = []

    init(kind: MarkdownTextBlock.Kind, position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    mutating func append(_ literal: String, at position: SourcePosition) {
        anchors.append(MarkdownTextBlock.Anchor(offset: count, position: position))
        text += literal
        count += Self.scalarCount(literal)
    }

    /// The number of Unicode scalars: in valid UTF-8, the bytes that do not
    /// continue a scalar. Counted on the bytes, as every text node of every
    /// body passes here.
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    mutating func breakLine(_ separator: Unicode.Scalar) {
        text.unicodeScalars.append(separator)
        count += 1
        lineStarts.append(count)
    }

    func build() -> MarkdownTextBlock {
        MarkdownTextBlock(kind: kind, text: text, position: position, anchors: anchors, lineStarts: lineStarts)
    }
}

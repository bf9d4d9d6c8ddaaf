/// Turns byte offsets in a template's UTF-8 source into line and column
/// numbers, which are only needed for diagnostics and tag positions.
struct TemplateSourceMap {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line 1 starts at 0.
    private let lineStarts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    func position(of offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var cursor = lineStarts[low]
        while cursor < offset && cursor < bytes.count {
            // Continuation bytes (10xxxxxx) do not start a new scalar.
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }
}

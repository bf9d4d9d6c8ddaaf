extension StringProtocol {
    /// `split(separator:omittingEmptySubsequences:)` for an ASCII separator,
    /// done on the UTF-8 bytes: `split` on characters costs hundreds of
    /// instructions per character, and every content path and many field
    /// values are split. A separator next to a non-ASCII byte could belong to
    /// a larger character (a combining mark after it); then the split is done
    /// on characters, so the result is always the same as `split`'s.
    func split(ascii separator: Unicode.Scalar, omittingEmptySubsequences: Bool = true) -> [SubSequence] {
        precondition(separator.isASCII)
        let target = UInt8(separator.value)
        // Byte offsets of the separators, or nil when one touches a non-ASCII byte.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            var offsets: [Int] = []
            for i in bytes.indices where bytes[i] == target {
                if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { return nil }
                offsets.append(i)
            }
            return offsets
        }
        guard let found, let offsets = found else {
            return split(separator: Character(separator), omittingEmptySubsequences: omittingEmptySubsequences)
        }
        var parts: [SubSequence] = []
        parts.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for offset in offsets {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            if !omittingEmptySubsequences || offset != startOffset { parts.append(self[start..<end]) }
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        if !omittingEmptySubsequences || start != utf8.endIndex { parts.append(self[start..<utf8.endIndex]) }
        return parts
    }
}

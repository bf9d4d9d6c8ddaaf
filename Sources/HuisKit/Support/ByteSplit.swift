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
        let utf8 = self.utf8
        var parts: [SubSequence] = []
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            let next = utf8.index(after: i)
            if byte == target {
                if previous >= 0x80 || (next != utf8.endIndex && utf8[next] >= 0x80) {
                    return split(separator: Character(separator), omittingEmptySubsequences: omittingEmptySubsequences)
                }
                if !omittingEmptySubsequences || start != i { parts.append(self[start..<i]) }
                start = next
            }
            previous = byte
            i = next
        }
        if !omittingEmptySubsequences || start != utf8.endIndex { parts.append(self[start..<utf8.endIndex]) }
        return parts
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        // Fast path: most values have nothing to trim, and checking the first
        // and last byte is enough to know (ASCII whitespace covers nearly all).
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, !Self.isASCIISpace(first), !Self.isASCIISpace(last),
           first < 0x80, last < 0x80 {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[start...end])
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}

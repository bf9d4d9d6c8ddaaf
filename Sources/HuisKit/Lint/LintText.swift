/// Small text helpers shared by the checks.
enum LintText {
    /// Lower case, runs of white space as one space, and punctuation, arrows
    /// and brackets stripped from both ends: "  Lees meer »" gives "lees meer".
    static func normalized(_ text: String) -> String {
        normalizedASCII(text) ?? normalizedByCharacters(text)
    }

    /// `normalized` on the bytes of ASCII text (nearly every link text), where
    /// lower case, white space and the trimmed classes are per byte; nil for
    /// other text.
    static func normalizedASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            // The ASCII characters that are white space as Characters.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        var start = 0, end = out.count
        while start < end, isTrimmed(Unicode.Scalar(out[start])) { start += 1 }
        while end > start, isTrimmed(Unicode.Scalar(out[end - 1])) { end -= 1 }
        return String(decoding: out[start..<end], as: UTF8.self)
    }

    /// `normalized` for any text, by Character.
    static func normalizedByCharacters(_ text: String) -> String {
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            words.append(String(word))
        }
        var joined = words.joined(separator: " ").unicodeScalars[...]
        while let first = joined.first, isTrimmed(first) { joined = joined.dropFirst() }
        while let last = joined.last, isTrimmed(last) { joined = joined.dropLast() }
        return String(String.UnicodeScalarView(joined))
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .dashPunctuation, .mathSymbol, .otherSymbol, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// The first `count` words of a text, with "…" when there are more,
    /// for quoting a passage in a message.
    static func opening(_ text: String, words count: Int = 8) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        let shown = words.prefix(count).joined(separator: " ")
        return words.count > count ? shown + " …" : shown
    }

    /// `text` shortened to at most `limit` characters for a message.
    static func quoted(_ text: String, limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}

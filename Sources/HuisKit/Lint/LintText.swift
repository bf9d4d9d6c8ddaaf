/// Small text helpers shared by the checks.
enum LintText {
    /// Lower case, runs of white space as one space, and punctuation, arrows
    /// and brackets stripped from both ends: "  Lees meer »" gives "lees meer".
    static func normalized(_ text: String) -> String {
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

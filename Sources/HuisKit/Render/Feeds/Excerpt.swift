/// Short descriptions for feeds, calendars, structured data and meta tags.
public enum Excerpt {
    /// The editor's summary when there is one; otherwise the start of the
    /// body's plain text, cut at a word boundary to at most `limit` characters
    /// (an ellipsis marks the cut). Nil when both are empty.
    public static func description(summary: String?, plainText: String?, limit: Int = 200) -> String? {
        if let summary = summary.map(collapseWhitespace), !summary.isEmpty { return summary }
        guard let text = plainText.map(collapseWhitespace), !text.isEmpty else { return nil }
        return shorten(text, limit: limit)
    }

    /// Runs of white space (line breaks included) become one space; the ends are trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        // Runs over every page's description: bytes out, and an ASCII test
        // before asking for Unicode properties.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace = value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if value < 0x80 {
                out.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// At most `limit` characters (grapheme clusters, so an emoji is never cut
    /// in half), ending at a space when there is one in the second half.
    public static func shorten(_ text: String, limit: Int) -> String {
        guard limit > 1, let cut = text.index(text.startIndex, offsetBy: limit - 1, limitedBy: text.endIndex),
              cut != text.endIndex else { return text }
        var head = text[..<cut]
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) >= limit / 2 {
            head = head[..<space]
        }
        while let last = head.last, last == " " || last == "," || last == ";" || last == ":" { head = head.dropLast() }
        return head + "…"
    }
}

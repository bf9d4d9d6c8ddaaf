/// Ids for body headings, made the way GitHub makes them, so a link such as
/// `over-ons.md#werkgroepen` works both on the git host and on the site.
///
/// The id is the heading text in lower case, with everything but letters,
/// digits, spaces, `-` and `_` removed, and spaces turned into `-`; a repeat gets
/// `-1`, `-2` …. Ids the theme uses itself (`reserved`) are avoided the same way.
public enum HeadingAnchors {
    /// Ids of the default theme's page frame that a heading must not take.
    public static let reserved: Set<String> = ["inhoud", "zoekresultaten", "zoekterm", "zoekformulier", "zoekhint", "zoek-kop",
                                                 "zoekstatus", "zoekalternatief", "zoek-leeftijd", "zoek-thema", "zoek-gemeente"]

    public static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One id per heading, unique within the body and outside `reserved`.
    public static func assign(_ headings: [MarkdownHeading]) -> [String] {
        var used = reserved
        var counts: [String: Int] = [:]
        return headings.map { heading in
            let base = slug(heading.text)
            var candidate = base.isEmpty ? "kop" : base
            while used.contains(candidate) || candidate.hasSuffix("-titel") {
                let n = counts[base, default: 0] + 1
                counts[base] = n
                candidate = (base.isEmpty ? "kop" : base) + "-\(n)"
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// Adds `id="…"` to the heading tags cmark wrote (`<h2>` … in document
    /// order). Headings written as raw HTML carry attributes or are not in
    /// `headings`; when the counts do not match, the HTML is left as it is.
    static func inject(_ anchors: [String], into html: String) -> String {
        guard !anchors.isEmpty else { return html }
        var bytes = Array(html.utf8)
        var positions: [Int] = []
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2]), bytes[i + 3] == UInt8(ascii: ">") {
                positions.append(i + 3)
            }
            i += 1
        }
        guard positions.count == anchors.count else { return html }
        for (position, anchor) in zip(positions, anchors).reversed() {
            bytes.insert(contentsOf: Array(" id=\"\(anchor)\"".utf8), at: position)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

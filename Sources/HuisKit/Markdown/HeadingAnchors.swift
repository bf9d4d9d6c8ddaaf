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
        slugASCII(text) ?? slugByScalars(text)
    }

    /// `slug` on the bytes of ASCII text (most headings): lower case by byte,
    /// and for ASCII "alphabetic" and "numeric" are the letters and digits.
    static func slugASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: " "): out.append(UInt8(ascii: "-"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.append(byte)
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `slug` for any text, by Unicode scalar properties.
    static func slugByScalars(_ text: String) -> String {
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
        let bytes = Array(html.utf8)
        // Where each `<hN>` ends (before its `>`), in one pass.
        var positions: [Int] = []
        var i = 0
        while i + 3 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "h"),
               bytes[i + 2] >= UInt8(ascii: "1"), bytes[i + 2] <= UInt8(ascii: "6"), bytes[i + 3] == UInt8(ascii: ">") {
                positions.append(i + 3)
            }
            i += 1
        }
        guard positions.count == anchors.count else { return html }
        // The HTML once, with each id put in on the way.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + anchors.reduce(0) { $0 + $1.utf8.count + 6 })
        var copied = 0
        for (position, anchor) in zip(positions, anchors) {
            out.append(contentsOf: bytes[copied..<position])
            out.append(contentsOf: " id=\"".utf8)
            out.append(contentsOf: anchor.utf8)
            out.append(UInt8(ascii: "\""))
            copied = position
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}

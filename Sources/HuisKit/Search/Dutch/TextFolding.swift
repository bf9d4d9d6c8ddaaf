import Foundation

/// Unicode normalisation for search: composing (NFC), lower-casing and
/// folding away diacritics, so that "Crèche", "creche" and "cre\u{300}che"
/// (decomposed) all become the same search key.
///
/// The folded key is the form the browser can reproduce in a few lines of
/// JavaScript: `s.normalize("NFKD").toLowerCase()`, then drop the combining
/// marks U+0300–U+036F and map the few letters Unicode does not decompose
/// (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ/ð → d, þ → th, ı → i), and
/// write typographic apostrophes (’ ‘ ʼ ´ `) as ' and dashes (‐ ‑ –) as -.
///
/// Everything runs on Unicode scalars with a table for Latin letters; only
/// words with letters beyond Latin Extended-B go through Foundation.
public enum TextFolding {
    /// The text in Unicode Normalization Form C (precomposed letters).
    public static func composed(_ text: String) -> String {
        if isASCII(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The word composed (NFC) and lower-cased, accents kept: the form the
    /// Dutch stemmer expects.
    public static func lowercased(_ word: String) -> String {
        if isASCII(word) { return asciiLowercased(word) }
        return composed(word).lowercased()
    }

    /// The search key of a word: lower-cased, diacritics removed, ligatures
    /// and compatibility forms spelled out ("Ĳsselmonde" → "ijsselmonde",
    /// "ﬁets" → "fiets", "geïntegreerde" → "geintegreerde").
    public static func folded(_ word: String) -> String {
        if let ascii = foldedASCII(word) { return ascii }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.utf8.count)
        if appendFoldedLatin(word.unicodeScalars, to: &result) {
            return String(scalars: result)
        }
        // A letter outside the table: let Foundation decompose the whole word once.
        result.removeAll()
        for scalar in word.decomposedStringWithCompatibilityMapping.unicodeScalars {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars
            where !appendFoldedLatin(CollectionOfOne(lower), to: &result) {
                result.append(lower)
            }
        }
        return String(scalars: result)
    }

    /// Whether the scalar is a combining diacritical mark (the accent of a
    /// decomposed letter).
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        default:
            return false
        }
    }

    // MARK: Internals

    /// Typographic apostrophes and dashes, spelled the way people type them.
    private static func typographicPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2013: return "-"
        default: return nil
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The folded form of an ASCII word (lower case, ` as '), or nil when
    /// the word is not ASCII.
    private static func foldedASCII(_ word: String) -> String? {
        var bytes = word
        return bytes.withUTF8 { utf8 -> String? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x60 }) else { return word }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (index, byte) in utf8.enumerated() {
                    buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte == 0x60 ? 0x27 : byte
                }
                return utf8.count
            }
        }
    }

    private static func asciiLowercased(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
        return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Appends the folded form of `scalars`; returns false (having appended
    /// part of it) when a scalar is beyond the Latin table.
    private static func appendFoldedLatin<Scalars: Sequence<Unicode.Scalar>>(
        _ scalars: Scalars, to result: inout [Unicode.Scalar]
    ) -> Bool {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A {
                    result.append(Unicode.Scalar(UInt8(value + 0x20)))
                } else {
                    result.append(value == 0x60 ? "'" : scalar)
                }
            } else if value < LatinFoldTable.end {
                result.append(contentsOf: LatinFoldTable.shared.folds[Int(value - 0x80)])
            } else if isCombiningMark(scalar) {
                continue
            } else if let punctuation = typographicPunctuation(scalar) {
                result.append(punctuation)
            } else {
                return false
            }
        }
        return true
    }
}

/// The folded spelling of every scalar from U+0080 up to the end of Latin
/// Extended-B, computed once from the Unicode compatibility decompositions.
struct LatinFoldTable: Sendable {
    static let end: UInt32 = 0x0250
    static let shared = LatinFoldTable()

    let folds: [[Unicode.Scalar]]

    /// Letters that have no decomposition but an obvious plain spelling.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ı": "i", "\u{B4}": "'", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l",
    ]

    private init() {
        folds = (0x80..<Self.end).map { value in
            let scalar = Unicode.Scalar(value)!
            let spelling = Self.spelledOut[scalar]
                ?? String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
            return spelling.unicodeScalars.filter { !TextFolding.isCombiningMark($0) }
        }
    }
}

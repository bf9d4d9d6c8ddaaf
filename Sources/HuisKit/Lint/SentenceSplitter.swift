/// Splits the text of a paragraph into sentences, for the clear-language
/// checks. A sentence ends at `.`, `!`, `?` or `…` followed by a space and a
/// capital, a digit or an opening quote, or at the end of the text; not after
/// an abbreviation such as "bv." or an initial such as "J.".
///
/// Works on the UTF-8 bytes (every paragraph of every page passes through
/// here) and decodes a character only where it is not ASCII.
enum SentenceSplitter {
    struct Sentence: Hashable {
        /// Scalar offsets in the paragraph's text, without surrounding spaces.
        let range: Range<Int>
        let words: Int
    }

    /// Abbreviations (lower case, without the last dot) after which a dot
    /// does not end the sentence.
    static let abbreviations: Set<String> = [
        "bv", "bijv", "vb", "o.a", "m.a.w", "enz", "etc", "d.w.z", "i.p.v", "a.u.b", "t.e.m", "t.a.v", "nr", "tel",
        "st", "dr", "mevr", "dhr", "mr", "prof", "ca", "incl", "excl", "max", "min", "zgn", "blz", "evt", "resp",
        "vnl", "gem", "jl", "e.a", "z.o.z", "o.m", "m.b.t", "i.v.m", "n.a.v", "a.s", "vzw", "ism", "i.s.m",
    ]

    /// `abbreviations` as bytes, compared without hashing a new string per dot.
    private static let abbreviationBytes: [[UInt8]] = abbreviations.sorted().map { Array($0.utf8) }

    static func sentences(in text: String) -> [Sentence] {
        sentences(of: split(text))
    }

    /// The sentences of a text as byte ranges with their word counts: enough
    /// to tell whether a paragraph breaks a limit, which most do not.
    struct Split {
        let bytes: UTF8Bytes
        let parts: [(range: Range<Int>, words: Int)]
    }

    /// `Split` turned into sentences with ranges in Unicode scalars.
    static func sentences(of split: Split) -> [Sentence] {
        let byteRanges = split.parts
        let offsets = split.bytes.scalarOffsets(of: byteRanges.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
        return byteRanges.indices.map { k in
            Sentence(range: offsets[2 * k]..<offsets[2 * k + 1], words: byteRanges[k].words)
        }
    }

    static func split(_ text: String) -> Split {
        let bytes = UTF8Bytes(text)
        var byteRanges: [(range: Range<Int>, words: Int)] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, bytes.isWhitespace(at: s) { s += bytes.length(at: s) }
            while e > s, bytes.isWhitespace(endingAt: e) { e = bytes.start(before: e) }
            let words = bytes.countWords(s..<e)
            if words > 0 { byteRanges.append((s..<e, words)) }
            start = end
        }
        while i < bytes.count {
            // Only `.`, `!`, `?` and the first byte of `…` can end a sentence, and
            // none of them is ever inside another character: skip to the next.
            let b = bytes[i]
            guard b == 0x2E || b == 0x21 || b == 0x3F || b == 0xE2, bytes.isTerminator(at: i) else {
                i += 1
                continue
            }
            let dotAt = i
            while i < bytes.count, bytes.isTerminator(at: i) || bytes.isClosing(at: i) { i += bytes.length(at: i) }
            guard i == bytes.count || bytes.isWhitespace(at: i) else { continue }
            var next = i
            while next < bytes.count, bytes.isWhitespace(at: next) { next += bytes.length(at: next) }
            if next < bytes.count, !bytes.startsSentence(at: next) { continue }
            if bytes[dotAt] == UInt8(ascii: "."), i - dotAt == 1, isAbbreviation(before: dotAt, in: bytes) { continue }
            emit(i)
        }
        emit(bytes.count)
        return Split(bytes: bytes, parts: byteRanges)
    }

    /// Words: runs of non-space characters with at least one letter or digit.
    static func countWords(_ text: String) -> Int {
        let bytes = UTF8Bytes(text)
        return bytes.countWords(0..<bytes.count)
    }

    /// "bv." or a single-letter initial ("J. Peeters") before the dot at `dot`.
    private static func isAbbreviation(before dot: Int, in bytes: UTF8Bytes) -> Bool {
        var s = dot
        while s > 0, !bytes.isWhitespace(endingAt: s), bytes[s - 1] != UInt8(ascii: "(") { s = bytes.start(before: s) }
        let length = dot - s
        if length == 1 { return bytes.isLetter(at: s) }
        guard length > 1, length <= 6 else { return false }
        // Compared in place, in lower case; the abbreviations are ASCII, so a
        // word with any other byte matches none of them.
        return abbreviationBytes.contains { abbreviation in
            guard abbreviation.count == length else { return false }
            for k in 0..<length {
                let b = bytes[s + k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != abbreviation[k] { return false }
            }
            return true
        }
    }
}

/// Splits the text of a paragraph into sentences, for the clear-language
/// checks. A sentence ends at `.`, `!`, `?` or `…` followed by a space and a
/// capital, a digit or an opening quote, or at the end of the text; not after
/// an abbreviation such as "bv." or an initial such as "J.".
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

    static func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var result: [Sentence] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            let words = countWords(scalars[s..<e])
            if words > 0 { result.append(Sentence(range: s..<e, words: words)) }
            start = end
        }
        while i < scalars.count {
            guard isTerminator(scalars[i]) else { i += 1; continue }
            let dotAt = i
            while i < scalars.count, isTerminator(scalars[i]) || isClosing(scalars[i]) { i += 1 }
            guard i == scalars.count || scalars[i].properties.isWhitespace else { continue }
            var next = i
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            if next < scalars.count, !startsSentence(scalars[next]) { continue }
            if scalars[dotAt] == ".", i - dotAt == 1, isAbbreviation(before: dotAt, in: scalars) { continue }
            emit(i)
        }
        emit(scalars.count)
        return result
    }

    /// Words: runs of non-space characters with at least one letter or digit.
    static func countWords(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false, counted = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else {
                if !inWord { inWord = true; counted = false }
                if !counted, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    count += 1
                    counted = true
                }
            }
        }
        return count
    }

    private static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{2026}"
    }

    private static func isClosing(_ s: Unicode.Scalar) -> Bool {
        s == ")" || s == "\"" || s == "'" || s == "\u{201D}" || s == "\u{2019}" || s == "\u{BB}" || s == "*" || s == "]"
    }

    private static func startsSentence(_ s: Unicode.Scalar) -> Bool {
        s.properties.isUppercase || s.properties.numericType != nil
            || s == "\"" || s == "'" || s == "\u{201C}" || s == "\u{2018}" || s == "\u{AB}" || s == "(" || s == "["
    }

    /// "bv." or a single-letter initial ("J. Peeters") before the dot at `dot`.
    private static func isAbbreviation(before dot: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var s = dot
        while s > 0, !scalars[s - 1].properties.isWhitespace, scalars[s - 1] != "(" { s -= 1 }
        let word = String(String.UnicodeScalarView(scalars[s..<dot])).lowercased()
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }
}

/// Passages written in capitals: harder to read, and some screen readers
/// spell them out letter by letter. Short acronyms (CAW, CLB, JAC, OCMW) are
/// fine; so is one capitalised word of up to five letters.
enum CapitalsCheck {
    /// Acronyms of six letters or more that are not shouting, and common short
    /// ones, so that two of them side by side ("CAW JAC") do not count.
    static let acronyms: Set<String> = [
        "CAW", "CLB", "JAC", "OCMW", "CGG", "CKG", "VDAB", "BOKS", "IBO", "BKO", "KDV", "OKAN", "BSO", "BUSO", "DKO",
        "RIZIV", "VZW", "VAPH", "EHBO", "GGZ", "HVHK", "HVK", "FOD", "UZ", "AZ", "CM", "OCMW'S", "VVSG", "NMBS",
        "UNICEF", "UNESCO", "FEDASIL", "COVID", "LGBTQ", "LGBTQIA", "WCAG", "PDF", "ICT", "ADHD", "ASS", "BV", "NV",
    ]

    static func run(_ blocks: [MarkdownTextBlock], file: String) -> [Diagnostic] {
        blocks.flatMap { block -> [Diagnostic] in
            let found = passages(in: block.text)
            guard !found.isEmpty else { return [] }
            let scalars = Array(block.text.unicodeScalars)
            return found.map { range in
                let passage = String(String.UnicodeScalarView(scalars[range]))
                return LintRule.allCaps.diagnostic(
                    "text in capitals: '\(LintText.quoted(passage))'", file: file, at: block.position(ofOffset: range.lowerBound),
                    hint: "Write it in normal letters; use **bold** to make it stand out. Text in capitals is harder to read, "
                        + "and some screen readers spell it letter by letter. Acronyms such as CAW or OCMW are fine.")
            }
        }
    }

    /// Scalar ranges of the passages in capitals: two or more capitalised
    /// words in a row (numbers, single letters and known acronyms between them
    /// do not break the row), or one capitalised word of six letters or more.
    static func passages(in text: String) -> [Range<Int>] {
        guard mayHaveCapitalWords(text) else { return [] }
        var found: [Range<Int>] = []
        var run: (start: Int, end: Int, words: Int, longest: Int)?
        func close() {
            if let r = run, r.words >= 2 || r.longest >= 6 { found.append(r.start..<r.end) }
            run = nil
        }
        for word in Words(text) {
            switch word.kind {
            case .capitals:
                if var r = run {
                    r.end = word.range.upperBound
                    r.words += 1
                    r.longest = max(r.longest, word.letters)
                    run = r
                } else {
                    run = (word.range.lowerBound, word.range.upperBound, 1, word.letters)
                }
            case .neutral:
                continue
            case .normal:
                close()
            }
        }
        close()
        return found
    }

    /// False when no two capitals stand side by side, so no word can be in
    /// capitals: most paragraphs are ruled out by one pass over their bytes.
    /// Any non-ASCII letter counts as a possible capital.
    static func mayHaveCapitalWords(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousIsCapital = false
            for byte in bytes where byte & 0xC0 != 0x80 {  // skip the inside of multi-byte characters
                let isCapital = (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC0
                if isCapital && previousIsCapital { return true }
                previousIsCapital = isCapital
            }
            return false
        }
    }

    /// The words of a text (runs of letters and digits) with their scalar ranges.
    struct Words: Sequence, IteratorProtocol {
        enum Kind { case capitals, neutral, normal }
        struct Word {
            let range: Range<Int>
            let letters: Int
            let kind: Kind
        }

        private let scalars: [Unicode.Scalar]
        private var index = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        mutating func next() -> Word? {
            while index < scalars.count, !Self.isWordScalar(scalars[index]) { index += 1 }
            guard index < scalars.count else { return nil }
            let start = index
            var letters = 0, lower = false, digit = false
            while index < scalars.count, Self.isWordScalar(scalars[index]) || isInnerApostrophe(index) {
                let scalar = scalars[index]
                if ScalarClass.isLetter(scalar) {
                    letters += 1
                    if ScalarClass.isLowercase(scalar) { lower = true }
                } else if ScalarClass.isDigit(scalar) {
                    digit = true
                }
                index += 1
            }
            let kind: Kind
            if lower {
                kind = .normal
            } else if letters < 2 || digit
                        || CapitalsCheck.acronyms.contains(String(String.UnicodeScalarView(scalars[start..<index]))) {
                kind = .neutral
            } else {
                kind = .capitals
            }
            return Word(range: start..<index, letters: letters, kind: kind)
        }

        private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
        }

        /// The apostrophe of "OCMW'S" or "baby's" inside a word.
        private func isInnerApostrophe(_ i: Int) -> Bool {
            (scalars[i] == "'" || scalars[i] == "\u{2019}") && i + 1 < scalars.count && ScalarClass.isLetter(scalars[i + 1])
        }
    }
}

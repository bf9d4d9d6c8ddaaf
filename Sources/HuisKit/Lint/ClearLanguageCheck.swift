/// Clear language: sentences of at most 25 words and paragraphs of at most 8
/// sentences, the rules of thumb for language level B1 that the Flemish
/// government writes for.
enum ClearLanguageCheck {
    static func run(_ blocks: [MarkdownTextBlock], file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for block in blocks where block.kind == .paragraph {
            // Most paragraphs break no limit: then their sentences' places are not needed.
            let split = SentenceSplitter.split(block.text)
            guard split.parts.count > ClearLanguageLimits.sentencesPerParagraph
                || split.parts.contains(where: { $0.words > ClearLanguageLimits.wordsPerSentence }) else { continue }
            let sentences = SentenceSplitter.sentences(of: split)
            let long = sentences.filter { $0.words > ClearLanguageLimits.wordsPerSentence }
            let scalars = long.isEmpty ? [] : Array(block.text.unicodeScalars)
            for sentence in long {
                // A hard line break (an address, a list typed as lines) ends a line, not a
                // sentence for the paragraph count, but each line is judged on its own length.
                for part in lines(of: sentence.range, in: scalars) {
                    let text = String(String.UnicodeScalarView(scalars[part]))
                    let words = SentenceSplitter.countWords(text)
                    guard words > ClearLanguageLimits.wordsPerSentence else { continue }
                    found.append(LintRule.sentenceTooLong.diagnostic(
                        "sentence of \(words) words: '\(LintText.opening(text))'",
                        file: file, at: block.position(ofOffset: part.lowerBound),
                        hint: "Keep sentences to \(ClearLanguageLimits.wordsPerSentence) words or fewer so that everyone can follow them "
                            + "(language level B1): split this one where a new idea starts, or make a list."))
                }
            }
            if sentences.count > ClearLanguageLimits.sentencesPerParagraph, let first = sentences.first {
                found.append(LintRule.paragraphTooLong.diagnostic(
                    "paragraph of \(sentences.count) sentences: '\(LintText.opening(block.text, words: 8))'",
                    file: file, at: block.position(ofOffset: first.range.lowerBound),
                    hint: "Keep paragraphs to \(ClearLanguageLimits.sentencesPerParagraph) sentences or fewer: start a new paragraph "
                        + "where the subject changes, or put a series of facts in a list."))
            }
        }
        return found
    }

    private static func lines(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where scalars[i] == "\n" {
            parts.append(start..<i)
            start = i + 1
        }
        parts.append(start..<range.upperBound)
        return parts.map { part in
            var s = part.lowerBound, e = part.upperBound
            while s < e, ScalarClass.isWhitespace(scalars[s]) { s += 1 }
            while e > s, ScalarClass.isWhitespace(scalars[e - 1]) { e -= 1 }
            return s..<e
        }
    }
}

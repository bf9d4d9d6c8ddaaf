import Testing
@testable import HuisKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.sentences(in: text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test func splitsAtEndPunctuationBeforeACapital() {
        #expect(sentences("Kom langs. Bel ons! Of mail? Graag… Tot dan.") == ["Kom langs.", "Bel ons!", "Of mail?", "Graag…", "Tot dan."])
        #expect(sentences("Open om 9 uur. 14 uur is ook goed.") == ["Open om 9 uur.", "14 uur is ook goed."])
        #expect(sentences("Hij zei: \"Kom.\" Daarna ging hij.") == ["Hij zei: \"Kom.\"", "Daarna ging hij."])
    }

    @Test func doesNotSplitAfterAbbreviationsInitialsOrInsideWords() {
        #expect(sentences("Breng bv. een fles mee. Dr. Peeters helpt, o.a. bij slaap.").count == 2)
        #expect(sentences("Vraag het aan J. Peeters.").count == 1)
        #expect(sentences("Kijk op www.kindengezin.be voor meer. Of bel 1.5 keer.").count == 2)
        #expect(sentences("Dit kost 2.50 euro. dat is weinig.").count == 1)
    }

    @Test func countsWordsWithLettersOrDigits() {
        let words = SentenceSplitter.sentences(in: "Van 0 tot 3 jaar – ook voor baby's.").map(\.words)
        #expect(words == [8])
    }
}

@Suite struct WordCountTests {
    /// Words as the checks define them, by Unicode scalar.
    static func reference(_ text: String) -> Int {
        var count = 0, inWord = false, counted = false
        for scalar in text.unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                inWord = false
            } else {
                if !inWord { inWord = true; counted = false }
                if !counted, ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
                    count += 1
                    counted = true
                }
            }
        }
        return count
    }

    @Test func countsWordsInAnyText() {
        let texts = ["", " ", "één twee drie", "a - b — c", "12 kinderen (3-6 jaar)", "\u{00A0}nbsp\u{00A0}woord", "👶 baby 👶",
                     "e\u{301}e\u{301}n", "x\ty\nz\r\nw", "...", "CAW, JAC; OCMW!", "Ünïcödé wörds", "a\u{2028}b"]
        for text in texts {
            #expect(SentenceSplitter.countWords(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

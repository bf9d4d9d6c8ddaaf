import Testing
@testable import HuisKit

@Suite("DutchTokenizer")
struct DutchTokenizerTests {
    private func texts(_ text: String) -> [String] {
        DutchTokenizer().tokens(in: text).map(\.text)
    }

    private func kinds(_ text: String) -> [DutchToken.Kind] {
        DutchTokenizer().tokens(in: text).map(\.kind)
    }

    @Test("splits on spaces and punctuation")
    func words() {
        #expect(texts("Welkom bij het Huis van het Kind!") == ["Welkom", "bij", "het", "Huis", "van", "het", "Kind"])
        #expect(texts("zwanger? (of niet), \"opvang\"; kinderen.") == ["zwanger", "of", "niet", "opvang", "kinderen"])
        #expect(texts("") == [])
        #expect(texts("  ... !! ") == [])
    }

    @Test("keeps apostrophes between letters, drops quote marks")
    func apostrophes() {
        #expect(texts("baby's en auto’s, zo'n peuter") == ["baby's", "en", "auto’s", "zo'n", "peuter"])
        #expect(texts("'s avonds 'thuis'") == ["s", "avonds", "thuis"])
    }

    @Test("gives hyphenated words as a whole and as parts")
    func hyphens() {
        #expect(texts("Kind-en-Gezin") == ["Kind-en-Gezin", "Kind", "en", "Gezin"])
        #expect(kinds("Kind-en-Gezin") == [.compound, .word, .word, .word])
        #expect(texts("e-mail") == ["e-mail", "e", "mail"])
        #expect(texts("covid-19") == ["covid-19", "covid", "19"])
        #expect(texts("niet- en wel-") == ["niet", "en", "wel"])
    }

    @Test("keeps numbers, decimals and ranges together")
    func numbers() {
        #expect(texts("kinderen van 0-3 en 12–18 jaar") == ["kinderen", "van", "0-3", "en", "12–18", "jaar"])
        #expect(kinds("0-3 12-18") == [.number, .number])
        #expect(texts("1,5 km of 2.500 euro in 2024.") == ["1,5", "km", "of", "2.500", "euro", "in", "2024"])
        #expect(texts("mp3 en 9u30") == ["mp3", "en", "9u30"])
    }

    @Test("keeps e-mail addresses whole and adds their words")
    func email() {
        let tokens = DutchTokenizer().tokens(in: "Mail info@huisvanhetkind-gent.be.")
        #expect(tokens.map(\.text) == ["Mail", "info@huisvanhetkind-gent.be", "info", "huisvanhetkind", "gent"])
        #expect(tokens.map(\.kind) == [.word, .email, .word, .word, .word])
        #expect(texts("jan.peeters@stad.gent") == ["jan.peeters@stad.gent", "jan", "peeters", "stad"])
        #expect(texts("naam@ en @twitter") == ["naam", "en", "twitter"])
    }

    @Test("keeps web addresses whole and adds the words of the host")
    func urls() {
        let tokens = DutchTokenizer().tokens(in: "Zie https://www.kindengezin.be/nl/ouders?x=1, of www.groeipakket.be.")
        #expect(tokens.map(\.text) == [
            "Zie", "https://www.kindengezin.be/nl/ouders?x=1", "kindengezin",
            "of", "www.groeipakket.be", "groeipakket",
        ])
        #expect(tokens.map(\.kind) == [.word, .url, .word, .word, .url, .word])
        #expect(texts("(http://example.org/a_(b))") == ["http://example.org/a_(b)", "example"])
        #expect(texts("http:// niets") == ["http", "niets"])
    }

    @Test("reports offsets in UTF-8 and UTF-16 that point back into the text")
    func offsets() {
        let text = "Crèche 😀 baby’s"
        let tokens = DutchTokenizer().tokens(in: text)
        #expect(tokens.map(\.text) == ["Crèche", "baby’s"])
        #expect(tokens[0].utf8Range == 0..<7)
        #expect(tokens[0].utf16Range == 0..<6)
        // The emoji is two UTF-16 units and four UTF-8 bytes.
        #expect(tokens[1].utf16Range == 10..<16)
        #expect(tokens[1].utf8Range == 13..<21)
        for token in tokens {
            #expect(String(text[token.range(in: text)]) == token.text)
        }
    }

    @Test("keeps combining accents of decomposed text inside the word")
    func decomposed() {
        #expect(texts("cre\u{300}che gei\u{308}ntegreerde") == ["cre\u{300}che", "gei\u{308}ntegreerde"])
        #expect(DutchTokenizer().tokens(in: "e\u{301}e\u{301}n").count == 1)
    }

    @Test("stays linear on long runs of dotted words without an @")
    func noQuadraticLookahead() {
        let text = String(repeating: "a.", count: 20_000)
        #expect(DutchTokenizer().tokens(in: text).count == 20_000)
    }
}

import Testing
@testable import HuisKit

@Suite("DutchAnalyzer")
struct DutchAnalyzerTests {
    private let analyzer = DutchAnalyzer()

    private func stems(_ text: String) -> [String] {
        analyzer.stems(in: text)
    }

    @Test("conflates what the stemmer conflates, and no more")
    func stemmerBehaviour() {
        #expect(stems("opvoeding opvoedingen") == ["opvoed", "opvoed"])
        // The Kraaij-Pohlmann stemmer removes the "ge" inside "zwangerschap".
        #expect(stems("zwangerschap zwanger zwangere") == ["zwanrschap", "zwanger", "zwanger"])
        #expect(stems("kinderen kind kinderopvang") == ["kinder", "kind", "kinderopvang"])
        #expect(stems("gemaakt maken") == ["maak", "maak"])
        // Prefix "ge" goes too: "gezin" meets "zin" (a known Kraaij-Pohlmann conflation).
        #expect(stems("gezin gezinnen") == ["zin", "zin"])
    }

    @Test("gives accented and plain spellings the same term")
    func accents() {
        #expect(stems("crèche crèches creche") == ["creche", "creche", "creche"])
        #expect(stems("geïntegreerde geintegreerde") == ["integreer", "integreer"])
        #expect(stems("ideeën ideeen") == stems("ideeen ideeën"))
    }

    @Test("is indifferent to case and normalisation form")
    func caseAndForm() {
        let precomposed = "De Crèche voor Geïntegreerde Opvang"
        let decomposed = "De Cre\u{300}che voor Gei\u{308}ntegreerde Opvang"
        #expect(stems(precomposed) == ["creche", "integreer", "opvang"])
        #expect(stems(decomposed) == stems(precomposed))
        #expect(stems(precomposed.uppercased()) == stems(precomposed))
    }

    @Test("drops stopwords, in any spelling")
    func stopwords() {
        #expect(stems("Het is een kind van de buurt") == ["kind", "buurt"])
        #expect(stems("DE en HET") == [])
        #expect(stems("'s avonds en 't weekend") == ["avond", "week"])
    }

    @Test("keeps the folded, unstemmed word for prefix search")
    func foldedForm() {
        let terms = analyzer.terms(in: "Kinderopvang in Gent: crèches")
        #expect(terms.map(\.folded) == ["kinderopvang", "gent", "creches"])
        #expect(terms.map(\.stem) == ["kinderopvang", "gent", "creche"])
        #expect(terms.map(\.token.text) == ["Kinderopvang", "Gent", "crèches"])
    }

    @Test("indexes hyphenated words whole and by part")
    func compounds() {
        let terms = analyzer.terms(in: "Kind-en-Gezin e-mails")
        #expect(terms.map(\.folded) == ["kindengezin", "kind", "gezin", "emails", "e", "mails"])
        #expect(terms.map(\.stem) == ["kindenzin", "kind", "zin", "email", "e", "mail"])
    }

    @Test("does not stem numbers and addresses")
    func numbersAndAddresses() {
        #expect(stems("kinderen van 0–3 jaar") == ["kinder", "0-3", "jaar"])
        #expect(stems("Mail Info@Kindengezin.be") == ["mail", "info@kindengezin.be", "info", "kindenzin"])
        #expect(stems("https://www.Groeipakket.be/") == ["groeipakket.be", "groeipakket"])
        #expect(stems("www.groeipakket.be") == stems("http://groeipakket.be"))
        #expect(stems("HTTP://WWW.Kindengezin.be/nl//") == ["kindengezin.be/nl", "kindenzin"])
        #expect(stems("https://www.wwwinfo.be/www./") == ["wwwinfo.be/www.", "wwwinfo"])
        #expect(stems("https://www.zoë.be/") == ["zoe.be", "zoe"], "folded first, then the scheme goes")
        #expect(stems("https://ελλάδα.gr/") == ["ελλαδα.gr", "ελλαδα"], "beyond ASCII")
    }

    @Test("analyses a query the same way as a document")
    func querySymmetry() {
        let document = analyzer.stems(in: "Ondersteuning bij de opvoeding van baby’s en peuters")
        #expect(document == ["ondersteun", "opvoed", "baby", "peuter"])
        #expect(analyzer.stems(in: "opvoedingen baby's") == ["opvoed", "baby"])
    }

    @Test("skips over-long tokens")
    func longTokens() {
        let junk = String(repeating: "x", count: DutchAnalyzer.maximumTermLength + 1)
        #expect(stems("\(junk) kind") == ["kind"])
    }

    @Test("takes a custom stopword list, folded")
    func customStopwords() {
        let analyzer = DutchAnalyzer(stopwords: DutchStopwords(["Crèche"]))
        #expect(analyzer.stems(in: "de creche") == ["de"])
        #expect(DutchStopwords.standard.contains("voor"))
        #expect(!DutchStopwords.standard.contains("kind"))
        #expect(DutchStopwords.standard.words.count >= 100)
    }
}

import Testing
@testable import HuisKit

@Suite("TextFolding")
struct TextFoldingTests {
    @Test("folds accented and plain spellings to the same key", arguments: [
        ("crèche", "creche"),
        ("geïntegreerde", "geintegreerde"),
        ("ideeën", "ideeen"),
        ("café", "cafe"),
        ("coöperatie", "cooperatie"),
    ])
    func accents(accented: String, plain: String) {
        #expect(TextFolding.folded(accented) == plain)
        #expect(TextFolding.folded(plain) == plain)
    }

    @Test("decomposed (NFD) and precomposed (NFC) input fold the same")
    func normalisationForms() {
        let precomposed = "cr\u{E8}che ge\u{EF}ntegreerde"
        let decomposed = "cre\u{300}che gei\u{308}ntegreerde"
        #expect(Array(precomposed.unicodeScalars) != Array(decomposed.unicodeScalars))
        #expect(TextFolding.folded(decomposed) == "creche geintegreerde")
        #expect(TextFolding.folded(precomposed) == "creche geintegreerde")
        #expect(Array(TextFolding.composed(decomposed).unicodeScalars) == Array(precomposed.unicodeScalars))
    }

    @Test("lower-cases, including accented capitals")
    func upperCase() {
        #expect(TextFolding.folded("KINDEROPVANG") == "kinderopvang")
        #expect(TextFolding.folded("CRÈCHE") == "creche")
        #expect(TextFolding.folded("Ĳsselmonde") == "ijsselmonde")
        // Swift's == ignores the normalisation form, so compare scalars.
        let composed = Array("cr\u{E8}che".unicodeScalars)
        #expect(Array(TextFolding.lowercased("CR\u{C8}CHE").unicodeScalars) == composed)
        #expect(Array(TextFolding.lowercased("Cre\u{300}che").unicodeScalars) == composed)
        #expect(TextFolding.lowercased("Kind") == "kind")
    }

    @Test("spells out letters without a decomposition", arguments: [
        ("Straße", "strasse"),
        ("Æsop", "aesop"),
        ("œuvre", "oeuvre"),
        ("Øresund", "oresund"),
        ("Łódź", "lodz"),
        ("ﬁets", "fiets"),
        ("Þór", "thor"),
    ])
    func specialLetters(input: String, folded: String) {
        #expect(TextFolding.folded(input) == folded)
    }

    @Test("writes typographic apostrophes and dashes as typed ones")
    func punctuation() {
        #expect(TextFolding.folded("baby’s") == "baby's")
        #expect(TextFolding.folded("baby´s") == "baby's")
        #expect(TextFolding.folded("12–18") == "12-18")
    }

    @Test("folds scripts beyond Latin through the full Unicode tables")
    func otherScripts() {
        #expect(TextFolding.folded("Ἀθῆναι") == "αθηναι")
        #expect(TextFolding.folded("ẞ") == "ss")
        #expect(TextFolding.folded("МОСКВА") == "москва")
    }
}

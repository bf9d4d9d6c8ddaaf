import Testing
@testable import HuisKit

@Suite struct DutchDecompounderTests {
    let plain = DutchDecompounder(vocabulary: [String](), stems: [String]())

    @Test func splitsCompoundsOfLexiconWords() {
        #expect(plain.parts(of: "kinderopvang") == ["kinder", "opvang"])
        #expect(plain.parts(of: "huisarts") == ["huis", "arts"])
        #expect(plain.parts(of: "kindzorg") == ["kind", "zorg"])
        #expect(plain.parts(of: "consultatiebureau") == ["consultatie", "bureau"])
    }

    @Test func understandsLinkingSounds() {
        // -s-, -e- and -en- between the parts.
        #expect(plain.parts(of: "opvoedingsondersteuning") == ["opvoeding", "ondersteuning"])
        #expect(plain.parts(of: "opvoedingsvragen") == ["opvoeding", "vragen"])
        let vocabulary = DutchDecompounder(vocabulary: ["boeken", "kast", "pannen", "koek"], stems: ["boek"])
        #expect(vocabulary.parts(of: "boekenkast") == ["boek", "kast"] || vocabulary.parts(of: "boekenkast") == ["boeken", "kast"])
        #expect(vocabulary.parts(of: "pannenkoek") == ["pannen", "koek"])
    }

    @Test func splitsIntoThreePartsWhenTwoDoNotFit() {
        #expect(plain.parts(of: "kinderopvangtoeslag") == ["kinder", "opvang", "toeslag"])
        // With the whole first compound in the vocabulary, two parts win.
        let known = DutchDecompounder(vocabulary: ["kinderopvang"], stems: [String]())
        #expect(known.parts(of: "kinderopvangtoeslag") == ["kinderopvang", "toeslag"])
    }

    @Test func usesTheRegionVocabularyAndInflectedHeads() {
        let decompounder = DutchDecompounder(vocabulary: ["trampoline", "springen"], stems: ["spring"])
        #expect(decompounder.parts(of: "trampolinespringen") == ["trampoline", "springen"])
        // The head "ondersteuningen" is known through its stem.
        let inflected = DutchDecompounder(vocabulary: [String](), stems: ["ondersteun"])
        #expect(inflected.parts(of: "gezinsondersteuningen") == ["gezin", "ondersteuningen"])
    }

    @Test func leavesWordsAloneThatOnlyLookLikeCompounds() {
        for word in ["kinderen", "zwangerschap", "opvoeding", "ondersteuning", "gezinnen", "bevalling",
                     "speelotheek", "verpleging", "bijzonder", "vroedvrouwen"] {
            #expect(plain.parts(of: word) == nil, "\(word) is not a compound of known words")
        }
        // Short words, numbers and stopword parts are never split.
        #expect(plain.parts(of: "zorgen") == nil)
        #expect(plain.parts(of: "2026kind") == nil)
        #expect(plain.parts(of: "voorhuis") == nil, "voor is a stopword")
    }
}

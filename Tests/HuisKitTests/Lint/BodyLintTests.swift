import Testing
@testable import HuisKit

/// Each body rule: a case that fires (rule, line, column, severity) and the
/// nearby cases that must not.
@Suite struct BodyLintTests {
    func found(_ body: String, firstLine: Int = 1, unsafeHTML: Bool = false, headingBase: Int = 1) -> [String] {
        LintHarness.found(body, firstLine: firstLine, unsafeHTML: unsafeHTML, headingBase: headingBase)
    }

    // MARK: Images

    @Test func imageWithoutAltIsAnError() throws {
        let d = try #require(LintHarness.lint("Tekst.\n\n![](files/tuin.jpg)\n", firstLine: 5).first)
        #expect(d.rule == "image-alt-missing" && d.severity == .error)
        #expect(d.position == SourcePosition(line: 7, column: 1))
    }

    @Test func genericAltTextIsAWarning() {
        #expect(found("![foto](files/tuin.jpg) en ![Logo](files/logo.png)\n") == ["image-alt-generic@1:1", "image-alt-generic@1:28"])
        #expect(found("![IMG_2041.JPG](files/a.jpg)\n![tuin](files/tuin.jpg)\n![kinderopvang.png](files/x.png)\n")
            == ["image-alt-generic@1:1", "image-alt-generic@2:1", "image-alt-generic@3:1"])
        #expect(LintHarness.lint("![foto](x.jpg)\n").first?.severity == .warning)
    }

    @Test func meaningfulAltTextPasses() {
        #expect(found("![Logo van CAW De Kempen](files/caw.png)\n![Kinderen spelen in de tuin](files/tuin.jpg)\n") == [])
        #expect(found("![Foto van de speelotheek aan de Markt](files/foto.jpg)\n") == [])
    }

    // MARK: Headings

    @Test func aBodyStartingAtLevelThreeSkipsALevel() {
        #expect(found("Intro.\n\n### Openingsuren\n") == ["heading-level-skip@3:1"])
    }

    @Test func aJumpDownIsReportedAtTheHeading() {
        #expect(found("## Een\n\ntekst\n\n#### Drie\n", firstLine: 10) == ["heading-level-skip@14:1"])
        let d = LintHarness.lint("## Een\n\n##### Vijf\n").first
        #expect(d?.message == "the heading 'Vijf' skips a level: level 5 after level 2")
        #expect(d?.hint?.hasPrefix("Go down one level at a time: remove 2 # signs from this heading") == true)
        // A body that uses # is shifted: # becomes h2, ### becomes h4, still a jump.
        #expect(found("# Een\n\n### Drie\n") == ["heading-level-skip@3:1"])
    }

    @Test func orderedHeadingsPass() {
        #expect(found("## Een\n\n### Twee\n\n## Drie\n\n### Vier\n\n#### Vijf\n") == [])
        #expect(found("# Een\n\n## Twee\n\n# Drie\n") == [])
        // Going up more than one level is fine.
        #expect(found("## A\n\n### B\n\n#### C\n\n## D\n") == [])
    }

    @Test func aLocationBodySitsUnderItsOwnHeading() {
        #expect(found("#### Parking\n", headingBase: 3) == [])
        #expect(found("##### Parking\n", headingBase: 3) == ["heading-level-skip@1:1"])
    }

    // MARK: Links

    @Test func vagueLinkTextsAreWarnings() {
        #expect(found("Lees [hier](https://x.be) of [Klik hier!](https://x.be).\n[Lees meer »](https://x.be) [meer](https://x.be) [deze link](https://x.be) [click here](https://x.be)\n")
            == ["link-text-vague@1:6", "link-text-vague@1:30", "link-text-vague@2:1", "link-text-vague@2:29",
                "link-text-vague@2:50", "link-text-vague@2:76"])
    }

    @Test func hierInsideAMeaningfulTextPasses() {
        #expect(found("[Hier vind je de folder over kinderopvang](https://x.be) en [meer over babymassage](https://x.be).\n") == [])
    }

    @Test func aWebAddressAsLinkTextIsAWarning() {
        #expect(found("Zie <https://www.kindengezin.be> of [www.groeipakket.be](https://www.groeipakket.be).\n")
            == ["link-text-url@1:5", "link-text-url@1:37"])
        // An e-mail address is a fine link text.
        #expect(found("Mail <info@huisvanhetkind.be>.\n") == [])
    }

    @Test func emptyLinksAreErrors() {
        let diagnostics = LintHarness.lint("Een [folder]() en\n[](https://x.be) en [zie](#).\n")
        #expect(diagnostics.map { "\($0.rule!)@\($0.line):\($0.column)" } == ["link-empty@1:5", "link-empty@2:1", "link-empty@2:21"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        #expect(diagnostics[0].message == "the link 'folder' has no destination")
        #expect(diagnostics[1].message == "the link to 'https://x.be' has no text")
    }

    @Test func aLinkAroundAnImageTakesItsAltAsText() {
        #expect(found("[![Logo van het CAW](files/caw.png)](https://www.caw.be)\n") == [])
    }

    // MARK: Tables

    @Test func aPipeTableIsAWarning() {
        #expect(found("Uren:\n\n| Dag | Uren |\n|:----|-----:|\n| ma | 9-12 |\n") == ["table-pipe-syntax@3:1"])
        #expect(found("Dag | Uren\n--- | ---\nma | 9-12\n") == ["table-pipe-syntax@1:1"])
    }

    @Test func pipesInTextAreNoTable() {
        #expect(found("Kies A | B | C.\nDan verder.\n") == [])
        #expect(found("Eén | twee\n\n---\n") == [])
    }

    @Test func htmlTableWithoutHeaderCellsIsAnErrorWhenHTMLIsShown() {
        let body = "Uren:\n\n<table>\n<tr><td>ma</td><td>9-12</td></tr>\n</table>\n"
        #expect(found(body, firstLine: 4, unsafeHTML: true) == ["table-header-missing@6:1"])
        #expect(LintHarness.lint(body, unsafeHTML: true).first?.severity == .error)
        // Without unsafe_html the table is not shown at all.
        #expect(found(body) == [])
    }

    @Test func htmlTableWithHeaderCellsPasses() {
        #expect(found("<table>\n<thead><tr><th>Dag</th><th scope=\"col\">Uren</th></tr></thead>\n<tr><td>ma</td><td>9-12</td></tr>\n</table>\n",
                      unsafeHTML: true) == [])
        // <thead> alone is not a header cell.
        #expect(found("<table><thead><tr><td>Dag</td></tr></thead></table>\n", unsafeHTML: true) == ["table-header-missing@1:1"])
    }

    @Test func aTableSplitByABlankLineIsOneTable() {
        #expect(found("<table>\n<tr><td>ma</td></tr>\n\n<tr><th>di</th></tr>\n</table>\n", unsafeHTML: true) == [])
    }

    // MARK: Capitals

    @Test func passagesInCapitalsAreWarnings() {
        let diagnostics = LintHarness.lint("Nieuw: LET OP, DE UREN veranderen.\n\nDeelname is GRATIS.\n\n## BELANGRIJK NIEUWS\n")
        #expect(diagnostics.map { "\($0.rule!)@\($0.line):\($0.column)" } == ["all-caps@1:8", "all-caps@3:13", "all-caps@5:4"])
        #expect(diagnostics[0].message == "text in capitals: 'LET OP, DE UREN'")
    }

    @Test func acronymsAndShortWordsPass() {
        #expect(found("Het CAW, het CLB, JAC en OCMW werken samen. Ook CAW JAC VDAB.\n\nOpen om 9 uur. Plan B. NIEUW bij ons.\n") == [])
    }

    // MARK: Clear language

    @Test func aSentenceOfTwentyFiveWordsPasses() {
        #expect(found(LintHarness.sentence(25) + "\n") == [])
    }

    @Test func aSentenceOfTwentySixWordsIsAWarningAtItsStart() throws {
        let diagnostics = LintHarness.lint("Kort. " + LintHarness.sentence(26) + "\n", firstLine: 3)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.rule == "sentence-too-long" && d.severity == .warning)
        #expect(d.position == SourcePosition(line: 3, column: 7))
        #expect(d.message == "sentence of 26 words: 'Ouders kunnen kunnen kunnen kunnen kunnen kunnen kunnen …'")
    }

    @Test func aLongSentenceOverSeveralLinesPointsAtItsStart() {
        let words = LintHarness.sentence(30).split(separator: " ")
        let body = "Eerst dit.\nDan " + words.prefix(10).joined(separator: " ").lowercased() + "\n" + words.dropFirst(10).joined(separator: " ") + "\n"
        #expect(found(body) == ["sentence-too-long@2:1"])
    }

    @Test func aParagraphOfNineSentencesIsAWarning() {
        let eight = Array(repeating: "Kom langs.", count: 8).joined(separator: " ")
        #expect(found(eight + "\n") == [])
        #expect(found("Intro.\n\n" + eight + " Of bel ons.\n") == ["paragraph-too-long@3:1"])
    }

    @Test func listItemsAreParagraphsOfTheirOwn() {
        let items = (1...12).map { "- Punt \($0) is kort." }.joined(separator: "\n")
        #expect(found(items + "\n") == [])
    }
}

@Suite struct LintTextTests {
    @Test func asciiTextIsNormalizedAsByCharacters() {
        var texts = ["  Lees meer >>", "Klik\tHIER!", "", " ", "...", "(meer info)", "a\r\nb", "x\u{0B}y\u{0C}z", "a\u{1C}b",
                     "-- www.Example.be/x --", "EUR 5", "^caret^", "`code`", "$5", "_a_", "a  b   c", "+-=<>|~"]
        texts += (0..<128).map { "a" + String(Unicode.Scalar(UInt8($0))) + " b" }
        for text in texts {
            #expect(LintText.normalizedASCII(text) == LintText.normalizedByCharacters(text), "\(text.debugDescription)")
        }
        #expect(LintText.normalizedASCII("élan") == nil && LintText.normalizedASCII("Lees meer »") == nil)
        #expect(LintText.normalized("  Lees meer »") == "lees meer")
        #expect(LintText.normalized("  Élan VITAL ") == "élan vital")
    }
}

@Suite struct WebAddressTextTests {
    @Test(arguments: [("www.kindengezin.be", true), ("https://x.be/a", true), ("http://x", true), ("lees meer", false),
                      ("www.x.be en meer", false), ("www.é.be", true), ("www.é .be", false), ("x.be", false)])
    func knowsAWebAddress(_ text: String, _ isAddress: Bool) {
        #expect(LinkTextCheck.looksLikeWebAddress(text) == isAddress)
    }
}

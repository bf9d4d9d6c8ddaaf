import Testing
@testable import HuisKit

@Suite struct MarkdownProcessorTests {
    let processor = MarkdownProcessor()

    func render(_ text: String, firstLine: Int = 1, options: MarkdownOptions = MarkdownOptions(),
                resolveLink: (String) -> LinkResolution = { _ in .keep },
                resolveImage: (String) -> LinkResolution = { _ in .keep }) -> RenderedMarkdown {
        MarkdownProcessor(options: options).render(
            MarkdownSource(text: text, file: "content/regions/mol/pages/over.md", firstLine: firstLine),
            resolveLink: resolveLink, resolveImage: resolveImage)
    }

    // MARK: Safe mode

    @Test func rawHTMLIsLeftOutByDefault() {
        let result = render("<div class=\"x\">blok</div>\n\nTekst met <b>vet</b> en [link](javascript:alert(1)).\n")
        #expect(!result.html.contains("<div"))
        #expect(!result.html.contains("<b>"))
        #expect(result.html.contains("<!-- raw HTML omitted -->"))
        #expect(!result.html.contains("javascript:"))
    }

    @Test func rawHTMLIsKeptWhenAllowed() {
        let result = render("<div class=\"x\">blok</div>\n\nTekst met <b>vet</b>.\n",
                            options: MarkdownOptions(allowUnsafeHTML: true))
        #expect(result.html == "<div class=\"x\">blok</div>\n<p>Tekst met <b>vet</b>.</p>\n")
    }

    // MARK: Headings

    @Test func bodyWithH1MovesEveryHeadingOneLevelDown() {
        let result = render("# Openingsuren\n\ntekst\n\n## Zomer\n\n##### Vijf\n\n###### Zes\n")
        #expect(result.html == "<h2 id=\"openingsuren\">Openingsuren</h2>\n<p>tekst</p>\n<h3 id=\"zomer\">Zomer</h3>\n<h6 id=\"vijf\">Vijf</h6>\n<h6 id=\"zes\">Zes</h6>\n")
        #expect(result.headings.map(\.level) == [2, 3, 6, 6])
    }

    @Test func bodyStartingAtH2IsLeftAlone() {
        let result = render("## Openingsuren\n\n### Zomer\n\n## Contact\n")
        #expect(result.html == "<h2 id=\"openingsuren\">Openingsuren</h2>\n<h3 id=\"zomer\">Zomer</h3>\n<h2 id=\"contact\">Contact</h2>\n")
        #expect(result.headings.map(\.level) == [2, 3, 2])
    }

    @Test func anH1AnywhereInTheBodyShiftsAllHeadings() {
        let result = render("## Eerst\n\n# Dan\n\n> ### In een citaat\n")
        #expect(result.headings.map(\.level) == [3, 2, 4])
        #expect(result.html.contains("<blockquote>\n<h4 id=\"in-een-citaat\">In een citaat</h4>"))
    }

    @Test func shiftCanBeTurnedOff() {
        let result = render("# Titel\n\n## Sub\n", options: MarkdownOptions(shiftHeadings: false, headingAnchors: false))
        #expect(result.html == "<h1>Titel</h1>\n<h2>Sub</h2>\n")
        #expect(result.headings.map(\.level) == [1, 2])
    }

    @Test func headingsCarryPlainTextAndFilePosition() {
        let result = render("Intro\n\n## Het *grote* `speel`plein &amp; meer\n\nZomer\n=====\n", firstLine: 4)
        // The setext "Zomer" is an h1, so both headings move one level down.
        #expect(result.headings == [
            MarkdownHeading(level: 3, text: "Het grote speelplein & meer", position: SourcePosition(line: 6, column: 1),
                            anchor: "het-grote-speelplein--meer"),
            MarkdownHeading(level: 2, text: "Zomer", position: SourcePosition(line: 8, column: 1), anchor: "zomer"),
        ])
    }

    @Test func headingsGetGitHubStyleIdsThatAvoidTheThemesOwn() {
        let result = render("## Inhoud\n\n## Wat doen we?\n\n## Wat doen we?\n\n## Crèche & opvang\n\n## Contact titel\n")
        #expect(result.headings.map(\.anchor) == ["inhoud-1", "wat-doen-we", "wat-doen-we-1", "crèche--opvang", "contact-titel-1"])
        #expect(result.html.hasPrefix("<h2 id=\"inhoud-1\">Inhoud</h2>"))
    }

    @Test func rawHTMLHeadingsDoNotShiftTheIds() {
        let options = MarkdownOptions(allowUnsafeHTML: true)
        let result = render("<h2 class=\"x\">Raw</h2>\n\n## Echt\n", options: options)
        #expect(result.html.contains("<h2 id=\"echt\">Echt</h2>"))
        #expect(result.html.contains("<h2 class=\"x\">Raw</h2>"))
    }

    // MARK: Links

    @Test func replacedLinksAreRewrittenInTheHTML() {
        let result = render("Zie [CAW](../partners/caw.md \"Centrum\") of <https://caw.be>.\n") { destination in
            destination.hasSuffix(".md") ? .replace("../../partners/caw/") : .keep
        }
        #expect(result.html == "<p>Zie <a href=\"../../partners/caw/\" title=\"Centrum\">CAW</a> of "
            + "<a href=\"https://caw.be\">https://caw.be</a>.</p>\n")
        #expect(result.links == [
            MarkdownLink(destination: "../partners/caw.md", resolvedDestination: "../../partners/caw/",
                         text: "CAW", position: SourcePosition(line: 1, column: 5)),
            MarkdownLink(destination: "https://caw.be", resolvedDestination: "https://caw.be",
                         text: "https://caw.be", position: SourcePosition(line: 1, column: 44)),
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func resolverSeesEveryDestinationAsWritten() {
        var seen: [String] = []
        _ = render("[a](een.md) [b](twee.md#uren) [c][ref] <mailto:info@huis.be>\n\n[ref]: drie%20x.md\n") {
            seen.append($0)
            return .keep
        }
        #expect(seen == ["een.md", "twee.md#uren", "drie%20x.md", "mailto:info@huis.be"])
    }

    @Test func brokenLinkIsAnErrorAtItsFileLineAndColumn() {
        let result = render("Eerste regel\n\nCrèche: [x](a.md)\n", firstLine: 6) { _ in
            .broken(message: "link to 'a.md' goes nowhere", hint: "check the file name")
        }
        #expect(result.diagnostics == [
            .error("link to 'a.md' goes nowhere", file: "content/regions/mol/pages/over.md",
                   at: SourcePosition(line: 8, column: 9), hint: "check the file name"),
        ])
        #expect(result.html == "<p>Eerste regel</p>\n<p>Crèche: <a href=\"a.md\">x</a></p>\n")
        #expect(result.links.first?.resolvedDestination == "a.md")
    }

    @Test func linkColumnsInsideContainersCountScalars() {
        let text = "> Ouders én kinderen: [ja](a.md)\n\n- één\n  twee [nee](b.md)\n\n\tcode\n\n日本 [x](c.md)\n"
        let result = render(text, firstLine: 10)
        #expect(result.links.map(\.position) == [
            SourcePosition(line: 10, column: 23),
            SourcePosition(line: 13, column: 8),
            SourcePosition(line: 17, column: 4),
        ])
    }

    /// cmark 0.30 reports these columns as if continuation lines were indented
    /// like the paragraph's first line; the processor corrects them.
    @Test func linkColumnsOnContinuationLinesAreCorrected() {
        let text = "foo\n   bar [a](a.md)\n\n> quote\nlazy [b](b.md)\n\n> quote\n>    more [c](c.md)\n\n"
            + "1. een\n   twee ![d](d.png)\n\nSetext met\nmeer [e](e.md)\n---\n"
        let result = render(text, firstLine: 2)
        #expect(result.links.map(\.position) == [
            SourcePosition(line: 3, column: 8),
            SourcePosition(line: 6, column: 6),
            SourcePosition(line: 9, column: 11),
            SourcePosition(line: 15, column: 6),
        ])
        #expect(result.images.map(\.position) == [SourcePosition(line: 12, column: 9)])
    }

    @Test func crlfLineEndsKeepLinesRight() {
        let result = render("a\r\nb\r\n\r\nç [x](a.md)\r\n", firstLine: 3)
        #expect(result.links.map(\.position) == [SourcePosition(line: 6, column: 3)])
    }

    // MARK: Images

    @Test func imageWithoutAltTextIsAnError() {
        let result = render("Tekst\n\n  Foto: ![](files/x.jpg)\n", firstLine: 5)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics[0]
        #expect(diagnostic.message == "image 'files/x.jpg' has no alt text")
        #expect(diagnostic.position == SourcePosition(line: 7, column: 9))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.hint?.contains("](files/x.jpg)") == true)
        #expect(diagnostic.hint?.contains("![") == true)
    }

    @Test func whitespaceIsNoAltText() {
        #expect(render("![ ](a.png)\n").diagnostics.count == 1)
    }

    @Test func imagesAreResolvedAndCollected() {
        let result = render("![Kinderen *spelen*](files/tuin.jpg)\n",
                            resolveImage: { .replace("../" + $0) })
        #expect(result.html == "<p><img src=\"../files/tuin.jpg\" alt=\"Kinderen spelen\" /></p>\n")
        #expect(result.images == [
            MarkdownImage(source: "files/tuin.jpg", resolvedSource: "../files/tuin.jpg",
                          alt: "Kinderen spelen", position: SourcePosition(line: 1, column: 1)),
        ])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func brokenImageIsReported() {
        let result = render("![Logo](files/weg.png)\n",
                            resolveImage: { .broken(message: "no file '\($0)'", hint: nil) })
        #expect(result.diagnostics.map(\.message) == ["no file 'files/weg.png'"])
    }

    @Test func linkTextIncludesTheDescriptionOfAnImageInIt() {
        let result = render("[![Logo van CAW](files/caw.png)](https://caw.be)\n")
        #expect(result.links.map(\.text) == ["Logo van CAW"])
        #expect(result.plainText == "")
    }

    // MARK: Plain text

    @Test func plainTextHasNoMarkup() {
        let text = """
            # Welkom

            Een *mooie* dag &amp; `code` met [een link](a.md).
            Tweede regel\\
            hard

            - een
            - twee

            ```swift
            let x = 1
            print(x)
            ```

            <div>weg</div>

            > Citaat met ![foto](f.jpg) en <b>html</b>.

            ---
            """
        #expect(render(text).plainText == """
            Welkom
            Een mooie dag & code met een link. Tweede regel
            hard
            een
            twee
            let x = 1
            print(x)
            Citaat met  en html.
            """)
    }

    @Test func emptyBodyGivesEmptyResult() {
        let result = render("")
        #expect(result.html == "")
        #expect(result.plainText == "")
        #expect(result.headings.isEmpty && result.links.isEmpty && result.diagnostics.isEmpty)
    }

    // MARK: Fidelity and cost

    @Test func withoutAdjustmentsTheHTMLIsCmarks() {
        let text = "# Titel\n\n[a](b.md) ![c](d.png) <span>x</span>\n\n* lijst\n"
        for unsafe in [false, true] {
            let html = render(text, options: .plainCmark(allowUnsafeHTML: unsafe)).html
            #expect(html == CommonMarkSpecTests.cmarkHTML(text, unsafe: unsafe))
        }
    }

    @Test func tenThousandParsesRun() {
        let text = "# Titel\n\nTekst met [een link](a.md) en ![foto](b.jpg).\n\n## Meer\n\n- een\n- twee\n"
        var total = 0
        for _ in 0..<10_000 {
            total += render(text, resolveLink: { .replace($0 + "x") }).links.count
        }
        #expect(total == 10_000)
    }
}

@Suite struct HeadingAnchorBytesTests {
    @Test func asciiSlugsAreThoseOfTheScalarForm() {
        var texts = ["Ons aanbod", "Meer weten?", "  Twee  spaties ", "A-Z_09", "Wat kost het? (€)", "", "Über uns", "Œuvre"]
        texts += (0..<128).map { "x" + String(Unicode.Scalar(UInt8($0))) + "Y" }
        for text in texts {
            #expect(HeadingAnchors.slug(text) == HeadingAnchors.slugByScalars(text), "\(text.debugDescription)")
        }
        #expect(HeadingAnchors.slugASCII("Über") == nil)
    }

    @Test func idsGoIntoTheHeadingTags() {
        let html = "<h2>A</h2>\n<p>x</p>\n<h3>B</h3>\n<h7>no</h7><h2 class=\"x\">raw</h2>\n"
        #expect(HeadingAnchors.inject(["a", "b"], into: html)
                == "<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3 id=\"b\">B</h3>\n<h7>no</h7><h2 class=\"x\">raw</h2>\n")
        #expect(HeadingAnchors.inject(["a"], into: html) == html)
        #expect(HeadingAnchors.inject([], into: html) == html)
    }
}

@Suite struct TextBlockCountTests {
    @Test func scalarsAreCountedOnTheBytes() {
        for text in ["", "abc", "é", "e\u{301}", "👶🏽", "Kind & Gezin – één 👶", String(repeating: "ë", count: 40)] {
            #expect(MarkdownTextBlockBuilder.scalarCount(text) == text.unicodeScalars.count, "\(text)")
        }
    }
}

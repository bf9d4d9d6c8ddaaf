import Testing
@testable import HuisKit

/// Links to documents in files/ say what kind of file they are and how big.
@Suite struct DownloadLinkTests {
    @Test func sizesUseTheDutchDecimalComma() {
        #expect(DownloadDetails.size(0) == "1\u{A0}kB")
        #expect(DownloadDetails.size(1042) == "1\u{A0}kB")
        #expect(DownloadDetails.size(240_400) == "240\u{A0}kB")
        #expect(DownloadDetails.size(999_400) == "999\u{A0}kB")
        #expect(DownloadDetails.size(999_600) == "1\u{A0}MB")
        #expect(DownloadDetails.size(1_234_567) == "1,2\u{A0}MB")
        #expect(DownloadDetails.size(12_960_000) == "13\u{A0}MB")
        #expect(DownloadDetails.text(path: "regions/r/files/Folder.PDF", bytes: 1_234_567) == "pdf, 1,2\u{A0}MB")
        #expect(DownloadDetails.text(path: "files/LEESMIJ", bytes: 10) == "bestand, 1\u{A0}kB")
    }

    func render(_ body: String) -> RenderedMarkdown {
        MarkdownProcessor().render(MarkdownSource(text: body, file: "p.md")) { destination in
            destination.hasSuffix(".pdf") ? .download("../../" + destination, details: "pdf, 1,2\u{A0}MB") : .keep
        }
    }

    @Test func theLinkTextGetsTypeAndSize() {
        let result = render("Lees de [folder](files/f.pdf).\n")
        #expect(result.html == "<p>Lees de <a href=\"../../files/f.pdf\">folder (pdf, 1,2\u{A0}MB)</a>.</p>\n")
        // What the checks and the search index see stays as written.
        #expect(result.links.first?.text == "folder")
        #expect(result.plainText == "Lees de folder.")
    }

    @Test func aBareTypeInBracketsGetsTheSize() {
        #expect(render("[folder (PDF)](files/f.pdf)\n").html == "<p><a href=\"../../files/f.pdf\">folder (pdf, 1,2\u{A0}MB)</a></p>\n")
    }

    @Test func detailsTheEditorWroteStay() {
        #expect(render("[folder (pdf, 2 MB)](files/f.pdf)\n").html == "<p><a href=\"../../files/f.pdf\">folder (pdf, 2 MB)</a></p>\n")
    }

    @Test func emphasisAndImagesInTheLinkKeepTheirPlace() {
        #expect(render("[*de* folder](files/f.pdf)\n").html == "<p><a href=\"../../files/f.pdf\"><em>de</em> folder (pdf, 1,2\u{A0}MB)</a></p>\n")
    }

    @Test func theBuildKnowsTheSizesOfTheFixtureFiles() throws {
        let bodies = try #require(FixtureNetworkTests.result.bodies)
        let speelotheek = try #require(bodies.byPath["regions/zuiderkempen/partners/speelotheek.md"])
        #expect(speelotheek.html.contains("<a href=\"../../files/folder.pdf\">folder (pdf, 1\u{A0}kB)</a>"))
        // Images are not links: their source gets no details.
        #expect(speelotheek.html.contains("<img src=\"../../files/logo.png\" alt=\"Kinderen spelen met blokken\" />"))
    }
}

import Testing
@testable import HuisKit

@Suite struct MarkdownDocumentTests {
    @Test func walkEntersAndExitsContainersAndOnlyEntersLeaves() {
        let document = MarkdownDocument(parsing: "# Kop\n\nTekst *nadruk*\n")
        var trace: [String] = []
        document.walk { event in
            switch event {
            case .enter(let node): trace.append("+\(node.kind)")
            case .exit(let node): trace.append("-\(node.kind)")
            }
        }
        #expect(trace == ["+document", "+heading", "+text", "-heading",
                          "+paragraph", "+text", "+emphasis", "+text", "-emphasis", "-paragraph",
                          "-document"])
    }

    @Test func nodesExposeTheirAttributes() throws {
        let document = MarkdownDocument(parsing: "### Drie\n\n[a](b.md \"titel\")\n\n```swift\nlet x\n```\n")
        let nodes = Array(document.rootNode.children)
        #expect(nodes.map(\.kind) == [.heading, .paragraph, .codeBlock])
        #expect(nodes[0].headingLevel == 3)
        #expect(nodes[0].firstChild?.literal == "Drie")
        #expect(nodes[0].url == nil)
        let link = try #require(nodes[1].firstChild)
        #expect(link.kind == .link)
        #expect(link.url == "b.md")
        #expect(link.title == "titel")
        #expect(link.headingLevel == nil)
        #expect(link.parent?.kind == .paragraph)
        #expect(link.start == MarkdownLocation(line: 3, utf8Column: 1))
        #expect(link.end == MarkdownLocation(line: 3, utf8Column: 17))
        #expect(nodes[2].fenceInfo == "swift")
        #expect(nodes[2].literal == "let x\n")
        #expect(nodes[2].next == nil)
    }

    @Test func changesShowInTheRenderedHTML() throws {
        let document = MarkdownDocument(parsing: "# Een\n\n![foto](a.jpg)\n")
        let heading = try #require(document.rootNode.firstChild)
        heading.setHeadingLevel(4)
        let image = try #require(heading.next?.firstChild)
        image.setURL("../files/a.jpg")
        #expect(document.renderHTML() == "<h4>Een</h4>\n<p><img src=\"../files/a.jpg\" alt=\"foto\" /></p>\n")
        #expect(image.url == "../files/a.jpg")
    }

    @Test func aNodeKeepsItsDocumentAlive() throws {
        func firstText() -> MarkdownNode? {
            MarkdownDocument(parsing: "Hallo *wereld*\n").rootNode.firstChild?.firstChild
        }
        let node = try #require(firstText())
        #expect(node.literal == "Hallo ")
        #expect(node.next?.kind == .emphasis)
    }

    @Test func safeModeIsTheDocumentsSetting() {
        #expect(MarkdownDocument(parsing: "<i>x</i>\n").renderHTML() == "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
        #expect(MarkdownDocument(parsing: "<i>x</i>\n", allowUnsafeHTML: true).renderHTML() == "<p><i>x</i></p>\n")
    }

    @Test func smartPunctuationIsOptIn() {
        #expect(MarkdownDocument(parsing: "\"ja\" -- nee\n").renderHTML() == "<p>&quot;ja&quot; -- nee</p>\n")
        #expect(MarkdownDocument(parsing: "\"ja\" -- nee\n", smartPunctuation: true).renderHTML()
            == "<p>“ja” – nee</p>\n")
    }
}

@Suite struct SourceLineMapTests {
    @Test func columnsCountScalarsNotBytes() {
        let map = SourceLineMap(text: "abc\nCrèche: [x]\n😀x", firstLine: 10)
        #expect(map.position(of: MarkdownLocation(line: 1, utf8Column: 3)) == SourcePosition(line: 10, column: 3))
        #expect(map.position(of: MarkdownLocation(line: 2, utf8Column: 10)) == SourcePosition(line: 11, column: 9))
        #expect(map.position(of: MarkdownLocation(line: 3, utf8Column: 5)) == SourcePosition(line: 12, column: 2))
    }

    @Test func everyLineEndCounts() {
        let map = SourceLineMap(text: "a\r\nb\rc\nd")
        #expect(map.position(of: MarkdownLocation(line: 4, utf8Column: 1)) == SourcePosition(line: 4, column: 1))
        #expect(map.position(of: MarkdownLocation(line: 3, utf8Column: 1)) == SourcePosition(line: 3, column: 1))
    }

    @Test func outOfRangeLocationsAreClamped() {
        let map = SourceLineMap(text: "ab\ncd\n", firstLine: 2)
        #expect(map.position(of: MarkdownLocation(line: 0, utf8Column: 0)) == SourcePosition(line: 2, column: 1))
        #expect(map.position(of: MarkdownLocation(line: 2, utf8Column: 40)) == SourcePosition(line: 3, column: 4))
        #expect(map.position(of: MarkdownLocation(line: 9, utf8Column: 1)) == SourcePosition(line: 4, column: 1))
    }
}

import Testing
@testable import HuisKit

/// Cutting a file into front matter and body: fences, BOM, line ends, body line.
@Suite struct FrontMatterSplitTests {
    typealias T = FrontMatterTesting

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let document = try FrontMatterParser.parse("# Over ons\n\nWelkom.\n", file: "a.md")
        #expect(document.root == nil)
        #expect(document.body == "# Over ons\n\nWelkom.\n")
        #expect(document.bodyLine == 1)
        #expect(document.openingPosition == .start)
    }

    @Test func openingLineMustBeExactlyThreeDashes() throws {
        for source in ["--- title: x\n---\n", "----\na: b\n----\n", " ---\na: b\n---\n", "--\n"] {
            let document = try FrontMatterParser.parse(source, file: "a.md")
            #expect(document.root == nil, "\(source.debugDescription)")
            #expect(document.body == source)
        }
    }

    @Test func frontMatterAndBodyWithBodyLine() throws {
        let document = try FrontMatterParser.parse("---\ntitle: Over ons\n---\n# Kop\n\nTekst\n", file: "a.md")
        #expect(FMValue(try #require(document.root)) == ["title": "Over ons"])
        #expect(document.body == "# Kop\n\nTekst\n")
        #expect(document.bodyLine == 4)
        #expect(document.root?.mapping?.first?.keyPosition == SourcePosition(2, 1))
    }

    @Test func fencesMayHaveTrailingBlanks() throws {
        let document = try FrontMatterParser.parse("---  \ntitle: x\n--- \t\nBody", file: "a.md")
        #expect(FMValue(try #require(document.root)) == ["title": "x"])
        #expect(document.body == "Body")
        #expect(document.bodyLine == 4)
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let document = try FrontMatterParser.parse("\u{FEFF}---\ntitle: x\n---\nBody\n", file: "a.md")
        #expect(FMValue(try #require(document.root)) == ["title": "x"])
        #expect(document.root?["title"]?.position == SourcePosition(2, 8))
        #expect(document.body == "Body\n")

        let plain = try FrontMatterParser.parse("\u{FEFF}Only text", file: "a.md")
        #expect(plain.root == nil)
        #expect(plain.body == "Only text")
    }

    @Test func crlfAndLoneCRAreLineBreaks() throws {
        let crlf = try FrontMatterParser.parse(
            "---\r\ntitle: x\r\ntext: |\r\n  a\r\n  b\r\nlist:\r\n  - c\r\n---\r\nA\r\nB\r\n", file: "a.md")
        #expect(FMValue(try #require(crlf.root)) == ["title": "x", "text": "a\nb\n", "list": ["c"]])
        #expect(crlf.root?["list"]?.position == SourcePosition(7, 3))
        #expect(crlf.body == "A\nB\n")
        #expect(crlf.bodyLine == 9)

        let cr = try FrontMatterParser.parse("---\rtitle: \"a\r  b\"\r---\rA\rB", file: "a.md")
        #expect(FMValue(try #require(cr.root)) == ["title": "a b"])
        #expect(cr.body == "A\nB")
        #expect(cr.bodyLine == 5)
    }

    @Test func emptyFrontMatterIsAnEmptyMapping() throws {
        for source in ["---\n---\nBody\n", "---\n\n# only a comment\n   \n---\nBody\n"] {
            let document = try FrontMatterParser.parse(source, file: "a.md")
            let root = try #require(document.root)
            #expect(root.mapping == [])
            #expect(root.position == .start)
            #expect(document.body == "Body\n")
        }
    }

    @Test func closingFenceMayEndTheFile() throws {
        let document = try FrontMatterParser.parse("---\na: b\n---", file: "a.md")
        #expect(FMValue(try #require(document.root)) == ["a": "b"])
        #expect(document.body == "")
        #expect(document.bodyLine == 4)
    }

    @Test func missingClosingFenceIsReportedAtTheOpening() throws {
        T.expectError(file: "---\ntitle: x\n\nSome text\n", line: 1, column: 1, message: "never closed")
        let diagnostic = try #require(T.firstError("---\ntitle: x\n...\nText\n"))
        #expect(diagnostic.hint?.contains("`...` on line 3") == true)
        T.expectError(file: "\u{FEFF}---\r\ntitle: x\r\n", line: 1, column: 1, message: "never closed")
    }

    @Test func secondFrontMatterBlockInTheBodyIsAnError() {
        T.expectError(
            file: "---\ntitle: x\n---\n---\nsummary: y\n---\nBody\n", line: 4, column: 1,
            message: "second front-matter block")
        T.expectError(
            file: "---\ntitle: x\n---\n\n  \n---\nsummary: y\n---\n", line: 6, column: 1,
            message: "second front-matter block")
    }

    @Test func bodyMayUseOtherHorizontalRules() throws {
        let document = try FrontMatterParser.parse("---\na: b\n---\n***\ntext\n\n---\n", file: "a.md")
        #expect(document.body == "***\ntext\n\n---\n")
    }
}

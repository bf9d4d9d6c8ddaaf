import Testing
@testable import HuisKit

/// Scalars that are accepted: plain, quoted and block, all of them strings.
@Suite struct FrontMatterScalarTests {
    typealias T = FrontMatterTesting

    @Test func everyScalarIsAString() throws {
        let source = "a: 09:00\nb: no\nc: ~\nd: null\ne: 1e3\nf: 0x1F\ng: true\nh: 2024-05-01\n"
        #expect(try T.tree(source) == [
            "a": "09:00", "b": "no", "c": "~", "d": "null", "e": "1e3", "f": "0x1F", "g": "true", "h": "2024-05-01",
        ])
    }

    @Test func plainScalarsKeepIndicatorsThatAreNotAtTheStart() throws {
        let valid = "a: -x\nb: ?x\nc: :x\nd: a - b\ne: x [y] {z}, w\nf: it's \"ok\"\ng: b:c\nh: 50%\nk: wat?! & * |\n"
        #expect(try T.tree(valid) == [
            "a": "-x", "b": "?x", "c": ":x", "d": "a - b", "e": "x [y] {z}, w", "f": "it's \"ok\"", "g": "b:c",
            "h": "50%", "k": "wat?! & * |",
        ])
    }

    @Test func plainScalarsTrimTrailingBlanks() throws {
        #expect(try T.tree("a: two  spaces kept   \n") == ["a": "two  spaces kept"])
    }

    @Test func multiLinePlainScalarsFoldLikeYAML() throws {
        let valid = "summary: Een lange\n  zin over\n     meerdere regels\n\n  en een alinea\nlist:\n  - item dat\n    verder gaat\n   - geen item\n"
        let root = try #require(try T.parse(valid).root)
        #expect(FMValue(root) == [
            "summary": "Een lange zin over meerdere regels\nen een alinea",
            "list": ["item dat verder gaat - geen item"],
        ])
        #expect(root["summary"]?.position == SourcePosition(2, 10))
    }

    @Test func multiLinePlainScalarOnItsOwnLines() throws {
        #expect(try T.tree("summary:\n  first line\n  second line\nnext: x\n") == [
            "summary": "first line second line", "next": "x",
        ])
    }

    @Test func singleQuotedScalars() throws {
        let root = try #require(try T.parse("a: 'it''s # not a comment: fine'\nb: '  spaces  '\nc: 'line\n   folded\n\n   para  '\n").root)
        #expect(FMValue(root) == ["a": "it's # not a comment: fine", "b": "  spaces  ", "c": "line folded\npara  "])
        #expect(root["a"]?.style == .singleQuoted)
        #expect(root["a"]?.position == SourcePosition(2, 4))
        #expect(try T.tree("a: 'a\\nb'\n") == ["a": "a\\nb"])
    }

    @Test func doubleQuotedEscapes() throws {
        let source = #"a: "q\" b\\ s\/ n\n t\t r\r z\0 x\x41 u\u00e9 U\U0001F600""# + "\n"
        #expect(try T.tree(source) == ["a": "q\" b\\ s/ n\n t\t r\r z\u{0} xA ué U😀"])
    }

    @Test func doubleQuotedLineFolding() throws {
        let source = "a: \"one\n  two  \n\n  three \\\n    four\\\n\n  five\"\nb: \"#x: y\"\n"
        let root = try #require(try T.parse(source).root)
        #expect(FMValue(root) == ["a": "one two\nthree four\nfive", "b": "#x: y"])
        #expect(root["a"]?.style == .doubleQuoted)
        #expect(root["b"]?.position == SourcePosition(9, 4))
    }

    @Test func literalBlockScalarsWithChomping() throws {
        let source = """
            clip: |
              line 1
                indented
              line 3

            strip: |-
              text

            keep: |+
              text


            empty: |
            last: x

            """
        let root = try #require(try T.parse(source).root)
        #expect(FMValue(root) == [
            "clip": "line 1\n  indented\nline 3\n", "strip": "text", "keep": "text\n\n\n", "empty": "", "last": "x",
        ])
        #expect(root["clip"]?.style == .literal)
        #expect(root["clip"]?.position == SourcePosition(2, 7))
    }

    @Test func blockScalarIndentationIndicator() throws {
        let source = "a: |2\n    four spaces\n  two\nb: >-1\n  x\n  y\nc: |+2 # comment\n   z\n\nd: |-1\n  w\n"
        #expect(try T.tree(source) == ["a": "  four spaces\ntwo\n", "b": " x\n y", "c": " z\n\n", "d": " w"])
    }

    @Test func blockScalarLeadingBlankLinesAndComments() throws {
        let source = "a: | # a comment after the indicator\n\n  \n  text\n # a comment ends the block\nb: x\n"
        #expect(try T.tree(source) == ["a": "\n\ntext\n", "b": "x"])
    }

    @Test func foldedBlockScalars() throws {
        let source = """
            a: >
              folded
              text

              new paragraph
                more indented
                kept as is
              back
            b: >-
              x
            c: >+
              y

            d: x

            """
        #expect(try T.tree(source) == [
            "a": "folded text\nnew paragraph\n  more indented\n  kept as is\nback\n", "b": "x", "c": "y\n\n", "d": "x",
        ])
    }

    @Test func blockScalarsInSequences() throws {
        let root = try #require(try T.parse("list:\n- |\n  a\n  b\n- >-\n  c\n  d\n-   |\n    e\n").root)
        #expect(FMValue(root) == ["list": ["a\nb\n", "c d", "e\n"]])
        #expect(root["list"]?.sequence?[1].position == SourcePosition(6, 3))
    }

    @Test func blockScalarKeepsTabsAndHashesInItsText() throws {
        #expect(try T.tree("a: |\n  # not a comment\n  \tx\n") == ["a": "# not a comment\n\tx\n"])
    }
}

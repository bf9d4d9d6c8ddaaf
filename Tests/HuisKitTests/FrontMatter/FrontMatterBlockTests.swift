import Testing
@testable import HuisKit

/// Block mappings and sequences that are accepted, with the positions of their nodes.
@Suite struct FrontMatterBlockTests {
    typealias T = FrontMatterTesting

    @Test func mappingOfPlainScalarsWithPositions() throws {
        let root = try #require(try T.parse("title: Over ons\nsummary: Kort\n").root)
        #expect(FMValue(root) == ["title": "Over ons", "summary": "Kort"])
        #expect(root.style == .block)
        #expect(root.position == SourcePosition(2, 1))
        let pairs = try #require(root.mapping)
        #expect(pairs[1].keyPosition == SourcePosition(3, 1))
        #expect(pairs[1].value.position == SourcePosition(3, 10))
        #expect(pairs[1].value.style == .plain)
    }

    @Test func nestedMappings() throws {
        let source = "contact:\n  address: Kerkstraat 1\n  phone: 03 123 45 67\ncolors:\n    primary: blue\nafter: x\n"
        let root = try #require(try T.parse(source).root)
        #expect(FMValue(root) == [
            "contact": ["address": "Kerkstraat 1", "phone": "03 123 45 67"],
            "colors": ["primary": "blue"],
            "after": "x",
        ])
        #expect(root["contact"]?.position == SourcePosition(3, 3))
        #expect(root["contact"]?.mapping?[1].keyPosition == SourcePosition(4, 3))
        #expect(root["colors"]?.position == SourcePosition(6, 5))
    }

    @Test func sequencesIndentedOrAtTheColumnOfTheirKey() throws {
        let root = try #require(try T.parse("ages:\n  - 0-3\n  - 3-6\ntopics:\n- spelen\n- lezen\nlast: x\n").root)
        #expect(FMValue(root) == ["ages": ["0-3", "3-6"], "topics": ["spelen", "lezen"], "last": "x"])
        #expect(root["ages"]?.position == SourcePosition(3, 3))
        #expect(root["ages"]?.sequence?[1].position == SourcePosition(4, 5))
        #expect(root["topics"]?.position == SourcePosition(6, 1))
        #expect(root["topics"]?.style == .block)
    }

    @Test func mappingsAsSequenceItems() throws {
        let source = "ages:\n  - id: zwanger\n    label: Zwanger\n  -   id: 0-3\n      from: \"0\"\n  -\n    id: x\n"
        let root = try #require(try T.parse(source).root)
        #expect(FMValue(root) == [
            "ages": [["id": "zwanger", "label": "Zwanger"], ["id": "0-3", "from": "0"], ["id": "x"]],
        ])
        let items = try #require(root["ages"]?.sequence)
        #expect(items[0].position == SourcePosition(3, 5))
        #expect(items[0].mapping?[1].keyPosition == SourcePosition(4, 5))
        #expect(items[1].position == SourcePosition(5, 7))
        #expect(items[2].position == SourcePosition(8, 5))
    }

    @Test func nestedSequences() throws {
        let root = try #require(try T.parse("synonyms:\n  - - kinderopvang\n    - creche\n  -\n    - a\n    - b\n").root)
        #expect(FMValue(root) == ["synonyms": [["kinderopvang", "creche"], ["a", "b"]]])
        #expect(root["synonyms"]?.sequence?[0].position == SourcePosition(3, 5))
    }

    @Test func emptyValuesArePlainEmptyScalars() throws {
        let root = try #require(try T.parse("summary:\nlist:\n  -\n  - x\ntitle: x\nend:\n").root)
        #expect(FMValue(root) == ["summary": "", "list": ["", "x"], "title": "x", "end": ""])
        let summary = try #require(root["summary"])
        #expect(summary.isEmpty)
        #expect(summary.style == .plain)
        #expect(summary.position == SourcePosition(2, 9))
        #expect(root["list"]?.sequence?[0].position == SourcePosition(4, 4))
        let quoted = try #require(try T.parse("a: \"\"\n").root?["a"])
        #expect(!quoted.isEmpty)
    }

    @Test func comments() throws {
        let source = """
            # A comment line
            title: Over ons # after a value
              # an indented comment line
            colors: # before a nested mapping
              # inside it
              primary: blue#not a comment
            list:
              - a # after an item
            # between items
              - b
            url: https://x.be/#anchor

            """
        #expect(try T.tree(source) == [
            "title": "Over ons", "colors": ["primary": "blue#not a comment"], "list": ["a", "b"],
            "url": "https://x.be/#anchor",
        ])
    }

    @Test func blankLinesBetweenEntries() throws {
        #expect(try T.tree("a: 1\n\n\nb:\n\n  - x\n\n  - y\n\n") == ["a": "1", "b": ["x", "y"]])
    }

    @Test func quotedKeys() throws {
        let root = try #require(try T.parse("\"a: b\": 1\n'it''s': 2\n\"\": 3\n\"tab\\tkey\" : 4\n").root)
        #expect(FMValue(root) == ["a: b": "1", "it's": "2", "": "3", "tab\tkey": "4"])
        #expect(root.mapping?[1].keyPosition == SourcePosition(3, 1))
    }

    @Test func keysMayContainColonsAndSpaces() throws {
        #expect(try T.tree("a:b: c\nopening hours: x\nkey   : y\n") == ["a:b": "c", "opening hours": "x", "key": "y"])
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        #expect(try T.tree("a:\n  id: 1\nb:\n  id: 2\n") == ["a": ["id": "1"], "b": ["id": "2"]])
    }

    @Test func rootMayBeIndentedConsistently() throws {
        #expect(try T.tree("  a: 1\n  b:\n    - x\n") == ["a": "1", "b": ["x"]])
    }

    @Test func rootMayBeOneFlowMapping() throws {
        let root = try #require(try T.parse("{ title: x, ages: [a, b] } # all in one\n").root)
        #expect(FMValue(root) == ["title": "x", "ages": ["a", "b"]])
        #expect(root.style == .flow)
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try #require(try T.parse("crèche: [a, b]\n\"é😀\": x\n").root)
        #expect(root["crèche"]?.position == SourcePosition(2, 9))
        #expect(root["crèche"]?.sequence?[1].position == SourcePosition(2, 13))
        #expect(root["é😀"]?.position == SourcePosition(3, 7))
    }

    @Test func tabsAreFineInsideLines() throws {
        #expect(try T.tree("a:\tb\t# comment\nc: d\te\n\t\nf: x\n") == ["a": "b", "c": "d\te", "f": "x"])
    }

    @Test func nodeStylesAreRecorded() throws {
        let root = try #require(try T.parse("a: x\nb: 'x'\nc: \"x\"\nd: |\n  x\ne: >\n  x\nf: [x]\ng:\n  - x\n").root)
        let styles = root.mapping?.map(\.value.style)
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .flow, .block])
    }
}

import Testing
@testable import HuisKit

/// Flow collections that are accepted: `[a, b]` and `{ key: value }`.
@Suite struct FrontMatterFlowTests {
    typealias T = FrontMatterTesting

    @Test func flowSequenceWithQuotedItems() throws {
        let root = try #require(try T.parse("ages: [0-3, 3-6, \"a, b\", 'c]', 09:00-12:00]\n").root)
        #expect(FMValue(root) == ["ages": ["0-3", "3-6", "a, b", "c]", "09:00-12:00"]])
        let ages = try #require(root["ages"])
        #expect(ages.style == .flow)
        #expect(ages.position == SourcePosition(2, 7))
        #expect(ages.sequence?[2].position == SourcePosition(2, 18))
        #expect(ages.sequence?[2].style == .doubleQuoted)
    }

    @Test func emptyCollectionsAndTrailingComma() throws {
        #expect(try T.tree("a: []\nb: { }\nc: [x, y,]\nd: {k: v,}\n") == [
            "a": [], "b": .map([]), "c": ["x", "y"], "d": ["k": "v"],
        ])
    }

    @Test func flowMappings() throws {
        let root = try #require(try T.parse("colors: { primary: \"#0b5a8a\", accent: teal }\n").root)
        #expect(FMValue(root) == ["colors": ["primary": "#0b5a8a", "accent": "teal"]])
        let colors = try #require(root["colors"])
        #expect(colors.position == SourcePosition(2, 9))
        #expect(colors.mapping?[1].keyPosition == SourcePosition(2, 31))
        #expect(colors.mapping?[1].value.position == SourcePosition(2, 39))
    }

    @Test func flowMappingKeysAndValues() throws {
        let source = "a: {\"q\":1, 'r' : 2, s: , t:}\nb: {url: http://x.be/a, time: 09:00}\n"
        #expect(try T.tree(source) == [
            "a": ["q": "1", "r": "2", "s": "", "t": ""], "b": ["url": "http://x.be/a", "time": "09:00"],
        ])
    }

    @Test func nestedFlowCollections() throws {
        let source = "ages: [{ id: zwanger, label: \"Zwanger\" }, {id: 0-3, range: [0, 3]}]\nm: {a: {b: [c, [d]]}}\n"
        #expect(try T.tree(source) == [
            "ages": [["id": "zwanger", "label": "Zwanger"], ["id": "0-3", "range": ["0", "3"]]],
            "m": ["a": ["b": ["c", ["d"]]]],
        ])
    }

    @Test func flowCollectionsOverSeveralLines() throws {
        let source = """
            synonyms: [
              [kinderopvang, creche],   # a comment inside
              [ "a",
                b ],
              long item
                over lines
              ]
            colors: {
                primary: blue,

                accent: "light
                  green" }
            next: x

            """
        let root = try #require(try T.parse(source).root)
        #expect(FMValue(root) == [
            "synonyms": [["kinderopvang", "creche"], ["a", "b"], "long item over lines"],
            "colors": ["primary": "blue", "accent": "light green"],
            "next": "x",
        ])
        #expect(root["synonyms"]?.sequence?[1].position == SourcePosition(4, 3))
        #expect(root["colors"]?.mapping?[1].keyPosition == SourcePosition(12, 5))
    }

    @Test func flowCollectionsInBlockSequences() throws {
        #expect(try T.tree("hours:\n  mon: [09:00-12:00, 13:00-16:30]\nlist:\n  - [a, b]\n  - {c: d}\n") == [
            "hours": ["mon": ["09:00-12:00", "13:00-16:30"]], "list": [["a", "b"], ["c": "d"]],
        ])
    }

    @Test func plainScalarsInFlowStopAtIndicators() throws {
        #expect(try T.tree("a: [x:y, -z, w?, a b  , c#d]\n") == ["a": ["x:y", "-z", "w?", "a b", "c#d"]])
    }
}

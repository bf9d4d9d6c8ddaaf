import Testing
@testable import HuisKit

/// Refused structure: indentation, tabs, documents, the shape of the root,
/// duplicate keys. Lines count in the file: the first front-matter line is line 2.
@Suite struct FrontMatterLayoutErrorTests {
    typealias T = FrontMatterTesting

    @Test func tabsForIndentation() {
        T.expectError("contact:\n\tphone: 1\n", line: 3, column: 1, message: "tab character is used for indentation")
        T.expectError("contact:\n  \tphone: 1\n", line: 3, column: 3, message: "tab character is used for indentation")
        T.expectError("a: [x,\n\ty]\n", line: 3, column: 1, message: "tab character is used for indentation")
        T.expectError("a: \"x\n \ty\"\n", line: 3, column: 2, message: "tab character is used for indentation")
        T.expectError("a: |\n  x\n\ty\n", line: 4, column: 1, message: "tab character is used for indentation")
        T.expectError("a:\n  - x\n  -\ty\n", line: 4, column: 4, message: "tab character follows the `-`")
    }

    @Test func keyIndentedMoreThanTheKeyBefore() {
        T.expectError("title: x\n  summary: y\n", line: 3, column: 3, message: "indented more than `title`")
        T.expectError("title: \"x\"\n  summary: y\n", line: 3, column: 3, message: "indented more than the key `title` on line 2")
        T.expectError("a:\n  b: [x]\n    c: y\n", line: 4, column: 5, message: "indented more than the key `b` on line 3")
    }

    @Test func keyIndentedLessThanItsSiblings() {
        T.expectError("a:\n    b: 1\n  c: 2\n", line: 4, column: 3, message: "does not line up")
        T.expectError("  a: 1\nb: 2\n", line: 3, column: 1, message: "does not line up")
        T.expectError("list:\n  - a: 1\n   b: 2\n", line: 4, column: 4, message: "does not line up")
    }

    @Test func valueOnTheNextLineIndentedTooLittle() {
        T.expectError("a:\n  b: |\n  text\n", line: 4, column: 3, message: "not a `key: value` pair")
        let hint = T.firstError("---\na:\n  b: |\n  text\n---\n")?.hint ?? ""
        #expect(hint.contains("indent it more than `b`"))
    }

    @Test func continuationThatLooksLikeAKey() {
        T.expectError("a:\n  text\n  b: c\n", line: 4, column: 3, message: "continues the text that starts on line 3")
        T.expectError("- x\n", line: 2, column: 1, message: "must be `key: value` lines")
    }

    @Test func listItemIndentedMoreThanTheItemBefore() {
        T.expectError("a:\n  - 'x'\n    - y\n", line: 4, column: 5, message: "indented more than the list item above")
    }

    @Test func listItemAmongKeys() {
        T.expectError("a: 1\n- b\n", line: 3, column: 1, message: "list item `-` stands among `key: value` lines")
    }

    @Test func lineWithoutKey() {
        T.expectError("title: x\nSome text\n", line: 3, column: 1, message: "not a `key: value` pair")
        let hint = T.firstError("---\ntitle: x\nsummary:kort\n---\n")?.hint ?? ""
        #expect(hint.contains("space after the colon"))
    }

    @Test func rootMustBeAMapping() {
        T.expectError("- a\n- b\n", line: 2, column: 1, message: "must be `key: value` lines, but this is a list")
        T.expectError("[a, b]\n", line: 2, column: 1, message: "must be `key: value` lines, but this is a list")
        T.expectError("\n  Hallo wereld\n", line: 3, column: 3, message: "must be `key: value` lines, but this is text")
        T.expectError("|\n  text\n", line: 2, column: 1, message: "must be `key: value` lines")
        T.expectError("'quoted'\n", line: 2, column: 1, message: "must be `key: value` lines")
        T.expectError("{a: b}\nc: d\n", line: 3, column: 1, message: "nothing may follow the `{ }`")
    }

    @Test func secondDocumentInsideFrontMatter() {
        T.expectError("a: b\n...\n", line: 3, column: 1, message: "`...` ends a YAML document")
        T.expectError("a: b\n--- c: d\n", line: 3, column: 1, message: "starts a second YAML document")
        T.expectError("%YAML 1.2\na: b\n", line: 2, column: 1, message: "directives such as `%YAML`")
    }

    @Test func errorBeforeASecondDocumentIsReportedFirst() {
        T.expectError("a: &x b\n...\n", line: 2, column: 4, message: "anchors")
        var messages: [String] = []
        do {
            _ = try T.parse("a: 1\na: 2\n...\n")
        } catch {
            messages = error.diagnostics.map(\.message)
        }
        #expect(messages.count == 2)
        #expect(messages.first?.contains("appears twice") == true)
        #expect(messages.last?.contains("`...` ends a YAML document") == true)
    }

    @Test func duplicateKeys() throws {
        T.expectError("title: a\nsummary: b\ntitle: c\n", line: 4, column: 1, message: "first used on line 2")
        T.expectError("c: {id: a, id: b}\n", line: 2, column: 12, message: "the key `id` appears twice")
        T.expectError("a:\n  - x: 1\n    x: 2\n", line: 4, column: 5, message: "the key `x` appears twice")
    }

    @Test func duplicateKeysAreReportedTogetherWithOtherErrors() throws {
        var diagnostics: [Diagnostic] = []
        do {
            _ = try T.parse("a: 1\na: 2\nb: 1\nb: 2\nc: &x\n")
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.map(\.position) == [SourcePosition(3, 1), SourcePosition(5, 1), SourcePosition(6, 4)])
        #expect(diagnostics.map(\.message).last?.contains("anchors") == true)
    }

    @Test func quotedKeysMustBeExactDuplicates() throws {
        #expect(try T.tree("a: 1\n\"a \": 2\nA: 3\n") == ["a": "1", "a ": "2", "A": "3"])
        T.expectError("a: 1\n\"a\": 2\n", line: 3, column: 1, message: "appears twice")
    }

    @Test func controlCharacters() {
        T.expectError("a: b\u{7}c\n", line: 2, column: 5, message: "invisible control character (U+0007)")
        T.expectError("é: \"\u{FEFF}\"\n", line: 2, column: 5, message: "(U+FEFF)")
        T.expectError("a: b\u{2028}c\n", line: 2, column: 5, message: "(U+2028)")
        T.expectError("a: b\u{85}\n", line: 2, column: 5, message: "(U+0085)")
    }

    @Test func nestingTooDeep() {
        // The root mapping is the first level, so the last bracket that fits is the 63rd.
        let source = "a: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        T.expectError(source, line: 2, column: 3 + FrontMatterSyntax.maximumDepth, message: "nested too deeply")
    }
}

import Testing
@testable import HuisKit

/// Refused syntax: YAML features outside the subset, quotes, escapes, flow
/// collections, block scalar headers, values with `: `.
@Suite struct FrontMatterSyntaxErrorTests {
    typealias T = FrontMatterTesting

    @Test func anchorsAndAliases() {
        T.expectError("base: &kleur blue\n", line: 2, column: 7, message: "anchors (`&name`)")
        T.expectError("a: *kleur\n", line: 2, column: 4, message: "aliases (`*name`)")
        T.expectError("&a key: x\n", line: 2, column: 1, message: "anchors")
        T.expectError("a: [x, *y]\n", line: 2, column: 8, message: "aliases")
        T.expectError("a:\n  - *y\n", line: 3, column: 5, message: "aliases")
    }

    @Test func tags() {
        T.expectError("a: !!str 09:00\n", line: 2, column: 4, message: "tags (such as `!!str`)")
        T.expectError("a: !local x\n", line: 2, column: 4, message: "tags")
        T.expectError("a: {b: !x c}\n", line: 2, column: 8, message: "tags")
    }

    @Test func complexKeys() {
        T.expectError("? a\n: b\n", line: 2, column: 1, message: "complex keys")
        T.expectError("[a, b]: c\n", line: 2, column: 1, message: "complex keys")
        T.expectError("x:\n  {a: b}: c\n", line: 3, column: 3, message: "complex keys")
        T.expectError("a: {[b]: c}\n", line: 2, column: 5, message: "complex keys")
    }

    @Test func reservedIndicators() {
        T.expectError("twitter: @huisvanhetkind\n", line: 2, column: 10, message: "cannot start with `@`")
        T.expectError("code: `x`\n", line: 2, column: 7, message: "cannot start with a backtick")
        T.expectError("a: %x\n", line: 2, column: 4, message: "cannot start with `%`")
        T.expectError("a: ]\n", line: 2, column: 4, message: "cannot start with `]`")
        T.expectError("a: [x, ?y]\n", line: 2, column: 8, message: "cannot start with `?`")
    }

    @Test func unclosedQuotes() {
        T.expectError("title: \"Over ons\nsummary: x\n", line: 2, column: 8, message: "double quotes that starts here is never closed")
        T.expectError("title: 'Over ons\n", line: 2, column: 8, message: "single quotes that starts here is never closed")
        T.expectError("a:\n  - \"x\\\"\n", line: 3, column: 5, message: "never closed")
        T.expectError("\"key: x\n", line: 2, column: 1, message: "never closed")
    }

    @Test func invalidEscapes() {
        T.expectError(#"path: "C:\map""# + "\n", line: 2, column: 10, message: "`\\m` is not a valid escape")
        T.expectError(#"a: "x\u12G4""# + "\n", line: 2, column: 6, message: "`\\u` must be followed by 4 hexadecimal digits")
        T.expectError(#"a: "\xZ""# + "\n", line: 2, column: 5, message: "2 hexadecimal digits")
        T.expectError(#"a: "\uD800""# + "\n", line: 2, column: 5, message: "not a valid Unicode character")
        T.expectError(#"a: "\U00110000""# + "\n", line: 2, column: 5, message: "not a valid Unicode character")
    }

    @Test func colonAndSpaceInAPlainValue() {
        T.expectError("title: Openingsuren: 9 tot 12\n", line: 2, column: 20, message: "the value of `title` contains `: `")
        T.expectError("title: a:\n", line: 2, column: 9, message: "contains `: `")
        T.expectError("title: \"a\": b\n", line: 2, column: 11, message: "the value of `title` contains `: `")
        T.expectError("a:\n- x: a: b\n", line: 3, column: 7, message: "the value of `x` contains `: `")
    }

    @Test func missingKey() {
        T.expectError(": x\n", line: 2, column: 1, message: "no key before this `:`")
        T.expectError("a: {: x}\n", line: 2, column: 5, message: "no key before this `:`")
    }

    @Test func listOnTheLineOfItsKey() {
        T.expectError("ages: - 0-3\n", line: 2, column: 7, message: "cannot start on the same line as its key `ages`")
    }

    @Test func textAfterAClosedValue() {
        T.expectError("a: 'x' y\n", line: 2, column: 8, message: "text after the closing quote")
        T.expectError("a: \"x\"# no space\n", line: 2, column: 7, message: "text after the closing quote")
        T.expectError("a: [x] y\n", line: 2, column: 8, message: "text after the closing bracket")
        T.expectError("a:\n  - \"b\":c\n", line: 3, column: 8, message: "a `:` right after this value")
    }

    @Test func unclosedFlowCollections() {
        T.expectError("ages: [0-3, 3-6\ntopics: x\n", line: 2, column: 7, message: "list that starts with `[` here is never closed")
        T.expectError("a: {b: [c]\n", line: 2, column: 4, message: "mapping that starts with `{` here is never closed")
        T.expectError("a: [[b]\n", line: 2, column: 4, message: "never closed")
        let hint = T.firstError("---\ncolors: { primary: #0b5a8a }\n---\n")?.hint ?? ""
        #expect(hint.contains("` #` starts a comment"))
    }

    @Test func closingBracketMustBeIndented() {
        T.expectError("a: [\n  x\n]\n", line: 4, column: 1, message: "`]` must be indented more than the key")
    }

    @Test func badSeparatorsInFlowCollections() {
        T.expectError("a: [x y}\n", line: 2, column: 8, message: "expected `,` or `]` here, but found `}`")
        T.expectError("a: {b: c]\n", line: 2, column: 9, message: "expected `,` or `}`")
        T.expectError("a: [x,,y]\n", line: 2, column: 7, message: "no entry before this comma")
        T.expectError("a: [,]\n", line: 2, column: 5, message: "no entry before this comma")
        T.expectError("a: [x,#y]\n", line: 2, column: 7, message: "cannot start with `#`")
    }

    @Test func keyValuePairInsideBrackets() {
        T.expectError("a: [b: c]\n", line: 2, column: 6, message: "`key: value` pair inside `[ ]`")
    }

    @Test func flowMappingEntryWithoutColon() {
        T.expectError("a: {b, c: d}\n", line: 2, column: 6, message: "expected `:` after the key `b`")
        T.expectError("a: {b:c}\n", line: 2, column: 8, message: "expected `:` after the key `b:c`")
        T.expectError("a: {b: c: d}\n", line: 2, column: 9, message: "the value of `b` contains `: `")
    }

    @Test func blockSyntaxInsideBrackets() {
        T.expectError("a: [- b]\n", line: 2, column: 5, message: "`- ` list item cannot stand inside brackets")
        T.expectError("a: [|]\n", line: 2, column: 5, message: "`|` block cannot stand inside brackets")
    }

    @Test func keysOnOneLine() {
        T.expectError("\"a\n b\": c\n", line: 2, column: 1, message: "a key must fit on one line")
        T.expectError("x: {a\n  b: c}\n", line: 2, column: 5, message: "a key must fit on one line")
    }

    @Test func blockScalarHeaders() {
        T.expectError("a: |0\n  x\n", line: 2, column: 5, message: "must be 1 to 9")
        T.expectError("a: |x\n  x\n", line: 2, column: 5, message: "unexpected `x` after `|`")
        T.expectError("a: >-+\n  x\n", line: 2, column: 6, message: "unexpected `+` after `>`")
        T.expectError("a: | text\n", line: 2, column: 6, message: "starts on the next line")
    }

    @Test func blankLineWiderThanTheBlockText() {
        T.expectError("a: |\n     \n  text\n", line: 3, column: 3, message: "more spaces than the first text line")
    }

    @Test func aFlemishApostropheAtTheStartGetsAHintAboutDoubleQuotes() {
        do {
            _ = try FrontMatterParser.parse("---\nsummary: 's Avonds open\n---\n", file: "f.md")
            Issue.record("expected an error")
        } catch {
            let d = error.diagnostics[0]
            #expect(d.position == SourcePosition(line: 2, column: 10))
            #expect(d.hint?.contains("double quotes") == true)
            #expect(d.hint?.contains("'s avonds") == true)
        }
    }
}

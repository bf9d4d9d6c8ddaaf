import Testing
@testable import HuisKit

@Suite struct DiagnosticTests {
    @Test func textFormatNamesFileLineColumnAndHint() {
        let d = Diagnostic.error("unknown key 'titel'", file: "content/site.md",
                                 at: SourcePosition(line: 3, column: 1), hint: "did you mean 'title'?")
        #expect(DiagnosticFormatter.text(d) == "content/site.md:3:1: error: unknown key 'titel'\n    hint: did you mean 'title'?")
    }

    @Test func sortsByFileThenPositionThenErrorsFirst() {
        let a = Diagnostic.warning("w", file: "a.md", at: SourcePosition(line: 2, column: 1))
        let b = Diagnostic.error("e", file: "a.md", at: SourcePosition(line: 2, column: 1))
        let c = Diagnostic.error("e", file: "a.md", at: SourcePosition(line: 1, column: 9))
        let d = Diagnostic.error("e", file: "B.md", at: SourcePosition(line: 1, column: 1))
        #expect([a, b, c, d].sorted() == [d, c, b, a])
    }

    @Test func jsonIsAnArrayOfObjects() throws {
        let d = Diagnostic.error("bad \"date\"", file: "x.md", at: SourcePosition(line: 4, column: 7))
        let json = DiagnosticFormatter.json([d])
        #expect(json.contains("\"line\" : 4"))
        #expect(json.contains("\"message\" : \"bad \\\"date\\\"\""))
    }
}

import Foundation
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
        #expect(json.contains("\"line\": 4"))
        #expect(json.contains("\"message\": \"bad \\\"date\\\"\""))
    }

    @Test func jsonHasEveryFieldAndSortedKeys() throws {
        let full = Diagnostic.warning("lange zin\tmet \u{2028}", file: "content/é.md", at: SourcePosition(line: 2, column: 3),
                                      hint: "korter", rule: "long-sentence")
        let bare = Diagnostic.error("e", file: "a.md", at: SourcePosition(line: 1, column: 1))
        let json = DiagnosticFormatter.json([full, bare])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["message"] as? String == "lange zin\tmet \u{2028}")
        #expect(parsed[0]["file"] as? String == "content/é.md")
        #expect(parsed[0]["hint"] as? String == "korter" && parsed[0]["rule"] as? String == "long-sentence")
        #expect(parsed[0]["line"] as? Int == 2 && parsed[0]["column"] as? Int == 3)
        #expect(parsed[0]["severity"] as? String == "warning")
        #expect(parsed[1]["hint"] == nil && parsed[1]["rule"] == nil, "absent fields are left out, not null")
        let keys = json.split(separator: "\n").prefix(9).compactMap { line in
            line.split(separator: "\"").dropFirst().first.map(String.init)
        }
        #expect(keys == ["column", "file", "hint", "line", "message", "rule", "severity"])
        #expect(DiagnosticFormatter.json([]) == "[]")
    }
}

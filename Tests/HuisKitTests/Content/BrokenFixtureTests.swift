import Foundation
import Testing
@testable import HuisKit

/// One broken content folder per class of bad input (Tests/Fixtures/broken/*):
/// `huis check` must exit 1 and name the file, line and column of each
/// expected problem, listed in the fixture's `expected` file as
/// `path:line:column: part of the message`.
@Suite struct BrokenFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("broken")
    static let cases: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []

    @Test func everyErrorClassHasAFixture() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func checkReportsTheProblemWhereItIs(_ name: String) throws {
        let dir = Self.folder.appendingPathComponent(name)
        let expected = try String(contentsOf: dir.appendingPathComponent("expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let console = CapturingConsole()
        let status = HuisCommandLine.run(["check", "--content", "content"], console: console, workingDirectory: dir)
        #expect(status == .contentErrors, "\(name): \(console.errors)")
        for line in expected {
            // "path:line:col: message part" → the printed diagnostic starts with content/path:line:col:
            let parts = line.split(separator: ":", maxSplits: 3).map(String.init)
            let location = "content/\(parts[0]):\(parts[1]):\(parts[2]): "
            let message = parts[3].trimmingCharacters(in: .whitespaces)
            let printed = console.errors.split(separator: "\n").filter { $0.hasPrefix(location) }
            #expect(printed.contains { $0.lowercased().contains(message.lowercased()) },
                    "\(name): expected '\(line)'; got:\n\(console.errors)")
        }
    }

    @Test func slugsThatDifferOnlyInCapitalsClash() throws {
        let dir = try TemporaryFolder()
        try dir.write("site.md", "---\ntitle: T\n---\n")
        try dir.write("regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\n---\n")
        let partner = "---\ntitle: P\nsummary: S\nages: [0-3]\n---\n"
        try dir.write("regions/r/partners/Caw.md", partner)
        try dir.write("regions/r/partners/caw.md", partner)
        let result = ContentChecker.check(ContentLoader(root: dir.url, displayRoot: "c"))
        let messages = result.diagnostics.map(DiagnosticFormatter.text)
        #expect(messages.contains { $0.hasPrefix("c/regions/r/partners/caw.md:1:1: error: two partners have the slug 'caw'") }, "\(messages)")
    }
}

import Foundation
import Testing
@testable import HuisKit

/// The official Mustache spec vectors: every test of every core file and of
/// the optional inheritance module must pass. Lambdas and dynamic names are
/// not supported, so their files are not run.
@Suite struct MustacheSpecTests {
    static let directory = TestPaths.testData.appendingPathComponent("mustache-spec")
    static let coreFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// All core files in the folder, so a file added to the spec is not missed.
    static func coreSpecFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func coreFilesAreAllPresent() throws {
        let names = try Self.coreSpecFiles().map { $0.deletingPathExtension().lastPathComponent }
        #expect(Set(Self.coreFiles).isSubset(of: Set(names)))
    }

    @Test func everyCoreVectorPasses() throws {
        var total = 0
        for url in try Self.coreSpecFiles() {
            let cases = try SpecCase.load(url)
            #expect(!cases.isEmpty, "no tests read from \(url.lastPathComponent)")
            total += try check(cases)
        }
        print("Mustache core spec: \(total) vectors passed")
        #expect(total == 136)
    }

    @Test func everyInheritanceVectorPasses() throws {
        let cases = try SpecCase.load(Self.directory.appendingPathComponent("optional/~inheritance.json"))
        let passed = try check(cases)
        print("Mustache inheritance spec: \(passed) vectors passed")
        #expect(passed == 27)
    }

    /// Runs the cases, records each failure with what was expected, and
    /// returns how many passed.
    private func check(_ cases: [SpecCase]) throws -> Int {
        var passed = 0
        for spec in cases {
            let actual = spec.render()
            if actual == spec.expected {
                passed += 1
            } else {
                Issue.record("""
                    \(spec.file) – \(spec.name)
                    template: \(spec.template.debugDescription)
                    partials: \(spec.partials.debugDescription)
                    expected: \(spec.expected.debugDescription)
                    actual:   \(actual.debugDescription)
                    """)
            }
        }
        return passed
    }
}

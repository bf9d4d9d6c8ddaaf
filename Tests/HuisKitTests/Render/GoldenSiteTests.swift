import Foundation
import Testing
@testable import HuisKit

/// The HTML the default theme makes of the fixture network, compared byte for
/// byte with Tests/Fixtures/golden/. After an intended change to the theme or
/// the renderer, refresh the files with `HUIS_UPDATE_GOLDEN=1 swift test --filter GoldenSiteTests`
/// and review the diff.
@Suite struct GoldenSiteTests {
    static let golden = TestPaths.fixtures.appendingPathComponent("golden")
    static let update = ProcessInfo.processInfo.environment["HUIS_UPDATE_GOLDEN"] == "1"

    @Test func buildSucceedsWithoutProblems() {
        let result = FixtureSite.shared.result
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [])
        #expect(result.regionCount == 2)
    }

    @Test func everyPageMatchesItsGoldenFile() throws {
        let site = FixtureSite.shared.folder
        let built = FixtureSite.files(in: site).filter { !$0.hasPrefix(".") && ($0.hasSuffix(".html") || $0.hasSuffix("/region.css")) }
        if Self.update {
            try? FileManager.default.removeItem(at: Self.golden)
            for path in built {
                let target = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(FixtureSite.read(path, in: site).utf8).write(to: target)
            }
        }
        let expected = FixtureSite.files(in: Self.golden)
        #expect(built == expected, "the set of pages changed")
        for path in expected {
            let actual = FixtureSite.read(path, in: site)
            let wanted = FixtureSite.read(path, in: Self.golden)
            #expect(actual == wanted, "\(path) differs from Tests/Fixtures/golden/\(path)")
        }
    }
}

import Foundation
import Testing
@testable import HuisKit

/// Same content, theme and `--now` give byte-identical output: no build
/// clock, no dependence on hash or directory order.
@Suite struct DeterminismTests {
    @Test func buildingTwiceGivesTheSameBytes() throws {
        let dir = try TemporaryFolder()
        let content = TestPaths.fixtures.appendingPathComponent("network")
        #expect(!buildSite(content: content, out: dir.url.appendingPathComponent("a")).hasErrors)
        #expect(!buildSite(content: content, out: dir.url.appendingPathComponent("b")).hasErrors)
        let a = SiteSnapshot(dir.url.appendingPathComponent("a")), b = SiteSnapshot(dir.url.appendingPathComponent("b"))
        #expect(a.files.count > 50)
        #expect(a.files.keys.sorted() == b.files.keys.sorted())
        for (path, data) in a.files { #expect(b.files[path] == data, "\(path) differs") }
    }

    @Test func theOrderInWhichFilesWereCreatedDoesNotMatter() throws {
        let forward = try copyOfFixtureNetwork()
        let backward = try copyOfFixtureNetwork(reversed: true)
        #expect(!buildSite(content: forward.url.appendingPathComponent("content"), out: forward.url.appendingPathComponent("public")).hasErrors)
        #expect(!buildSite(content: backward.url.appendingPathComponent("content"), out: backward.url.appendingPathComponent("public")).hasErrors)
        #expect(SiteSnapshot(forward.url.appendingPathComponent("public")) == SiteSnapshot(backward.url.appendingPathComponent("public")))
    }

    @Test func theOutputNamesNoBuildMachineOrTime() throws {
        let dir = try TemporaryFolder()
        #expect(!buildSite(content: TestPaths.fixtures.appendingPathComponent("network"), out: dir.url).hasErrors)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let host = ProcessInfo.processInfo.hostName
        for (path, data) in SiteSnapshot(dir.url).files where path.hasSuffix(".html") || path.hasSuffix(".json") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(dir.url.path), "\(path) contains the build folder")
            #expect(host.count < 4 || !text.contains(host), "\(path) contains the host name")
            #expect(year == 2026 || !text.contains(String(year)), "\(path) contains the current year")
        }
    }
}

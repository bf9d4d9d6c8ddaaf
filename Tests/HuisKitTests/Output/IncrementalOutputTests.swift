import Foundation
import Testing
@testable import HuisKit

/// A rebuild writes only files whose bytes changed (the others keep their
/// modification time), removes what is no longer produced, and never touches
/// files huis did not write.
@Suite struct IncrementalOutputTests {
    let old = Date(timeIntervalSince1970: 1_000_000_000)

    @Test func aRebuildWithoutChangesRewritesNothing() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        SiteSnapshot.age(out, to: old)
        let before = SiteSnapshot(out)
        let result = buildSite(content: content, out: out)
        let summary = try #require(result.output)
        #expect(summary.paths(.added) == [])
        #expect(summary.paths(.changed) == [])
        #expect(summary.removed == [])
        #expect(summary.paths(.unchanged).count == before.files.count - 1)  // all but the manifest
        let after = SiteSnapshot(out)
        #expect(after == before)
        for (path, mtime) in after.mtimes where path != OutputManifest.fileName {
            #expect(mtime == old, "\(path) was rewritten")
        }
    }

    @Test func aChangedNewsItemRewritesOnlyThePagesThatShowIt() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        SiteSnapshot.age(out, to: old)
        try dir.write("content/regions/zuiderkempen/news/nieuwe-uren.md",
                      try dir.read("content/regions/zuiderkempen/news/nieuwe-uren.md").replacingOccurrences(of: "Nieuwe openingsuren", with: "Andere openingsuren"))
        let summary = try #require(buildSite(content: content, out: out).output)
        let changed = summary.paths(.changed)
        #expect(changed.contains("zuiderkempen/nieuws/nieuwe-uren/index.html"))
        #expect(changed.contains("zuiderkempen/nieuws/index.html"))
        #expect(changed.contains("zuiderkempen/index.html"))
        #expect(!changed.contains { $0.hasPrefix("noordrand/") })
        #expect(!changed.contains("zuiderkempen/partners/speelotheek/index.html"))
        let mtimes = SiteSnapshot(out).mtimes
        #expect(mtimes["zuiderkempen/partners/speelotheek/index.html"] == old)
        #expect(mtimes["zuiderkempen/nieuws/nieuwe-uren/index.html"] != old)
    }

    @Test func aLivePageReplacedByASymbolicLinkIsWrittenAgain() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        let page = out.appendingPathComponent("noordrand/privacy/index.html")
        let elsewhere = dir.url.appendingPathComponent("elsewhere.html")
        try FileManager.default.copyItem(at: page, to: elsewhere)  // same bytes, same size
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createSymbolicLink(at: page, withDestinationURL: elsewhere)
        try dir.write("content/regions/zuiderkempen/news/nieuwe-uren.md",
                      try dir.read("content/regions/zuiderkempen/news/nieuwe-uren.md").replacingOccurrences(of: "Nieuwe openingsuren", with: "Andere openingsuren"))
        let summary = try #require(buildSite(content: content, out: out).output)
        #expect(summary.changes["noordrand/privacy/index.html"] == .changed)
        let type = try FileManager.default.attributesOfItem(atPath: page.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular, "the page is huis's own file again, not a link to someone else's")
    }

    @Test func contentThatIsGoneIsRemovedFromTheOutput() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        try FileManager.default.removeItem(at: content.appendingPathComponent("regions/noordrand/pages/privacy.md"))
        let summary = try #require(buildSite(content: content, out: out).output)
        #expect(summary.removed == ["noordrand/privacy/index.html"])
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("noordrand/privacy/index.html").path))
    }

    @Test func filesHuisDidNotWriteAreNeverTouched() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        try dir.write("public/.htaccess", "ErrorDocument 404 /404.html\n")
        try dir.write("public/CNAME", "huisvanhetkind.example\n")
        try dir.write("public/noordrand/404.html", "<p>the host's own 404 page</p>\n")
        try dir.write("public/stats/report.txt", "visits\n")
        #expect(!buildSite(content: content, out: out).hasErrors)
        try FileManager.default.removeItem(at: content.appendingPathComponent("regions/noordrand/pages/privacy.md"))
        let summary = try #require(buildSite(content: content, out: out).output)
        #expect(try dir.read("public/.htaccess") == "ErrorDocument 404 /404.html\n")
        #expect(try dir.read("public/CNAME") == "huisvanhetkind.example\n")
        #expect(try dir.read("public/noordrand/404.html") == "<p>the host's own 404 page</p>\n")
        #expect(try dir.read("public/stats/report.txt") == "visits\n")
        #expect(summary.foreignSkipped == ["noordrand/404.html"])
        let manifest = try #require(OutputManifest.load(from: out))
        #expect(manifest.files[".htaccess"] == nil)
        #expect(manifest.files["noordrand/index.html"] != nil)
    }

    @Test func buildingOneRegionKeepsTheOthers() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        let before = SiteSnapshot(out)
        let result = buildSite(content: content, out: out, regions: ["zuiderkempen"])
        #expect(result.regionCount == 1)
        #expect(result.output?.removed == [])
        #expect(SiteSnapshot(out) == before)
    }

    @Test func aContentErrorLeavesTheOutputByteIdentical() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        let before = SiteSnapshot(out)
        try dir.write("content/regions/noordrand/news/kapot.md", "---\ntitle: Kapot\ndate: morgen\n---\n")
        let result = buildSite(content: content, out: out)
        #expect(result.hasErrors)
        #expect(result.output == nil)
        let after = SiteSnapshot(out)
        #expect(after == before)
        #expect(after.mtimes == before.mtimes)
    }

    @Test func theJSONSummaryListsWhatChanged() throws {
        let dir = try copyOfFixtureNetwork()
        func run() throws -> [String: Any] {
            let console = CapturingConsole()
            let status = HuisCommandLine.run(["build", "--content", "content", "--out", "public", "--now", "2026-03-01",
                                              "--theme", TestPaths.packageRoot.appendingPathComponent("themes/default").path,
                                              "--format", "json"], console: console, workingDirectory: dir.url)
            #expect(status == .success)
            return try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        }
        let first = try run()
        let added = try #require(first["added"] as? [String])
        #expect(added.contains("zuiderkempen/index.html"))
        #expect(added == added.sorted() && Set(added).count == added.count)
        #expect(first["ok"] as? Bool == true)
        #expect(Set(first.keys) == ["added", "changed", "diagnostics", "errors", "not_overwritten", "ok", "pages", "regions",
                                    "removed", "seconds", "silenced", "unchanged", "up_to_date", "warnings"])
        #expect(first["pages"] as? Int == 50 && first["regions"] as? Int == 2)
        #expect((first["seconds"] as? Double).map { $0 > 0 } == true)
        #expect((first["diagnostics"] as? [Any])?.count == first["warnings"] as? Int)
        #expect(first["up_to_date"] as? Bool == false && first["errors"] as? Int == 0)
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("content/regions/noordrand/pages/privacy.md"))
        let second = try run()
        #expect(second["removed"] as? [String] == ["noordrand/privacy/index.html"])
        #expect((second["changed"] as? [String])?.contains("noordrand/index.html") == true)
        #expect((second["unchanged"] as? Int ?? 0) > 30)  // zuiderkempen and the shared assets
    }

    @Test func theSummaryCountsFilesAndPagesPerChange() {
        let summary = OutputSummary(changes: ["a/index.html": .added, "a/feed.xml": .added, "b/index.html": .changed,
                                              "b/html": .unchanged, "c/index.html": .unchanged, "style.css": .unchanged],
                                    removed: [], foreignSkipped: [])
        let counts = summary.counts()
        #expect(counts[.added]?.files == 2 && counts[.added]?.pages == 1)
        #expect(counts[.changed]?.files == 1 && counts[.changed]?.pages == 1)
        #expect(counts[.unchanged]?.files == 3 && counts[.unchanged]?.pages == 1, "a name ending in html is no page")
        for change in [OutputTransaction.Change.added, .changed, .unchanged] {
            #expect(counts[change]?.files == summary.paths(change).count)
        }
    }

    @Test func theTextSummaryCountsPagesAddedChangedAndRemoved() throws {
        let dir = try copyOfFixtureNetwork()
        let console = CapturingConsole()
        _ = HuisCommandLine.run(["build", "--now", "2026-03-01", "--theme", TestPaths.packageRoot.appendingPathComponent("themes/default").path],
                                console: console, workingDirectory: dir.url)
        #expect(console.output.contains("pages 50 added, 0 changed, 0 removed"), "\(console.output)")
    }
}

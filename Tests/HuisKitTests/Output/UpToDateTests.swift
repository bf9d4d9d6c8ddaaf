import Foundation
import Testing
@testable import HuisKit

/// A rebuild with nothing new stops after listing the inputs; anything that
/// can change the output makes it build again.
@Suite struct UpToDateTests {
    /// A copy of the fixture network; the folder lives as long as the value.
    struct Site {
        let folder: TemporaryFolder
        var content: URL { folder.url.appendingPathComponent("content") }
        var out: URL { folder.url.appendingPathComponent("public") }
    }

    func site() throws -> Site { Site(folder: try copyOfFixtureNetwork()) }

    @Test func aSecondBuildWithNothingNewDoesNothing() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (dir, content, out) = (site.folder, site.content, site.out)
        let first = buildSite(content: content, out: out)
        #expect(!first.upToDate)
        SiteSnapshot.age(out)
        let before = SiteSnapshot(out)
        let second = buildSite(content: content, out: out)
        #expect(second.upToDate)
        #expect(second.pageCount == first.pageCount)
        #expect(second.output?.paths(.unchanged).count == first.output?.changes.count)
        #expect(SiteSnapshot(out).mtimes == before.mtimes)
        // The record is kept beside the output, not in it.
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("public.huis-state.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("public.huis-state.json").path))
    }

    @Test func anEditedContentFileBuildsAgain() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (dir, content, out) = (site.folder, site.content, site.out)
        _ = buildSite(content: content, out: out)
        try dir.write("content/regions/noordrand/pages/privacy.md", "---\ntitle: Privacy\nmenu: 2\n---\nAnders.\n")
        let result = buildSite(content: content, out: out)
        #expect(!result.upToDate)
        #expect(result.output?.paths(.changed).contains("noordrand/privacy/index.html") == true)
    }

    @Test func aFileMovedToAnotherNameWithTheSameBytesBuildsAgain() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (dir, content, out) = (site.folder, site.content, site.out)
        _ = buildSite(content: content, out: out)
        let old = content.appendingPathComponent("regions/noordrand/pages/privacy.md")
        let new = content.appendingPathComponent("regions/noordrand/pages/privacybeleid.md")
        try FileManager.default.moveItem(at: old, to: new)  // keeps size and modification time
        #expect(!buildSite(content: content, out: out).upToDate)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("noordrand/privacybeleid/index.html").path))
        try dir.write("content/regions/noordrand/.notities.md", "Niet voor de site.\n")
        #expect(buildSite(content: content, out: out).upToDate, "hidden files are not read, so they do not count")
    }

    @Test func anEditedThemeBuildsAgain() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (dir, content, out) = (site.folder, site.content, site.out)
        let theme = dir.url.appendingPathComponent("themes/default")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("themes/default"), to: theme)
        func build() -> BuildResult {
            SiteBuilder.build(BuildOptions(content: content, output: out, now: LocalDateTime(iso: "2026-03-01 10:00")!))
        }
        #expect(!build().upToDate)
        #expect(build().upToDate)
        let style = theme.appendingPathComponent("assets/style.css")
        try (String(contentsOf: style, encoding: .utf8) + "\n/* changed */\n").write(to: style, atomically: false, encoding: .utf8)
        let result = build()
        #expect(!result.upToDate)
        #expect(result.output?.paths(.changed).contains("zuiderkempen/assets/style.css") == true)
    }

    @Test func movingNowPastAPublicationMomentBuildsAgain() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (content, out) = (site.content, site.out)
        // The fixture's news item "nieuwe-uren" is dated 2026-02-01; "zomer" 2026-06-01.
        _ = buildSite(content: content, out: out, now: "2026-03-01 10:00")
        #expect(buildSite(content: content, out: out, now: "2026-03-02 09:00").upToDate)
        let later = buildSite(content: content, out: out, now: "2026-06-01 00:00")
        #expect(!later.upToDate)
        #expect(later.output?.paths(.added).contains("noordrand/nieuws/zomer/index.html") == true)
        // Back in time, before the first news item: the output changes again.
        #expect(!buildSite(content: content, out: out, now: "2026-01-15 10:00").upToDate)
    }

    @Test func aDamagedOutputBuildsAgain() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (content, out) = (site.content, site.out)
        _ = buildSite(content: content, out: out)
        try Data("{}".utf8).write(to: out.appendingPathComponent(OutputManifest.fileName))
        #expect(!buildSite(content: content, out: out).upToDate)
        try FileManager.default.removeItem(at: out)
        let result = buildSite(content: content, out: out)
        #expect(!result.upToDate)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("noordrand/index.html").path))
    }

    @Test func forceBuildsEverything() throws {
        let site = try site()
        defer { withExtendedLifetime(site) {} }
        let (content, out) = (site.content, site.out)
        _ = buildSite(content: content, out: out)
        var options = BuildOptions(content: content, contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: out, now: LocalDateTime(iso: "2026-03-01 10:00")!)
        options.force = true
        let result = SiteBuilder.build(options)
        #expect(!result.upToDate)
        #expect(result.output?.paths(.changed) == [])
    }

    @Test func theSummarySaysNothingChanged() throws {
        let dir = try copyOfFixtureNetwork()
        let theme = TestPaths.packageRoot.appendingPathComponent("themes/default").path
        let console = CapturingConsole()
        for _ in 0..<2 {
            _ = HuisCommandLine.run(["build", "--now", "2026-03-01", "--theme", theme], console: console, workingDirectory: dir.url)
        }
        #expect(console.output.contains("nothing changed since the last build (2 regions, 50 pages)"), "\(console.output)")
    }
}

import Foundation
import Testing
@testable import HuisKit

/// A rebuild with a staging tree lists it while the content is read; the
/// commit prunes from that listing what the build did not want.
@Suite struct StagingSurveyTests {
    @Test func theSurveyListsEveryEntryOfTheStagingTree() throws {
        let dir = try TemporaryFolder()
        let live = dir.url.appendingPathComponent("public")
        #expect(StagingSurvey.start(for: live) == nil, "no staging tree, nothing to list")
        try dir.write("public.huis-next/index.html", "oud")
        try dir.write("public.huis-next/a/b/index.html", "diep")
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("public.huis-next/link").path,
                                                   withDestinationPath: "index.html")
        let survey = try #require(StagingSurvey.start(for: live))
        let listed = survey.wait().map { "\($0.path) \($0.type)" }.sorted()
        #expect(listed == ["a folder", "a/b folder", "a/b/index.html file", "index.html file", "link symlink"])
        #expect(survey.wait().count == listed.count, "a second wait returns the same listing")
    }

    @Test func whatTheStagingTreeHeldAndTheBuildDidNotWantNeverGoesLive() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        try dir.write("content/regions/zuiderkempen/news/nieuwe-uren.md",
                      try dir.read("content/regions/zuiderkempen/news/nieuwe-uren.md").replacingOccurrences(of: "Meer info bij", with: "Alle info bij"))
        #expect(!buildSite(content: content, out: out).hasErrors)  // through the mirror: now a staging tree exists
        // Left in the staging tree, as by a build that was killed.
        try dir.write("public.huis-next/noordrand/achtergebleven/index.html", "<p>half</p>")
        try dir.write("public.huis-next/zwerfbestand.txt", "weg ermee")
        try FileManager.default.removeItem(at: content.appendingPathComponent("regions/noordrand/pages/privacy.md"))

        let summary = try #require(buildSite(content: content, out: out).output)
        #expect(summary.removed == ["noordrand/privacy/index.html"])
        for gone in ["noordrand/achtergebleven/index.html", "noordrand/achtergebleven", "zwerfbestand.txt", "noordrand/privacy/index.html"] {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(gone).path), "\(gone) went live")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("noordrand/index.html").path))
    }
}

import Foundation
import Testing
@testable import HuisKit

/// The first rebuild after a build from scratch finds no staging tree and
/// mirrors the live site: same folders, every file a hard link, the live site
/// only read.
@Suite struct StagingMirrorTests {
    static func inode(_ url: URL) -> UInt64? {
        OutputTree.identity(url.path).map(\.inode)
    }

    @Test func theMirrorHasEveryFolderAndLinksEveryFile() throws {
        let dir = try TemporaryFolder()
        try dir.write("public/index.html", "<p>start</p>")
        try dir.write("public/a/b/c/index.html", "<p>diep</p>")
        try dir.write("public/a/.hidden", "verborgen")
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("public/leeg"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("public/link").path, withDestinationPath: "index.html")
        let live = dir.url.appendingPathComponent("public")
        let before = SiteSnapshot(live)

        let mirror = try #require(StagingMirror.start(for: live))
        let made = try #require(mirror.wait())
        #expect(made.folders.sorted() == ["a", "a/b", "a/b/c", "leeg"])
        #expect(made.files.sorted() == ["a/.hidden", "a/b/c/index.html", "index.html"])
        let staged = dir.url.appendingPathComponent("public.huis-next")
        for file in made.files {
            #expect(Self.inode(staged.appendingPathComponent(file)) == Self.inode(live.appendingPathComponent(file)), "\(file)")
        }
        // Symbolic links are someone else's: the commit carries them over.
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: staged.appendingPathComponent("link").path)) == nil)
        let after = SiteSnapshot(live)
        #expect(after == before)
        #expect(after.mtimes == before.mtimes)
    }

    @Test func thereIsNothingToMirrorWithoutALiveSiteOrWithAStagingTree() throws {
        let dir = try TemporaryFolder()
        #expect(StagingMirror.start(for: dir.url.appendingPathComponent("public")) == nil)
        try dir.write("public/index.html", "nieuw")
        try dir.write("public.huis-next/index.html", "oud")
        #expect(StagingMirror.start(for: dir.url.appendingPathComponent("public")) == nil)
        #expect(try dir.read("public.huis-next/index.html") == "oud")
    }

    @Test func aRebuildThroughTheMirrorKeepsUnchangedFilesAndTheirTimes() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        let staged = dir.url.appendingPathComponent("public.huis-next")
        #expect(!buildSite(content: content, out: out).hasErrors)
        #expect(!FileManager.default.fileExists(atPath: staged.path))
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        SiteSnapshot.age(out, to: old)
        try dir.write("public/CNAME", "huisvanhetkind.example\n")
        try FileManager.default.removeItem(at: content.appendingPathComponent("regions/noordrand/pages/privacy.md"))
        try dir.write("content/regions/zuiderkempen/news/nieuwe-uren.md",
                      try dir.read("content/regions/zuiderkempen/news/nieuwe-uren.md").replacingOccurrences(of: "Meer info bij", with: "Alle info bij"))

        let summary = try #require(buildSite(content: content, out: out).output)
        #expect(summary.removed == ["noordrand/privacy/index.html"])
        #expect(summary.paths(.changed).contains("zuiderkempen/nieuws/nieuwe-uren/index.html"))
        let site = SiteSnapshot(out)
        #expect(site.files["noordrand/privacy/index.html"] == nil)
        #expect(site.files["CNAME"] == Data("huisvanhetkind.example\n".utf8))
        #expect(site.mtimes["zuiderkempen/partners/speelotheek/index.html"] == old)
        #expect(site.mtimes["zuiderkempen/nieuws/nieuwe-uren/index.html"] != old)
        // The staging tree is now the previous site, complete.
        #expect(try dir.read("public.huis-next/noordrand/privacy/index.html").contains("<html"))

        #expect(!buildSite(content: content, out: dir.url.appendingPathComponent("fresh")).hasErrors)
        try FileManager.default.removeItem(at: out.appendingPathComponent("CNAME"))
        #expect(SiteSnapshot(out) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
    }

    @Test func aFailedRebuildLeavesTheLiveSiteAndAUsableMirror() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        let before = SiteSnapshot(out)
        try dir.write("content/regions/noordrand/news/kapot.md", "---\ntitle: Kapot\ndate: morgen\n---\n")
        #expect(buildSite(content: content, out: out).hasErrors)
        let after = SiteSnapshot(out)
        #expect(after == before)
        #expect(after.mtimes == before.mtimes)
        #expect(SiteSnapshot(dir.url.appendingPathComponent("public.huis-next")) == before)

        try FileManager.default.removeItem(at: content.appendingPathComponent("regions/noordrand/news/kapot.md"))
        try dir.write("content/regions/noordrand/news/heel.md", "---\ntitle: Heel\ndate: 2026-02-01\nsummary: Iets nieuws.\n---\nNieuw.\n")
        #expect(!buildSite(content: content, out: out).hasErrors)
        #expect(!buildSite(content: content, out: dir.url.appendingPathComponent("fresh")).hasErrors)
        #expect(SiteSnapshot(out) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
    }

    /// The transaction writes while the mirror still links: whatever the
    /// interleaving, changed files are new, unchanged ones are the live files
    /// (same inode, same time) and removed ones are gone.
    @Test func aTransactionWritesWhileTheMirrorLinks() throws {
        for round in 0..<4 {
            let dir = try TemporaryFolder()
            let out = dir.url.appendingPathComponent("public")
            let paths = (0..<2400).map { "r\($0 % 3)/p\($0 / 3)/index.html" }
            let first = try OutputTransaction(output: out)
            for path in paths { try first.write(path, "oud \(path)") }
            _ = try first.commit()
            let before = Dictionary(uniqueKeysWithValues: paths.map { ($0, OutputTree.identity(out.appendingPathComponent($0).path)!.inode) })

            let mirror = try #require(StagingMirror.start(for: out))
            let second = try OutputTransaction(output: out, mirror: mirror)
            // Work from the end of the tree, which the mirror reaches last, and from the start.
            let order = round % 2 == 0 ? paths.reversed() : paths
            Array(order).parallelMap { path -> Bool in
                let n = Int(path.split(separator: "p")[1].dropLast(11))!
                if n % 10 == 0 { return false }  // removed
                if n % 7 == 0 { try? second.write(path, "nieuw \(path)"); return true }
                return (try? second.keepIfUnchanged(path)) ?? false
            }.forEach { _ in }
            let summary = try second.commit()
            for path in paths {
                let n = Int(path.split(separator: "p")[1].dropLast(11))!
                let file = out.appendingPathComponent(path)
                if n % 10 == 0 {
                    #expect(!FileManager.default.fileExists(atPath: file.path), "\(path) should be gone")
                } else if n % 7 == 0 {
                    #expect(try String(contentsOf: file, encoding: .utf8) == "nieuw \(path)")
                    #expect(summary.changes[path] == .changed)
                } else {
                    #expect(OutputTree.identity(file.path)?.inode == before[path], "\(path) was not kept")
                }
            }
        }
    }

    /// Files kept while the mirror runs are left to it; whatever it did not
    /// link (it stopped early) the commit links.
    @Test func keptFilesTheMirrorDidNotLinkAreLinkedAtTheCommit() throws {
        for stoppedEarly in [true, false] {
            let dir = try TemporaryFolder()
            let out = dir.url.appendingPathComponent("public")
            let first = try OutputTransaction(output: out)
            for path in ["index.html", "a/index.html", "a/b/index.html", "c/index.html"] { try first.write(path, "oud \(path)") }
            _ = try first.commit()
            let inode = { (path: String) in OutputTree.identity(out.appendingPathComponent(path).path)?.inode }
            let before = ["index.html", "a/index.html", "a/b/index.html"].map(inode)

            // A mirror that linked only one file, or none and stopped.
            let made = StagingMirror.Made(folders: [], files: stoppedEarly ? [] : ["index.html"])
            let mirror = try StagingMirror.finished(for: out, made: stoppedEarly ? nil : made)
            if !stoppedEarly {
                #expect(link(out.appendingPathComponent("index.html").path, dir.url.appendingPathComponent("public.huis-next/index.html").path) == 0)
            }
            let second = try OutputTransaction(output: out, mirror: mirror)
            #expect(try second.keepIfUnchanged("index.html"))
            #expect(try second.keepIfUnchanged("a/index.html"))
            try second.write("a/b/index.html", "oud a/b/index.html")  // the same bytes: kept
            try second.write("c/index.html", "nieuw")
            let summary = try second.commit()
            #expect(["index.html", "a/index.html", "a/b/index.html"].map(inode) == before)
            #expect(try String(contentsOf: out.appendingPathComponent("c/index.html"), encoding: .utf8) == "nieuw")
            #expect(summary.paths(.unchanged) == ["a/b/index.html", "a/index.html", "index.html"])
        }
    }
}

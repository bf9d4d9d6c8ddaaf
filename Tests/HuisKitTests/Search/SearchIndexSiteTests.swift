import Foundation
import Testing
@testable import HuisKit

/// The index in a real build of the fixture network.
@Suite struct SearchIndexSiteTests {
    static func index(_ region: String) throws -> SearchIndex {
        let folder = FixtureSite.shared.folder.appendingPathComponent("\(region)/zoekindex")
        return try SearchIndexReader.read { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw SearchIndexReader.FormatError(description: "no \(name) in \(folder.path)")
            }
            return Array(data)
        }
    }

    @Test func everythingPublishedIsIndexed() throws {
        let zuiderkempen = try Self.index("zuiderkempen")
        let kinds = Dictionary(grouping: zuiderkempen.cards, by: \.kind).mapValues { $0.map(\.title) }
        #expect(kinds[.partner]?.sorted() == ["CAW Kempen", "Consultatiebureau Kind & Gezin", "Speelotheek De Knikker"])
        #expect(kinds[.page]?.sorted() == ["Contact", "Over ons"])
        #expect(kinds[.news] == ["Nieuwe openingsuren"])
        #expect(kinds[.event] == ["Voorleesuur"])
        #expect(kinds[.location] == ["Bibliotheek Bergdorp"])
        let location = try #require(zuiderkempen.cards.first { $0.kind == .location })
        #expect(location.path == "contact/index.html#bibliotheek")
    }

    @Test func networkPartnersAreInEveryRegionTheyServe() throws {
        let noordrand = try Self.index("noordrand").cards.map(\.title)
        #expect(noordrand.contains("Consultatiebureau Kind & Gezin"))
        #expect(!noordrand.contains("CAW Kempen"), "the CAW serves Zuiderkempen only")
    }

    @Test func pastEventsStayFindable() throws {
        // Built at 2026-03-01; at 2026-06-01 the Voorleesuur (4 March) is over.
        let folder = try TemporaryFolder()
        let result = FixtureSite.build(into: folder.url.appendingPathComponent("public"), now: LocalDateTime(iso: "2026-06-01 10:00")!)
        #expect(!result.hasErrors)
        let manifest = try String(contentsOf: folder.url.appendingPathComponent("public/zuiderkempen/zoekindex/index.js"), encoding: .utf8)
        #expect(manifest.hasPrefix("huisZoekindex(\"index\",{\"format\":1,"))
        let files = folder.url.appendingPathComponent("public/zuiderkempen/zoekindex")
        let index = try SearchIndexReader.read { Array(FileManager.default.contents(atPath: files.appendingPathComponent($0).path) ?? Data()) }
        #expect(index.cards.first { $0.title == "Voorleesuur" }?.kind == .pastEvent)
    }

    @Test func rebuildsInSeparateProcessesWriteIdenticalIndexFiles() throws {
        let folder = try TemporaryFolder()
        var snapshots: [[String: Data]] = []
        for run in 0..<2 {
            let out = folder.url.appendingPathComponent("run\(run)")
            let process = Process()
            process.executableURL = TestPaths.huisExecutable
            process.arguments = ["build", "--content", TestPaths.fixtures.appendingPathComponent("network").path,
                                 "--theme", TestPaths.packageRoot.appendingPathComponent("themes/default").path,
                                 "--out", out.path, "--now", "2026-03-01"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            // Each process hashes with its own random seed, so dictionary order differs between them.
            snapshots.append(SiteSnapshot(out).files.filter { $0.key.contains("/zoekindex/") })
        }
        #expect(snapshots[0].count > 8)
        #expect(snapshots[0] == snapshots[1])
    }
}

import Foundation
import Testing
@testable import HuisKit

/// A build killed with SIGKILL at any moment leaves either the old site or the
/// new one, complete: never a mix, never a half-written file.
@Suite(.serialized) struct AtomicOutputTests {
    /// A network big enough that a build takes a while, so kills land in
    /// every phase (reading, rendering, writing, swapping).
    static func makeNetwork(in dir: TemporaryFolder, partners: Int, titleSuffix: String) throws {
        try dir.write("content/site.md", "---\ntitle: Netwerk\n---\n")
        for region in ["noord", "zuid"] {
            try dir.write("content/regions/\(region)/region.md", "---\ntitle: Huis \(region)\nmunicipalities: [A, B]\n---\nWelkom.\n")
            for i in 0..<partners {
                try dir.write("content/regions/\(region)/partners/p\(i).md", """
                ---
                title: Partner \(i) \(titleSuffix)
                summary: Helpt gezinnen met vraag \(i).
                ages: [\(["zwanger", "0-3", "3-6", "6-12", "12-18", "18-24"][i % 6])]
                topics: [\(["gezondheid", "opvoeding", "kinderopvang"][i % 3])]
                ---
                ## Wat

                Tekst over partner \(i). Zie ook [partner \((i + 1) % partners)](p\((i + 1) % partners).md).

                """)
            }
        }
    }

    @Test func aKilledBuildLeavesTheOldOrTheNewSite() throws {
        let dir = try TemporaryFolder()
        let out = dir.url.appendingPathComponent("public")
        let theme = TestPaths.packageRoot.appendingPathComponent("themes/default").path
        let huis = TestPaths.huisExecutable
        #expect(FileManager.default.isExecutableFile(atPath: huis.path), "build huis first: \(huis.path)")

        func build(wait: Bool = true) throws -> Process {
            let process = Process()
            process.executableURL = huis
            process.arguments = ["build", "--content", "content", "--out", "public", "--theme", theme, "--now", "2026-03-01"]
            process.currentDirectoryURL = dir.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if wait { process.waitUntilExit() }
            return process
        }

        try Self.makeNetwork(in: dir, partners: 200, titleSuffix: "oud")
        let started = Date()
        #expect(try build().terminationStatus == 0)
        let duration = Date().timeIntervalSince(started)
        let oldSite = SiteSnapshot(out)
        try Self.makeNetwork(in: dir, partners: 200, titleSuffix: "nieuw")
        let saved = dir.url.appendingPathComponent("old-public")
        try FileManager.default.copyItem(at: out, to: saved)
        #expect(try build().terminationStatus == 0)
        let newSite = SiteSnapshot(out)
        #expect(oldSite != newSite)

        var generator = SystemRandomNumberGenerator()
        var sawOld = 0, sawNew = 0
        for attempt in 0..<24 {
            try FileManager.default.removeItem(at: out)
            try FileManager.default.copyItem(at: saved, to: out)
            let process = try build(wait: false)
            // Spread the kills over the whole build, with a few right at the start and end.
            let fraction = attempt < 2 ? 0.0 : attempt < 4 ? 1.2 : Double.random(in: 0...1.1, using: &generator)
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = SiteSnapshot(out)
            if now == oldSite { sawOld += 1 } else if now == newSite { sawNew += 1 } else {
                Issue.record("attempt \(attempt) (kill at \(Int(fraction * 100))% of the build) left a mixed site")
            }
        }
        #expect(sawOld + sawNew == 24)
        // The next build repairs whatever the killed one left in the staging tree.
        #expect(try build().terminationStatus == 0)
        #expect(SiteSnapshot(out) == newSite)
    }
}

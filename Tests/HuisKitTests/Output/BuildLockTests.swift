import Foundation
import Testing
@testable import HuisKit

/// Two builds into one output folder never run at the same time: the second
/// stops at once with a clear message and leaves everything as it was.
@Suite struct BuildLockTests {
    @Test func aSecondLockOnTheSameOutputIsRefusedAndNamesTheHolder() throws {
        let dir = try TemporaryFolder()
        let out = dir.url.appendingPathComponent("public")
        let first = try BuildLock(for: out)
        defer { withExtendedLifetime(first) {} }
        #expect {
            _ = try BuildLock(for: out)
        } throws: { error in
            guard case BuildLock.Failure.busy(let holder) = error else { return false }
            return holder == getpid()
        }
        // Another output folder has a lock of its own.
        _ = try BuildLock(for: dir.url.appendingPathComponent("elders"))
    }

    @Test func theLockIsFreeAgainWhenItsHolderIsGone() throws {
        let dir = try TemporaryFolder()
        let out = dir.url.appendingPathComponent("public")
        do {
            let first = try BuildLock(for: out)
            withExtendedLifetime(first) {}
        }
        _ = try BuildLock(for: out)
    }

    @Test func anOutputInFoldersThatDoNotExistYetIsMade() throws {
        let site = try copyOfFixtureNetwork()
        let out = site.url.appendingPathComponent("sites/nieuw/public")
        let result = buildSite(content: site.url.appendingPathComponent("content"), out: out)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func aBuildWhileAnotherRunsChangesNothingAndSaysWhy() throws {
        let site = try copyOfFixtureNetwork()
        let content = site.url.appendingPathComponent("content"), out = site.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        SiteSnapshot.age(out)
        let before = SiteSnapshot(out)
        // The fixture is edited, so a build that ran would change the site.
        try site.write("content/regions/noordrand/pages/privacy.md", "---\ntitle: Privacy\nmenu: 2\n---\nAnders.\n")

        do {
            let running = try BuildLock(for: out)
            defer { withExtendedLifetime(running) {} }
            let refused = buildSite(content: content, out: out)
            #expect(refused.outputFailed)
            #expect(refused.output == nil)
            let message = refused.diagnostics.first { $0.severity == .error }
            #expect(message?.message.hasPrefix("another huis build is writing this output (process \(getpid()))") == true)
            #expect(message?.hint?.contains("Wait until that build has finished") == true)
            #expect(SiteSnapshot(out).mtimes == before.mtimes)
        }
        let after = buildSite(content: content, out: out)
        #expect(!after.hasErrors && !after.outputFailed)
        #expect(after.output?.paths(.changed).contains("noordrand/privacy/index.html") == true)
    }
}

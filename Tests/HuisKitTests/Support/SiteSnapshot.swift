import Foundation
@testable import HuisKit

/// Every file of a folder with its bytes and modification time, to compare
/// builds.
struct SiteSnapshot: Equatable {
    var files: [String: Data]
    var mtimes: [String: Date]

    init(_ folder: URL) {
        var files: [String: Data] = [:]
        var mtimes: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey])
        let root = folder.standardizedFileURL.path
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            files[path] = FileManager.default.contents(atPath: url.path)
            mtimes[path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
        }
        self.files = files
        self.mtimes = mtimes
    }

    static func == (a: SiteSnapshot, b: SiteSnapshot) -> Bool { a.files == b.files }

    /// Sets every file's modification time to a fixed moment in the past, so a
    /// rewrite shows.
    static func age(_ folder: URL, to date: Date = Date(timeIntervalSince1970: 1_000_000_000)) {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            try? FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
        }
    }
}

/// A copy of the fixture network in a temporary folder, to change in tests.
func copyOfFixtureNetwork(reversed: Bool = false) throws -> TemporaryFolder {
    let dir = try TemporaryFolder()
    let source = TestPaths.fixtures.appendingPathComponent("network")
    var paths = FixtureSite.files(in: source)
    if reversed { paths.reverse() }
    for path in paths {
        let target = dir.url.appendingPathComponent("content/" + path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
    }
    return dir
}

func buildSite(content: URL, out: URL, now: String = "2026-03-01 10:00", regions: [String]? = nil) -> BuildResult {
    SiteBuilder.build(BuildOptions(content: content, contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: out, regions: regions, now: LocalDateTime(iso: now)!))
}

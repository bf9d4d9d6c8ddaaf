import Foundation
import Testing
@testable import HuisKit

/// Walking a tree on all cores finds what walking it on one finds, parents
/// before children.
@Suite struct OutputTreeTests {
    @Test func aParallelWalkFindsEveryEntryParentsFirst() throws {
        let dir = try TemporaryFolder()
        for path in ["index.html", ".huis-manifest.json", "r/index.html", "r/p/a/index.html", "r/p/b/index.html",
                     "r/p/b/c/d/e.txt", "s/x/y.js", "s/.hidden/z", "t/one.css"] {
            try dir.write("out/" + path, path)
        }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("out/r/empty/inner"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.url.appendingPathComponent("out/r/p/link").path, withDestinationPath: "a")
        let root = dir.url.appendingPathComponent("out").path
        let one = OutputTree.entries(under: root)
        let all = OutputTree.entriesInParallel(under: root)
        #expect(Set(all.map { "\($0.path) \($0.type)" }) == Set(one.map { "\($0.path) \($0.type)" }))
        #expect(all.count == one.count)
        var seen: Set<String> = []
        for entry in all {
            if let slash = entry.path.lastIndex(of: "/") { #expect(seen.contains(String(entry.path[..<slash])), "\(entry.path)") }
            seen.insert(entry.path)
        }
        #expect(all.contains { $0.path == "r/p/link" && $0.type == .symlink })
        #expect(all.contains { $0.path == "r/empty/inner" && $0.type == .folder })
    }
}

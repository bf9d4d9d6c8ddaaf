import Foundation
import Testing
@testable import HuisKit

/// The build cache is a folder of parts: a rebuild rewrites only the parts
/// whose entries changed, and a part that cannot be used (damaged, cut short,
/// from another program) only means that its work is done again.
@Suite struct CachePartsTests {
    static let partner = "regions/zuiderkempen/partners/speelotheek.md"

    func build(_ dir: TemporaryFolder, out: String = "public", regions: [String]? = nil, force: Bool = false) -> BuildResult {
        var options = BuildOptions(content: dir.url.appendingPathComponent("content"), contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: dir.url.appendingPathComponent(out), regions: regions,
                                   now: LocalDateTime(iso: "2026-03-01 10:00")!)
        options.force = force
        return SiteBuilder.build(options)
    }

    /// Part name → inode: a part written again is a new file.
    func parts(_ dir: TemporaryFolder) throws -> [String: UInt64] {
        let folder = dir.url.appendingPathComponent("public.huis-cache")
        var parts: [String: UInt64] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            parts[name] = try #require(OutputTree.identity(folder.appendingPathComponent(name).path)).inode
        }
        return parts
    }

    func sameAsFromScratch(_ dir: TemporaryFolder) {
        #expect(!build(dir, out: "fresh", force: true).hasErrors)
        #expect(SiteSnapshot(dir.url.appendingPathComponent("public")) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
    }

    @Test func aRebuildRewritesOnlyThePartsWhoseEntriesChanged() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir).hasErrors)
        let before = try parts(dir)
        #expect(before.keys.contains("pages"))
        #expect(before.keys.contains { $0.hasPrefix("analyses-noordrand-") })
        try BuildCacheTests.edits[0].apply(dir)
        let result = build(dir)
        #expect(!result.hasErrors)
        let after = try parts(dir)
        #expect(Set(before.keys).isSubset(of: after.keys))
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        let shard = BuildCache.bodiesPart(CachePart.shard(Self.partner, of: BuildCache.bodyShards))
        let partnerShard = BuildCache.partnersPart(CachePart.shard(Self.partner, of: BuildCache.partnerShards))
        #expect(rewritten.isSuperset(of: [shard, partnerShard, "pages"]))
        // The partner's search document has a new key: it leaves one shard and joins another.
        let others = rewritten.subtracting([shard, partnerShard, "pages"])
        #expect(others.allSatisfy { $0.hasPrefix("analyses-zuiderkempen-") }, "\(others)")
        #expect(others.count <= 2)
        sameAsFromScratch(dir)
    }

    @Test func aDamagedOrCutShortPartIsIgnoredAndWrittenAgain() throws {
        let dir = try copyOfFixtureNetwork()
        let first = build(dir)
        #expect(!first.hasErrors)
        let folder = dir.url.appendingPathComponent("public.huis-cache")
        let shard = folder.appendingPathComponent(BuildCache.bodiesPart(CachePart.shard(Self.partner, of: BuildCache.bodyShards)))
        let bytes = try Data(contentsOf: shard)
        try bytes.dropLast(7).write(to: shard)
        let analyses = try #require(try parts(dir).keys.filter { $0.hasPrefix("analyses-zuiderkempen-") }.sorted().first)
        var damaged = try Data(contentsOf: folder.appendingPathComponent(analyses))
        damaged[damaged.count - 3] ^= 0x20
        try damaged.write(to: folder.appendingPathComponent(analyses))

        try BuildCacheTests.edits[3].apply(dir)  // a news item's body, in another shard
        let second = build(dir)
        #expect(!second.hasErrors, "\(second.diagnostics)")
        sameAsFromScratch(dir)
        // Both parts were written again and can be read: the next rebuild
        // takes over every body but the edited one.
        let program = "huis \(HuisCommandLine.version) " + BuildFingerprint.executableStamp()
        for name in [shard.lastPathComponent, analyses] {
            guard case .payload = CachePart.read(folder.appendingPathComponent(name).path, name: name, program: program) else {
                Issue.record("\(name) was not written again"); continue
            }
        }
        try BuildCacheTests.replace("content/regions/zuiderkempen/news/nieuwe-uren.md", "Alle info bij", "Meer info bij")(dir)
        let third = build(dir)
        #expect(second.reusedBodies > 0)
        #expect(second.reusedBodies < third.reusedBodies)
        sameAsFromScratch(dir)
    }

    @Test func theWholeCacheDamagedMeansAllWorkAgain() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir).hasErrors)
        let folder = dir.url.appendingPathComponent("public.huis-cache")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            let bytes = try Data(contentsOf: url)
            try bytes.prefix(bytes.count / 2).write(to: url)
        }
        try BuildCacheTests.edits[0].apply(dir)
        let result = build(dir)
        #expect(!result.hasErrors)
        #expect(result.reusedBodies == 0)
        #expect(result.renderedPages > 20)
        sameAsFromScratch(dir)
    }

    @Test func anOlderSingleFileCacheIsReplacedByTheFolder() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir).hasErrors)
        let folder = dir.url.appendingPathComponent("public.huis-cache")
        try FileManager.default.removeItem(at: folder)
        try Data("huis-cache and more".utf8).write(to: folder)
        try BuildCacheTests.edits[0].apply(dir)
        let result = build(dir)
        #expect(!result.hasErrors)
        #expect(result.reusedBodies == 0)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
        sameAsFromScratch(dir)
        try BuildCacheTests.edits[3].apply(dir)
        #expect(build(dir).reusedBodies > 10)
    }

    @Test func buildingOneRegionKeepsTheOtherRegionsAnalyses() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir).hasErrors)
        let before = try parts(dir).filter { $0.key.hasPrefix("analyses-noordrand-") }
        #expect(!before.isEmpty)
        try BuildCacheTests.edits[0].apply(dir)
        #expect(!build(dir, regions: ["zuiderkempen"]).hasErrors)
        #expect(try parts(dir).filter { $0.key.hasPrefix("analyses-noordrand-") } == before)
    }

    @Test func aPartIsReadOnlyByTheProgramAndUnderTheNameItWasWrittenFor() throws {
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("pages").path
        guard case .missing = CachePart.read(path, name: "pages", program: "huis 1") else { Issue.record("a missing part"); return }
        let payload = BuildCache.encodePages([("a/index.html", "1234"), ("b/index.html", "5678")], manifest: "abcd")
        try CachePart.write(path, name: "pages", program: "huis 1", digest: "d1", payload: payload)
        guard case .payload(let digest, var reader) = CachePart.read(path, name: "pages", program: "huis 1") else {
            Issue.record("the part cannot be read back"); return
        }
        #expect(digest == "d1")
        let (pages, manifest) = try BuildCache.decodePages(&reader)
        #expect(pages == ["a/index.html": "1234", "b/index.html": "5678"])
        #expect(manifest == "abcd")
        #expect(reader.isAtEnd)
        guard case .unusable = CachePart.read(path, name: "pages", program: "huis 2") else { Issue.record("another program"); return }
        guard case .unusable = CachePart.read(path, name: "bodies-1", program: "huis 1") else { Issue.record("another name"); return }
    }

    @Test func shortStringsAreWrittenOnceAndReadBackByNumber() throws {
        var writer = BinaryWriter()
        let words = ["kind", "kinderen", "kind", "opvoeding", "kind", String(repeating: "lang", count: 10), "kinderen"]
        for word in words { writer.write(word) }
        var plain = BinaryWriter()
        plain.write(["kind", "kinderen", "opvoeding", String(repeating: "lang", count: 10)])
        #expect(writer.bytes.count < plain.bytes.count + 8)
        var reader = BinaryReader(writer.bytes)
        for word in words { #expect(try reader.readString() == word) }
        #expect(reader.isAtEnd)
        // Thousands of strings (the table grows), ones that differ only in
        // length or in their last byte, and strings just over the limit.
        var many = BinaryWriter()
        let strings = (0..<5000).map { "w\($0 * 7919)" } + ["a", "a\u{0}", "a\u{0}\u{0}", "", String(repeating: "x", count: 24),
                                                            String(repeating: "x", count: 23) + "y", String(repeating: "x", count: 25)]
        for string in strings + strings.reversed() { many.write(string) }
        var manyReader = BinaryReader(many.bytes)
        for string in strings + strings.reversed() { #expect(try manyReader.readString() == string) }
        #expect(manyReader.isAtEnd)
        // A number that was never given is damage.
        var bad = BinaryWriter()
        bad.write(UInt64(7))
        var badReader = BinaryReader(bad.bytes)
        #expect(throws: CacheError.self) { try badReader.readString() }
    }

    @Test func aPartsDigestIgnoresOrderButNotContent() {
        let entries = [("a.md", "1"), ("b.md", "2"), ("c.md", "3")]
        let digest = CachePart.digest(entries)
        #expect(CachePart.digest(entries.reversed()) == digest, "the order entries are held in does not count")
        #expect(CachePart.digest([("a.md", "1"), ("b.md", "2"), ("c.md", "4")]) != digest, "a key")
        #expect(CachePart.digest([("a.md", "1"), ("b.md", "2"), ("d.md", "3")]) != digest, "a name")
        #expect(CachePart.digest(entries.dropLast()) != digest, "an entry less")
        #expect(CachePart.digest(entries + [("c.md", "3")]) != digest, "an entry twice")
        #expect(CachePart.digest([("a.md1", ""), ("b.md", "2"), ("c.md", "3")]) != digest, "where a name ends")
        #expect(CachePart.digest([(String, String)]()) == CachePart.emptyDigest)
        #expect(CachePart.emptyDigest != CachePart.digest([("", "")]))
    }
}

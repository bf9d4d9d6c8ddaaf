import Foundation
import Testing
@testable import HuisKit

/// A rebuild that takes work over from the last build must give exactly the
/// bytes a build from scratch gives, whatever was edited.
@Suite struct BuildCacheTests {
    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let apply: @Sendable (TemporaryFolder) throws -> Void
    }

    static func replace(_ path: String, _ old: String, _ new: String) -> @Sendable (TemporaryFolder) throws -> Void {
        { dir in
            let text = try dir.read(path)
            precondition(text.contains(old), "\(path) does not contain \(old)")
            try dir.write(path, text.replacingOccurrences(of: old, with: new))
        }
    }

    static let edits: [Edit] = [
        Edit(description: "a partner's body", apply: replace("content/regions/zuiderkempen/partners/speelotheek.md", "Kom langs met je kind.", "Kom gerust langs.")),
        Edit(description: "a partner's summary", apply: replace("content/regions/zuiderkempen/partners/speelotheek.md", "Speelgoed lenen voor elke leeftijd.", "Speelgoed lenen.")),
        Edit(description: "a partner's ages", apply: replace("content/regions/zuiderkempen/partners/speelotheek.md", "ages: [0-3, 3-6, 6-12]", "ages: [3-6]")),
        Edit(description: "a news item's body", apply: replace("content/regions/zuiderkempen/news/nieuwe-uren.md", "Meer info bij", "Alle info bij")),
        Edit(description: "a partner's title", apply: replace("content/regions/zuiderkempen/partners/speelotheek.md", "Speelotheek De Knikker", "Speelotheek De Tol")),
        Edit(description: "a network partner's regions", apply: replace("content/partners/caw.md", "regions: [zuiderkempen]", "regions: all")),
        Edit(description: "the region settings", apply: replace("content/regions/zuiderkempen/region.md", "014 00 00 00", "014 99 99 99")),
        Edit(description: "the site settings", apply: replace("content/site.md", "label: Vrije tijd", "label: Vrijetijd")),
        Edit(description: "a page title in the menu", apply: replace("content/regions/zuiderkempen/pages/over-ons.md", "title: Over ons", "title: Wie zijn we")),
        Edit(description: "a location used by an event", apply: replace("content/regions/zuiderkempen/locations/bibliotheek.md", "Kerkplein 2", "Kerkplein 4")),
        Edit(description: "a heading that a link points to", apply: replace("content/regions/zuiderkempen/events/voorleesuur.md", "## Inschrijven", "## Inschrijven\n\n### Wanneer")),
        Edit(description: "a new partner", apply: { try $0.write("content/regions/noordrand/partners/bib.md", "---\ntitle: Bib\nsummary: Boeken lenen.\nages: all\n---\nKom lezen in de [bibliotheek](bib.md).\n") }),
        Edit(description: "a removed page", apply: { try FileManager.default.removeItem(at: $0.url.appendingPathComponent("content/regions/noordrand/pages/privacy.md")) }),
        Edit(description: "a document's size", apply: { try $0.write("content/regions/zuiderkempen/files/folder.pdf", String(repeating: "%PDF ", count: 400)) }),
    ]

    func build(_ dir: TemporaryFolder, out: String, now: String = "2026-03-01 10:00", force: Bool = false) -> BuildResult {
        var options = BuildOptions(content: dir.url.appendingPathComponent("content"), contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: dir.url.appendingPathComponent(out), now: LocalDateTime(iso: now)!)
        options.force = force
        return SiteBuilder.build(options)
    }

    @Test(arguments: edits)
    func aRebuildAfterAnEditEqualsABuildFromScratch(_ edit: Edit) throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir, out: "public").hasErrors)
        try edit.apply(dir)
        let incremental = build(dir, out: "public")
        #expect(!incremental.hasErrors, "\(incremental.diagnostics)")
        #expect(!build(dir, out: "fresh", force: true).hasErrors)
        let a = SiteSnapshot(dir.url.appendingPathComponent("public")), b = SiteSnapshot(dir.url.appendingPathComponent("fresh"))
        #expect(a.files.keys.sorted() == b.files.keys.sorted(), "\(edit)")
        for (path, data) in b.files where a.files[path] != data {
            Issue.record("after editing \(edit): \(path) differs from a build from scratch")
        }
    }

    @Test func aPartnersBodyEditRendersOnlyItsOwnPage() throws {
        let dir = try copyOfFixtureNetwork()
        let first = build(dir, out: "public")
        try Self.edits[0].apply(dir)
        let second = build(dir, out: "public")
        #expect(second.reusedBodies > 10)
        // Lists show partners as cards, which a body does not change; the
        // network index page is always made.
        #expect(first.renderedPages > 20)
        #expect(second.renderedPages == 2)
        #expect(second.output?.paths(.changed).contains("zuiderkempen/partners/speelotheek/index.html") == true)
        #expect(second.output?.paths(.changed).contains("zuiderkempen/partners.json") == false)
    }

    @Test func aPartnersSummaryEditRendersTheListsAgain() throws {
        let dir = try copyOfFixtureNetwork()
        _ = build(dir, out: "public")
        try Self.edits[1].apply(dir)
        let second = build(dir, out: "public")
        #expect(second.renderedPages > 2)
        let changed = second.output?.paths(.changed) ?? []
        #expect(changed.contains("zuiderkempen/partners/index.html"))
        #expect(changed.contains("zuiderkempen/partners.json"))
        #expect(changed.contains("partners.json"))
    }

    @Test func movingNowAcrossAnEventsEndEqualsABuildFromScratch() throws {
        let dir = try copyOfFixtureNetwork()
        _ = build(dir, out: "public", now: "2026-03-04 15:00")
        _ = build(dir, out: "public", now: "2026-03-04 16:00")
        _ = build(dir, out: "fresh", now: "2026-03-04 16:00", force: true)
        #expect(SiteSnapshot(dir.url.appendingPathComponent("public")) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let dir = try copyOfFixtureNetwork()
        _ = build(dir, out: "public")
        let folder = dir.url.appendingPathComponent("public.huis-cache")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try Data([1, 2, 3]).write(to: folder.appendingPathComponent(name))
        }
        try Self.edits[0].apply(dir)
        let result = build(dir, out: "public")
        #expect(!result.hasErrors)
        #expect(result.reusedBodies == 0)
        _ = build(dir, out: "fresh", force: true)
        #expect(SiteSnapshot(dir.url.appendingPathComponent("public")) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
    }

    /// The cache is saved while the commit runs; a cache whose site never
    /// went live (the commit failed) must not make the next build keep pages.
    @Test func aCacheSavedForASiteThatDidNotGoLiveIsNotTrusted() throws {
        let dir = try copyOfFixtureNetwork()
        let content = dir.url.appendingPathComponent("content"), out = dir.url.appendingPathComponent("public")
        #expect(!buildSite(content: content, out: out).hasErrors)
        try Self.replace("content/regions/zuiderkempen/partners/speelotheek.md", "Speelotheek De Knikker", "Speelotheek De Tol")(dir)
        #expect(!buildSite(content: content, out: out).hasErrors)
        let expected = SiteSnapshot(out)
        // As if that commit had failed: the first site is live again, the second build's cache stays.
        try DirectorySwap.exchange(OutputTransaction.stagingFolder(for: out.standardizedFileURL), out.standardizedFileURL)
        #expect(SiteSnapshot(out) != expected)
        #expect(!buildSite(content: content, out: out).hasErrors)
        #expect(SiteSnapshot(out) == expected)
    }

    @Test func valuesSurviveTheBinaryForm() throws {
        var writer = BinaryWriter()
        let diagnostic = Diagnostic.warning("crèche 👶 <b>", file: "a/b.md", at: SourcePosition(line: 3, column: 9), hint: nil, rule: "all-caps")
        writer.write(diagnostic)
        writer.write(-123_456_789)
        writer.write(UInt64.max)
        var reader = BinaryReader(writer.bytes)
        #expect(try reader.read(Diagnostic.self) == diagnostic)
        #expect(try reader.readInt() == -123_456_789)
        #expect(try reader.readUInt64() == UInt64.max)
        #expect(reader.isAtEnd)
        var short = BinaryReader(Array(writer.bytes.prefix(5)))
        #expect(throws: CacheError.self) { try short.read(Diagnostic.self) }
    }
}

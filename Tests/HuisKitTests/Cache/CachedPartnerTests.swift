import Foundation
import Testing
@testable import HuisKit

/// A partner file whose bytes and decoding context are unchanged is taken
/// from the build cache instead of being parsed and decoded: the result must
/// be the same partner, with the same findings, whatever was edited.
@Suite struct CachedPartnerTests {
    func build(_ dir: TemporaryFolder, out: String = "public", force: Bool = false) -> BuildResult {
        var options = BuildOptions(content: dir.url.appendingPathComponent("content"), contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: dir.url.appendingPathComponent(out), now: LocalDateTime(iso: "2026-03-01 10:00")!)
        options.force = force
        return SiteBuilder.build(options)
    }

    @Test func everyPartnerOfTheFixtureNetworkSurvivesTheBinaryForm() throws {
        let loaded = ContentLoader(root: TestPaths.fixtures.appendingPathComponent("network"), displayRoot: "network").load()
        let content = try #require(loaded.content)
        let partners = content.networkPartners + content.regions.flatMap(\.partners)
        #expect(partners.count >= 3)
        #expect(partners.contains { $0.hours != nil && $0.logo != nil && !$0.languages.isEmpty })
        for partner in partners {
            var writer = BinaryWriter()
            writer.write(partner)
            var reader = BinaryReader(writer.bytes)
            #expect(try reader.read(Partner.self) == partner, "\(partner.slug)")
            #expect(reader.isAtEnd)
        }
        #expect(loaded.partnerEntries.count == partners.count)
    }

    @Test func aRebuildTakesOverEveryPartnerButTheEditedOne() throws {
        let dir = try copyOfFixtureNetwork()
        let first = build(dir)
        #expect(first.reusedPartners == 0)
        try BuildCacheTests.edits[0].apply(dir)
        let second = build(dir)
        let partners = try #require(ContentLoader(root: dir.url.appendingPathComponent("content")).load().content)
        let count = partners.networkPartners.count + partners.regions.map(\.partners.count).reduce(0, +)
        #expect(second.reusedPartners == count - 1)
    }

    /// Edits to what decoding a partner depends on, outside its own file:
    /// each must give the findings and the site of a build from scratch.
    static let contextEdits: [BuildCacheTests.Edit] = [
        .init(description: "a municipality a partner names is dropped",
              apply: BuildCacheTests.replace("content/regions/zuiderkempen/region.md", "municipalities: [Bergdorp, Heidebeek]", "municipalities: [Bergdorp]")),
        .init(description: "the logo a partner shows is removed",
              apply: { try FileManager.default.removeItem(at: $0.url.appendingPathComponent("content/regions/zuiderkempen/files/logo.png")) }),
        .init(description: "a topic a partner names is renamed",
              apply: BuildCacheTests.replace("content/site.md", "id: vrije-tijd", "id: vrijetijd")),
        .init(description: "a region a network partner serves is removed",
              apply: { try FileManager.default.removeItem(at: $0.url.appendingPathComponent("content/regions/noordrand")) }),
    ]

    @Test(arguments: contextEdits)
    func aChangedContextReadsThePartnersAgain(_ edit: BuildCacheTests.Edit) throws {
        let dir = try copyOfFixtureNetwork()
        #expect(!build(dir).hasErrors)
        try edit.apply(dir)
        let rebuilt = build(dir)
        let fresh = build(dir, out: "fresh", force: true)
        #expect(rebuilt.diagnostics == fresh.diagnostics, "\(edit)")
        if !fresh.hasErrors {
            #expect(SiteSnapshot(dir.url.appendingPathComponent("public")) == SiteSnapshot(dir.url.appendingPathComponent("fresh")))
        }
    }

    @Test func aCachedPartnerKeepsItsFindingsAndSilencedRules() throws {
        let dir = try copyOfFixtureNetwork()
        try BuildCacheTests.replace("content/regions/zuiderkempen/partners/speelotheek.md", "logo_alt: Logo van de speelotheek",
                                    "logo_alt: Logo van de speelotheek\nlint:\n  ignore: [all-caps, no-such-rule]\nwebsite: x")(dir)
        let loader = ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content")
        let first = loader.load()
        #expect(first.diagnostics.contains { $0.message.contains("unknown lint rule 'no-such-rule'") })
        #expect(first.diagnostics.contains { $0.message.contains("unknown field 'website'") })
        #expect(first.lintIgnores.byFile["content/regions/zuiderkempen/partners/speelotheek.md"] == ["all-caps"])

        var cache = BuildCache(program: "test")
        cache.partners = first.partnerEntries
        let out = dir.url.appendingPathComponent("public")
        try cache.save(for: out)
        let second = loader.load(cache: BuildCache.load(for: out, program: "test"))
        #expect(second.reusedPartners == first.partnerEntries.count)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.lintIgnores == first.lintIgnores)
        #expect(second.content?.regions.map(\.partners) == first.content?.regions.map(\.partners))
        #expect(second.content?.networkPartners == first.content?.networkPartners)
    }
}

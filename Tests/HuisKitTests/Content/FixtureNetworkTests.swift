import Foundation
import Testing
@testable import HuisKit

/// The small fixture network under Tests/Fixtures/network: two regions, network
/// partners, every content kind. It must check clean, and decode as written.
@Suite struct FixtureNetworkTests {
    static let result = ContentChecker.check(ContentLoader(root: TestPaths.fixtures.appendingPathComponent("network"),
                                                           displayRoot: "network"))

    var content: Content { Self.result.content! }
    func region(_ id: String) -> RegionContent { content.region(id)! }

    @Test func checksCleanWithoutWarnings() {
        #expect(Self.result.diagnostics.map(DiagnosticFormatter.text) == [])
    }

    @Test func readsSiteSettingsWithDefaultAges() {
        #expect(content.site.title == "Huizen van het Kind (testnetwerk)")
        #expect(content.site.ages == AgeGroup.defaults)
        #expect(content.site.topics.map(\.id) == ["gezondheid", "opvoeding", "kinderopvang", "vrije-tijd"])
        #expect(content.site.synonyms == [["crèche", "kinderopvang", "kinderdagverblijf"], ["zwanger", "zwangerschap"]])
        #expect(content.site.allowUnsafeHTML == false)
    }

    @Test func resolvesNetworkPartnersRegions() throws {
        let partners = Dictionary(uniqueKeysWithValues: content.networkPartners.map { ($0.slug, $0) })
        #expect(partners["consultatiebureau"]?.scope == .network(regions: ["noordrand", "zuiderkempen"]))
        #expect(partners["caw"]?.scope == .network(regions: ["zuiderkempen"]))
        #expect(partners["caw"]?.ages == AgeGroup.defaults.map(\.id))
        #expect(partners["caw"]?.summary == "Hulp bij vragen over relaties, geld, wonen en geweld.")
    }

    @Test func decodesContactHoursAndLanguages() throws {
        let bureau = try #require(content.networkPartners.first { $0.slug == "consultatiebureau" })
        #expect(bureau.contact.phone?.telURI == "tel:+3278150100")
        #expect(bureau.contact.website?.absoluteString == "https://www.kindengezin.example/")
        let hours = try #require(bureau.hours)
        #expect(hours.schedule(on: .mon) == .open([.init(start: 540, end: 720)!, .init(start: 780, end: 990)!]))
        #expect(hours.schedule(on: .wed) == .appointment)
        #expect(hours.schedule(on: .fri) == .closed)
        #expect(hours.schedule(on: .sun) == .closed)
        #expect(hours.exceptions == [LocalDate(iso: "2026-12-25")!])
        #expect(bureau.languages.map(\.dutchName) == ["Nederlands", "Frans", "Engels"])
        #expect(bureau.updated == LocalDate(iso: "2026-01-10"))
    }

    @Test func decodesARegionAndItsEntries() throws {
        let zk = region("zuiderkempen")
        #expect(zk.region.municipalities == ["Bergdorp", "Heidebeek"])
        #expect(zk.region.colors.primary == HexColor("#0b5a8a"))
        #expect(zk.region.logo == "files/logo.png")
        #expect(zk.files == ["files/folder.pdf", "files/logo.png"])
        let speelotheek = try #require(zk.partners.first)
        #expect(speelotheek.scope == .local(region: "zuiderkempen"))
        #expect(speelotheek.municipalities == ["Heidebeek"])
        #expect(speelotheek.hours?.schedule(on: .sat) == .open([.init(start: 540, end: 720)!]))
        let event = try #require(zk.events.first)
        #expect(event.start == .moment(LocalDateTime(iso: "2026-03-04 14:00")!))
        #expect(event.place == .location(slug: "bibliotheek"))
        #expect(region("noordrand").events.first?.place == .text("Zaal De Schakel, Noordrand"))
        #expect(region("noordrand").locations.first?.municipality == "Noordrand")
        #expect(zk.pages.map(\.slug).sorted() == ["contact", "over-ons"])
        #expect(zk.news.first?.expires == LocalDate(iso: "2026-12-31"))
    }

    @Test func rendersBodiesWithLinksBetweenPages() throws {
        let bodies = try #require(Self.result.bodies)
        let speelotheek = try #require(bodies.byPath["regions/zuiderkempen/partners/speelotheek.md"])
        #expect(speelotheek.html.contains("<h2 id=\"speelgoed-lenen\">Speelgoed lenen</h2>"))
        #expect(speelotheek.html.contains("href=\"../../files/folder.pdf\""))
        #expect(speelotheek.html.contains("href=\"../../activiteiten/voorleesuur/index.html#inschrijven\""))
        #expect(speelotheek.html.contains("src=\"../../files/logo.png\""))
        let overOns = try #require(bodies.byPath["regions/zuiderkempen/pages/over-ons.md"])
        #expect(overOns.html.contains("href=\"../partners/consultatiebureau/index.html\""))
        let bureau = try #require(bodies.byPath["partners/consultatiebureau.md"])
        #expect(bureau.html.contains("<h2 id=\"wat-doen-we\">Wat doen we?</h2>"))
        #expect(bureau.html.contains("src") == false)
        #expect(bureau.html.contains("href=\"../../files/netwerk.png\""))
        let caw = try #require(bodies.byPath["partners/caw.md"])
        #expect(caw.html.contains("href=\"../consultatiebureau/index.html#wat-doen-we\""))
        let site = try #require(bodies.byPath["site.md"])
        #expect(site.html.contains("href=\"zuiderkempen/index.html\""))
        let home = try #require(bodies.byPath["regions/zuiderkempen/region.md"])
        #expect(home.html.contains("href=\"over-ons/index.html\""))
    }
}

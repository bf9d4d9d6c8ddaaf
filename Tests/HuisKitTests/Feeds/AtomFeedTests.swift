import Foundation
import Testing
@testable import HuisKit

@Suite struct AtomFeedTests {
    static let atom = "http://www.w3.org/2005/Atom"

    func feed(_ id: String = "tricky", now: LocalDateTime = FeedFixtures.now, maximum: Int = 50) throws -> String {
        let region = FeedFixtures.region(id, now: now)
        return try #require(AtomFeedWriter.feed(for: region, site: FeedFixtures.tricky.content!.site,
                                                bodies: FeedFixtures.tricky.bodies!, maximumEntries: maximum))
    }

    @Test func hasTheRequiredFeedElements() throws {
        let root = try ParsedXML.parse(try feed())
        #expect(root.name == "feed" && root.namespace == Self.atom)
        #expect(root.text(of: "id") == "https://tricky.example/feed.xml")
        #expect(root.text(of: "title") == "Nieuws van " + FeedFixtures.regionTitle)
        #expect(root.text(of: "updated") == "2026-03-29T00:00:00+01:00")
        let links = root.all("link").map { ($0.attributes["rel"] ?? "", $0.attributes["href"] ?? "") }
        #expect(links.contains { $0 == ("self", "https://tricky.example/feed.xml") })
        #expect(links.contains { $0 == ("alternate", "https://tricky.example/nieuws/") })
        #expect(root.first("author")?.text(of: "name") == FeedFixtures.regionTitle)
    }

    @Test func listsPublishedNewsNewestFirstWithStableIDs() throws {
        let entries = try ParsedXML.parse(try feed()).all("entry")
        #expect(entries.map { $0.text(of: "id") } == ["https://tricky.example/nieuws/lente/", "https://tricky.example/nieuws/winter/"])
        let first = try #require(entries.first)
        #expect(first.text(of: "title") == FeedFixtures.newsTitle)
        #expect(first.text(of: "published") == "2026-03-29T00:00:00+01:00")
        #expect(first.text(of: "updated") == "2026-03-29T00:00:00+01:00")
        #expect(first.text(of: "summary") == #"Samenvatting met <b>tags</b> & "quotes" 👶"#)
        #expect(first.first("author")?.text(of: "name") == FeedFixtures.regionTitle)
        #expect(first.all("category").map { $0.attributes["label"] } == ["0 tot 3 jaar", "Gezondheid"])
        #expect(first.first("link")?.attributes["href"] == "https://tricky.example/nieuws/lente/")
        // A summary falls back to the body text.
        #expect(entries.last?.text(of: "summary") == "Koud.")
    }

    @Test func carriesTheRenderedBodyAsHTMLWithABase() throws {
        let content = try #require(try ParsedXML.parse(try feed()).first("entry")?.first("content"))
        #expect(content.attributes["type"] == "html")
        // XML parsers differ in whether they keep the `xml:` prefix of the name.
        #expect((content.attributes["xml:base"] ?? content.attributes["base"]) == "https://tricky.example/nieuws/lente/")
        let lente = try #require(FeedFixtures.tricky.bodies?.byPath["regions/tricky/news/lente.md"])
        #expect(content.text == lente.html)
        #expect(content.text.contains("<code>&lt;/script&gt;</code>"))
        #expect(content.text.contains("href=\"../../partners/special/index.html\""))
    }

    @Test func summerDatesCarryTheSummerOffset() throws {
        let later = LocalDateTime(iso: "2026-07-02 08:00")!
        let root = try ParsedXML.parse(try feed(now: later))
        #expect(root.text(of: "updated") == "2026-07-01T00:00:00+02:00")
        #expect(root.all("entry").count == 3)
    }

    @Test func dependsOnTheNewsNotOnTheClock() throws {
        // Two moments with the same published news give the same bytes.
        #expect(try feed(now: LocalDateTime(iso: "2026-04-15 10:00")!) == feed(now: LocalDateTime(iso: "2026-06-30 23:59")!))
    }

    @Test func limitsTheNumberOfEntries() throws {
        let root = try ParsedXML.parse(try feed(maximum: 1))
        #expect(root.all("entry").count == 1)
        #expect(root.text(of: "updated") == "2026-03-29T00:00:00+01:00")
    }

    @Test func anEmptyFeedIsStillValid() throws {
        let root = try ParsedXML.parse(try feed(now: LocalDateTime(iso: "2025-12-01 10:00")!))
        #expect(root.all("entry").isEmpty)
        #expect(root.text(of: "updated") == "1970-01-01T00:00:00Z")
    }

    @Test func aRegionWithoutBaseURLHasNoFeed() {
        let region = FeedFixtures.region("zonder")
        #expect(!region.news.isEmpty)
        #expect(AtomFeedWriter.feed(for: region, site: FeedFixtures.tricky.content!.site,
                                    bodies: FeedFixtures.tricky.bodies!) == nil)
    }
}

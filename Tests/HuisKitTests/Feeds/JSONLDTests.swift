import Foundation
import Testing
@testable import HuisKit

@Suite struct JSONLDTests {
    static let region = FeedFixtures.region("tricky")
    static let builder = JSONLDBuilder(site: FeedFixtures.tricky.content!.site, region: region.region)

    /// Parses the text of a document as a JSON reader would.
    func parse(_ node: JSONLDNode) throws -> [String: Any] {
        let text = JSONLDBuilder.document([node])
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    var special: Partner { Self.region.partners.first { $0.slug == "special" }! }

    @Test func describesAPartnerAsAnOrganization() throws {
        let json = try parse(Self.builder.organization(special))
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "Organization")
        #expect(json["name"] as? String == FeedFixtures.partnerTitle)
        #expect(json["telephone"] as? String == "+3214000001")
        #expect(json["email"] as? String == "hallo@special.example")
        #expect(json["url"] as? String == "https://special.example/?a=1&b=2")
        #expect(json["knowsLanguage"] as? [String] == ["nl", "ar"])
        let address = try #require(json["address"] as? [String: String])
        #expect(address == ["@type": "PostalAddress", "streetAddress": "Dorpsstraat 3", "postalCode": "2490",
                            "addressLocality": "Heidebeek", "addressCountry": "BE"])
        let hours = try #require(json["openingHoursSpecification"] as? [[String: String]])
        #expect(hours.count == 4)
        #expect(hours[0] == ["@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Monday",
                             "opens": "09:00", "closes": "12:00"])
        #expect(hours[1]["opens"] == "13:00" && hours[1]["closes"] == "16:30")
        // Appointment-only Tuesday is left out; "until midnight" closes at 23:59.
        #expect(!hours.contains { $0["dayOfWeek"] == "https://schema.org/Tuesday" })
        #expect(hours[2] == ["@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Sunday",
                             "opens": "00:00", "closes": "23:59"])
        #expect(hours[3]["validFrom"] == "2026-12-25" && hours[3]["validThrough"] == "2026-12-25")
    }

    @Test func describesAnEventWithOffsetsAndAnOffer() throws {
        let event = try #require(Self.region.pastEvents.first { $0.slug == "timed" })
        let json = try parse(Self.builder.event(event, locations: Self.region.locations))
        #expect(json["@type"] as? String == "Event")
        #expect(json["name"] as? String == FeedFixtures.eventTitle)
        #expect(json["startDate"] as? String == "2026-03-29T14:00:00+02:00")
        #expect(json["endDate"] as? String == "2026-03-29T16:00:00+02:00")
        #expect(json["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        #expect(json["eventStatus"] as? String == "https://schema.org/EventScheduled")
        let location = try #require(json["location"] as? [String: Any])
        #expect(location["name"] as? String == FeedFixtures.locationTitle)
        #expect((location["address"] as? [String: String])?["postalCode"] == "2400")
        let organizer = try #require(json["organizer"] as? [String: Any])
        #expect(organizer["name"] as? String == FeedFixtures.regionTitle)
        let offer = try #require(json["offers"] as? [String: String])
        #expect(offer["price"] == "2.50" && offer["priceCurrency"] == "EUR" && offer["description"] == "€ 2,50")
        #expect(offer["url"] == "https://tricky.example/inschrijven?a=1&b=2")
    }

    @Test func allDayEventsUseDates() throws {
        let event = try #require(Self.region.upcomingEvents.first { $0.slug == "multiday" })
        let json = try parse(Self.builder.event(event, locations: Self.region.locations))
        #expect(json["startDate"] as? String == "2026-07-01")
        #expect(json["endDate"] as? String == "2026-07-03")
        #expect(json["offers"] == nil)
        let free = try #require(Self.region.upcomingEvents.first { $0.slug == "allday" })
        let offer = try #require(try parse(Self.builder.event(free, locations: []))["offers"] as? [String: String])
        #expect(offer["price"] == "0")
    }

    @Test func describesNewsAsANewsArticle() throws {
        let item = try #require(Self.region.news.first)
        let json = try parse(Self.builder.newsArticle(item))
        #expect(json["@type"] as? String == "NewsArticle")
        #expect(json["headline"] as? String == FeedFixtures.newsTitle)
        #expect(json["datePublished"] as? String == "2026-03-29T00:00:00+01:00")
        #expect((json["publisher"] as? [String: Any])?["name"] as? String == FeedFixtures.regionTitle)
        #expect(json["url"] as? String == "https://tricky.example/nieuws/lente/")
    }

    @Test func describesTheRegionAndItsPlaces() throws {
        let home = try parse(Self.builder.homeOrganization(description: "Welkom"))
        #expect(home["@type"] as? String == "Organization")
        #expect(home["alternateName"] as? String == "HvhK <&>")
        #expect((home["areaServed"] as? [[String: String]])?.map { $0["name"] } == ["Sint-Ëlooi", "Bree & Co"])
        #expect((home["address"] as? [String: String])?["streetAddress"] == #"Kerkstraat 1 "bis""#)
        let place = try parse(Self.builder.place(try #require(Self.region.locations.first)))
        #expect(place["@type"] as? String == "Place")
        #expect((place["openingHoursSpecification"] as? [[String: String]])?.first?["dayOfWeek"] == "https://schema.org/Tuesday")
    }

    @Test func buildsBreadcrumbsOnlyWithAnAddress() throws {
        let trail = [Breadcrumb(name: FeedFixtures.regionTitle, path: ""), Breadcrumb(name: "Partners", path: "partners/"),
                     Breadcrumb(name: FeedFixtures.partnerTitle, path: "partners/special/index.html")]
        let json = try parse(try #require(Self.builder.breadcrumbList(trail)))
        let items = try #require(json["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["position"] as? Int } == [1, 2, 3])
        #expect(items.map { $0["item"] as? String } == ["https://tricky.example/", "https://tricky.example/partners/",
                                                         "https://tricky.example/partners/special/"])
        #expect(items.last?["name"] as? String == FeedFixtures.partnerTitle)
        let without = JSONLDBuilder(site: FeedFixtures.tricky.content!.site, region: FeedFixtures.region("zonder").region)
        #expect(without.breadcrumbList(trail) == nil)
    }

    @Test func withoutAnAddressThereAreNoURLs() throws {
        let zonder = FeedFixtures.region("zonder")
        let builder = JSONLDBuilder(site: FeedFixtures.tricky.content!.site, region: zonder.region)
        let text = JSONLDBuilder.document([builder.event(zonder.upcomingEvents[0], locations: []),
                                           builder.newsArticle(zonder.news[0])])
        #expect(!text.contains("\"url\"") && !text.contains("@id"))
    }

    @Test func theScriptTagCannotBeClosedEarly() throws {
        let document = JSONLDBuilder.document([Self.builder.organization(special), Self.builder.homeOrganization()])
        let tag = JSONLDBuilder.scriptTag(document)
        let prefix = "<script type=\"application/ld+json\">"
        #expect(tag.hasPrefix(prefix) && tag.hasSuffix("</script>"))
        let inner = String(tag.dropFirst(prefix.count).dropLast("</script>".count))
        #expect(!inner.contains("<") && !inner.contains(">") && !inner.contains("&"))
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(inner.utf8)) as? [String: Any])
        let nodes = try #require(graph["@graph"] as? [[String: Any]])
        #expect(nodes.first?["name"] as? String == FeedFixtures.partnerTitle)
    }

    @Test func theScriptTagEscapesForeignJSONToo() throws {
        let tag = JSONLDBuilder.scriptTag(#"{"a":"</script><!-- & \\<"}"#)
        #expect(tag == #"<script type="application/ld+json">{"a":"\u003c/script\u003e\u003c!-- \u0026 \\\u003c"}</script>"#)
        let inner = tag.dropFirst("<script type=\"application/ld+json\">".count).dropLast("</script>".count)
        let object = try JSONSerialization.jsonObject(with: Data(inner.utf8)) as? [String: String]
        #expect(object == ["a": #"</script><!-- & \<"#])
    }
}

@Suite struct PageMetaTests {
    @Test func givesDescriptionAndOpenGraph() {
        let region = FeedFixtures.region("zuiderkempen", in: FeedFixtures.network)
        let tags = PageMeta.tags(title: "Nieuwe openingsuren", description: "Vanaf februari\n ook op woensdag.", kind: .article,
                                 path: "nieuws/nieuwe-uren/", region: region.region, site: FeedFixtures.network.content!.site,
                                 published: LocalDate(iso: "2026-02-01"))
        let pairs = tags.map { "\($0.attribute.rawValue) \($0.key)=\($0.content)" }
        #expect(pairs == [
            "name description=Vanaf februari ook op woensdag.",
            "property og:title=Nieuwe openingsuren",
            "property og:description=Vanaf februari ook op woensdag.",
            "property og:type=article",
            "property og:site_name=Huis van het Kind Zuiderkempen",
            "property og:locale=nl_BE",
            "property og:url=https://zuiderkempen.example/nieuws/nieuwe-uren/",
            "property og:image=https://zuiderkempen.example/files/logo.png",
            "property og:image:alt=Logo Huis van het Kind Zuiderkempen",
            "property article:published_time=2026-02-01T00:00:00+01:00",
        ])
    }

    @Test func leavesOutURLsWithoutAnAddressAndEmptyDescriptions() {
        let region = FeedFixtures.region("zonder")
        let tags = PageMeta.tags(title: FeedFixtures.regionTitle, description: "  ", kind: .website, path: "",
                                 region: region.region, site: FeedFixtures.tricky.content!.site)
        #expect(tags.map(\.key) == ["og:title", "og:type", "og:site_name", "og:locale"])
        #expect(tags.first?.content == FeedFixtures.regionTitle)
    }
}

/// JSON-LD is written straight as text: every document must be in the layout
/// `JSONValue` gives the same data (compact, sorted keys, HTML-safe escaping).
@Suite struct JSONLDLayoutTests {
    static func documents(_ result: ContentChecker.Result) -> [String] {
        let site = FeedFixtures.published(result)
        var documents: [String] = []
        for region in site.regions {
            let builder = JSONLDBuilder(site: site.site, region: region.region)
            var nodes = [builder.homeOrganization(), builder.homeOrganization(description: "Welkom <b>&</b>")]
            nodes += region.partners.map(builder.organization)
            nodes += region.locations.map(builder.place)
            nodes += (region.upcomingEvents + region.pastEvents).map { builder.event($0, locations: region.locations, bodyText: "Tekst") }
            nodes += region.news.map { builder.newsArticle($0) }
            nodes += [builder.breadcrumbList([Breadcrumb(name: "Home", path: ""), Breadcrumb(name: "A & <b>", path: "a/index.html")])]
                .compactMap { $0 }
            documents += nodes.map { JSONLDBuilder.document([$0]) }
            documents.append(JSONLDBuilder.document(nodes))
        }
        return documents
    }

    @Test(arguments: ["network", "tricky"])
    func everyDocumentIsInTheCanonicalLayout(_ fixture: String) throws {
        let documents = Self.documents(fixture == "network" ? FeedFixtures.network : FeedFixtures.tricky)
        #expect(documents.count > 10)
        for text in documents {
            #expect(try JSONTestParser.parse(text).serialized(.compactHTMLSafe) == text)
        }
    }

    @Test func theScriptElementIsTheTagOfTheDocument() {
        for nodes in [[JSONLDTests.builder.organization(JSONLDTests.region.partners[0])],
                      [JSONLDTests.builder.homeOrganization(description: "<b>&</b>"), JSONLDTests.builder.place(JSONLDTests.region.locations[0])]] {
            #expect(JSONLDBuilder.scriptElement(nodes) == JSONLDBuilder.scriptTag(JSONLDBuilder.document(nodes)))
        }
    }

    @Test func anEmptyListIsAnEmptyGraph() {
        #expect(JSONLDBuilder.document([]) == #"{"@context":"https://schema.org","@graph":[]}"#)
    }
}

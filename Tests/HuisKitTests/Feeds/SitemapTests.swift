import Foundation
import Testing
@testable import HuisKit

@Suite struct SitemapTests {
    static let sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9"

    func parsedSitemap(_ region: PublishedRegion, today: LocalDate) throws -> ParsedXML {
        let entries = SitemapEntry.contentEntries(of: region, today: today)
            + [.generated(SitePath.home), .generated(SitePath.partners), .generated("nieuws/index.html")]
        let xml = try #require(SitemapWriter.sitemap(entries, baseURL: region.region.baseURL))
        return try ParsedXML.parse(xml)
    }

    @Test func listsEveryPageWithCleanAbsoluteURLs() throws {
        let region = FeedFixtures.region("zuiderkempen", in: FeedFixtures.network)
        let root = try parsedSitemap(region, today: FeedFixtures.now.date)
        #expect(root.name == "urlset")
        #expect(root.namespace == Self.sitemapNamespace)
        let locs = root.all("url").compactMap { $0.text(of: "loc") }
        #expect(locs.count == root.all("url").count)
        #expect(locs == locs.sorted())
        #expect(locs.contains("https://zuiderkempen.example/"))
        #expect(locs.contains("https://zuiderkempen.example/partners/"))
        #expect(locs.contains("https://zuiderkempen.example/nieuws/"))
        #expect(locs.contains("https://zuiderkempen.example/partners/speelotheek/"))
        #expect(locs.contains("https://zuiderkempen.example/partners/caw/"))
        #expect(locs.contains("https://zuiderkempen.example/over-ons/"))
        #expect(locs.contains("https://zuiderkempen.example/activiteiten/voorleesuur/"))
        #expect(locs.allSatisfy { $0.hasPrefix("https://zuiderkempen.example/") && $0.hasSuffix("/") })
        #expect(!locs.contains { $0.contains("index.html") })
    }

    @Test func datesPagesFromTheirContent() throws {
        let region = FeedFixtures.region("tricky")
        let root = try parsedSitemap(region, today: FeedFixtures.now.date)
        var lastmod: [String: String] = [:]
        for url in root.all("url") {
            lastmod[url.text(of: "loc")!] = url.text(of: "lastmod") ?? "none"
        }
        #expect(lastmod["https://tricky.example/partners/special/"] == "2026-01-10")
        #expect(lastmod["https://tricky.example/partners/zonder-details/"] == "none")
        #expect(lastmod["https://tricky.example/nieuws/lente/"] == "2026-03-29")
        #expect(lastmod["https://tricky.example/activiteiten/timed/"] == "2026-03-29")
        // Future events and generated lists carry no date.
        #expect(lastmod["https://tricky.example/activiteiten/allday/"] == "none")
        #expect(lastmod["https://tricky.example/"] == "none")
        // Unpublished news and drafts are not pages.
        #expect(lastmod["https://tricky.example/nieuws/zomer/"] == nil)
        #expect(lastmod["https://tricky.example/activiteiten/concept/"] == nil)
    }

    @Test func mergesDuplicatesAndKeepsTheLatestDate() throws {
        let xml = try #require(SitemapWriter.sitemap([
            SitemapEntry(path: "b/", lastModified: LocalDate(iso: "2026-01-01")),
            SitemapEntry(path: "b/index.html", lastModified: LocalDate(iso: "2026-02-01")),
            SitemapEntry(path: "a/"),
            SitemapEntry(path: "index.html"),
        ], baseURL: WebURL("https://x.example/sub")))
        let urls = try ParsedXML.parse(xml).all("url")
        #expect(urls.map { $0.text(of: "loc") } == ["https://x.example/sub/", "https://x.example/sub/a/", "https://x.example/sub/b/"])
        #expect(urls.map { $0.text(of: "lastmod") } == [nil, nil, "2026-02-01"])
    }

    @Test func escapesTheAddressForXML() throws {
        let xml = try #require(SitemapWriter.sitemap([SitemapEntry(path: "x y/")], baseURL: WebURL("https://x.example/a&b/")))
        #expect(xml.contains("a&amp;b"))
        #expect(try ParsedXML.parse(xml).first("url")?.text(of: "loc") == "https://x.example/a&b/x%20y/")
    }

    @Test func encodesPathsAndDatesAsTheAddressWouldBe() throws {
        let address = try #require(SiteAddress(WebURL("https://x.example/")))
        let paths = ["a&b'c/", "één/", "x y/", "%41/", "a/index.html", "/lead/", "b<c>\"d/"]
        let xml = try #require(SitemapWriter.sitemap(paths.map { SitemapEntry(path: $0, lastModified: LocalDate(iso: "0987-03-04")) },
                                                     baseURL: WebURL("https://x.example/")))
        for path in paths {
            #expect(xml.contains("<loc>\(XMLText.escape(address.absolute(path)))</loc>\n    <lastmod>0987-03-04</lastmod>"), "\(path)")
        }
        // Sorted by bytes: `%` (25) before `/` and letters, `é` (C3 A9) last.
        let urls = try ParsedXML.parse(xml).all("url").compactMap { $0.text(of: "loc") }
        #expect(urls.first == "https://x.example/%41/" && urls.last == "https://x.example/%C3%A9%C3%A9n/")
    }

    @Test func aRegionWithoutBaseURLHasNoSitemap() {
        let region = FeedFixtures.region("zonder")
        #expect(SitemapWriter.sitemap(SitemapEntry.contentEntries(of: region, today: FeedFixtures.now.date),
                                      baseURL: region.region.baseURL) == nil)
    }

    @Test func robotsNamesTheSitemapWhenThereIsOne() {
        #expect(RobotsWriter.robots(baseURL: WebURL("https://tricky.example")) ==
                "User-agent: *\nAllow: /\n\nSitemap: https://tricky.example/sitemap.xml\n")
        #expect(RobotsWriter.robots(baseURL: nil) == "User-agent: *\nAllow: /\n")
    }
}

/// One page in a sitemap: its folder inside the region and, when the content
/// says so, the day it last changed.
public struct SitemapEntry: Hashable, Sendable {
    /// A path inside the region, e.g. `partners/caw/` (`index.html` may be
    /// given; it is dropped from the URL).
    public var path: String
    public var lastModified: LocalDate?

    public init(path: String, lastModified: LocalDate? = nil) {
        self.path = path
        self.lastModified = lastModified
    }

    /// A partner page changes when the editor says so with `updated`.
    public static func partner(_ partner: Partner) -> SitemapEntry {
        SitemapEntry(path: SitePath.partner(partner.slug), lastModified: partner.updated)
    }

    /// A news item is dated by its publication day.
    public static func news(_ item: NewsItem) -> SitemapEntry {
        SitemapEntry(path: SitePath.news(item.slug), lastModified: item.date)
    }

    /// An event is dated by its start day once that day has come. A `lastmod`
    /// in the future would be false (search engines then distrust the whole
    /// sitemap), and `today` would change the file every day; this way the
    /// entry changes once, on the day the event happens.
    public static func event(_ event: Event, today: LocalDate) -> SitemapEntry {
        let start = event.start.date
        return SitemapEntry(path: SitePath.event(event.slug), lastModified: start <= today ? start : nil)
    }

    /// Content pages carry no date.
    public static func page(_ page: Page) -> SitemapEntry { SitemapEntry(path: SitePath.page(page.slug)) }

    /// Generated lists (home, A to Z, age and topic pages …) carry no date:
    /// they change whenever anything in them does, which the content does not record.
    public static func generated(_ path: String) -> SitemapEntry { SitemapEntry(path: path) }

    /// The entries of every content page of a region: partners, pages, news and
    /// all events (upcoming and archived). The build adds the generated pages.
    public static func contentEntries(of region: PublishedRegion, today: LocalDate) -> [SitemapEntry] {
        region.partners.map(partner) + region.pages.map(page) + region.news.map(news)
            + (region.upcomingEvents + region.pastEvents).map { event($0, today: today) }
    }
}

/// `sitemap.xml` (sitemaps.org protocol 0.9) for one region.
public enum SitemapWriter {
    /// The sitemap, or nil when the region has no `base_url`: a sitemap must
    /// list absolute URLs, and a site without a known address cannot have them.
    ///
    /// Entries are sorted by path and duplicates merged (keeping the latest
    /// date), so the order the caller collects pages in does not matter.
    /// The protocol allows 50,000 URLs per file; a region site stays far below.
    public static func sitemap(_ entries: [SitemapEntry], baseURL: WebURL?) -> String? {
        guard let address = SiteAddress(baseURL) else { return nil }
        var latest: [String: LocalDate?] = [:]
        for entry in entries {
            let path = SiteAddress.canonicalPath(entry.path)
            if let known = latest[path] {
                latest[path] = max(known, entry.lastModified)
            } else {
                latest[path] = entry.lastModified
            }
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in latest.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            xml += "  <url>\n    <loc>\(XMLText.escape(address.absolute(path)))</loc>\n"
            if let date = latest[path] ?? nil {
                xml += "    <lastmod>\(date)</lastmod>\n"
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    private static func max(_ a: LocalDate?, _ b: LocalDate?) -> LocalDate? {
        guard let a else { return b }
        guard let b else { return a }
        return a < b ? b : a
    }
}

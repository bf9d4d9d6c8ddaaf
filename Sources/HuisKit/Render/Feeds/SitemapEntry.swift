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
        var entries: [SitemapEntry] = []
        entries.reserveCapacity(region.partners.count + region.pages.count + region.news.count
                                + region.upcomingEvents.count + region.pastEvents.count)
        // Field by field: passing a partner on copies it whole (thousands of
        // them, on every build) to read two fields. Keep in step with `partner(_:)`.
        let partners = region.partners
        for index in partners.indices {
            entries.append(SitemapEntry(path: SitePath.partner(partners[index].slug), lastModified: partners[index].updated))
        }
        entries += region.pages.map(page) + region.news.map(news)
        entries += (region.upcomingEvents + region.pastEvents).map { event($0, today: today) }
        return entries
    }
}

/// The feeds and calendars of a region in one call, for the build.
/// (JSON-LD and meta tags belong to single pages: see `JSONLDBuilder` and
/// `PageMeta`; open data is written by the renderer, which keeps it when its
/// key is unchanged: see `OpenDataWriter.key(for:program:)`.)
public enum RegionFeeds {
    /// The files of one region, with paths relative to `public/<region-id>/`:
    /// `robots.txt`, `agenda.ics`, `leeftijd/<age>/agenda.ics`,
    /// `activiteiten/<slug>/<slug>.ics`, and with a
    /// `base_url` also `sitemap.xml` and `feed.xml`.
    ///
    /// `pages` are the pages the build made for this region (see
    /// `SitemapEntry.contentEntries(of:today:)` for the content pages'
    /// dates); they only go into the sitemap.
    public static func files(for region: PublishedRegion, in site: PublishedSite, bodies: RenderedBodies,
                             pages: [SitemapEntry]) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let baseURL = region.region.baseURL
        if let sitemap = SitemapWriter.sitemapBytes(pages, baseURL: baseURL) {
            files.append(GeneratedFile(path: FeedPaths.sitemap, bytes: sitemap))
        }
        files.append(GeneratedFile(path: FeedPaths.robots, contents: RobotsWriter.robots(baseURL: baseURL)))
        if let feed = AtomFeedWriter.feed(for: region, site: site.site, bodies: bodies) {
            files.append(GeneratedFile(path: FeedPaths.feed, contents: feed))
        }
        files += EventCalendars(site: site.site, region: region, bodies: bodies, now: site.now).all()
        return files
    }
}

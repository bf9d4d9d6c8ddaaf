/// Every machine-readable file of a region in one call, for the build.
/// (JSON-LD and meta tags belong to single pages: see `JSONLDBuilder` and `PageMeta`.)
public enum RegionFeeds {
    /// The files of one region, with paths relative to `public/<region-id>/`:
    /// `robots.txt`, `agenda.ics`, `leeftijd/<age>/agenda.ics`,
    /// `activiteiten/<slug>/<slug>.ics`, `partners.json`, and with a
    /// `base_url` also `sitemap.xml` and `feed.xml`.
    ///
    /// `pages` are the pages the build made for this region (see
    /// `SitemapEntry.contentEntries(of:today:)` for the content pages'
    /// dates); they only go into the sitemap.
    public static func files(for region: PublishedRegion, in site: PublishedSite, bodies: RenderedBodies,
                             pages: [SitemapEntry], revision: String? = nil, openData: Bool = true) -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        let baseURL = region.region.baseURL
        if let sitemap = SitemapWriter.sitemap(pages, baseURL: baseURL) {
            files.append(GeneratedFile(path: FeedPaths.sitemap, contents: sitemap))
        }
        files.append(GeneratedFile(path: FeedPaths.robots, contents: RobotsWriter.robots(baseURL: baseURL)))
        if let feed = AtomFeedWriter.feed(for: region, site: site.site, bodies: bodies) {
            files.append(GeneratedFile(path: FeedPaths.feed, contents: feed))
        }
        files += EventCalendars(site: site.site, region: region, bodies: bodies, now: site.now).all()
        if openData {
            files.append(GeneratedFile(path: FeedPaths.partners,
                                       contents: OpenDataWriter(site: site, revision: revision).regionFile(region)))
        }
        return files
    }

    /// The network's files, with paths relative to `public/`: `partners.json`.
    public static func networkFiles(for site: PublishedSite, revision: String? = nil) -> [GeneratedFile] {
        [GeneratedFile(path: FeedPaths.networkPartners,
                       contents: OpenDataWriter(site: site, revision: revision).networkFile())]
    }
}

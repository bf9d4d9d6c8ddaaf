/// `robots.txt` for one region.
public enum RobotsWriter {
    /// Allows every crawler everything, and names the sitemap when there is one.
    ///
    /// Crawlers read `robots.txt` only at the root of a host: when a region is
    /// served from a sub-folder, the host's own `robots.txt` applies and this
    /// file is harmless but unused.
    public static func robots(sitemapURL: String?) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemapURL { text += "\nSitemap: \(sitemapURL)\n" }
        return text
    }

    /// Names `sitemap.xml` when the region has a `base_url` (then it has a sitemap).
    public static func robots(baseURL: WebURL?) -> String {
        robots(sitemapURL: SiteAddress(baseURL)?.absolute(FeedPaths.sitemap))
    }
}

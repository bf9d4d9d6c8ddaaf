/// `feed.xml`: the region's published news as an Atom feed (RFC 4287).
///
/// Everything in it comes from the content: entry ids are the absolute URLs of
/// the news pages, dates are the news dates (midnight in Brussels, with the
/// offset of that day), and the feed's `updated` is the newest entry's date.
/// The build clock never appears, so an unchanged region gives an unchanged file.
public enum AtomFeedWriter {
    /// Feed readers only look at recent items; older news stays on the site.
    public static let defaultMaximumEntries = 50

    /// The feed, or nil when the region has no `base_url`: Atom ids and links
    /// must be absolute, and the relative links inside the news bodies are
    /// only resolvable (through `xml:base`) against a known address.
    ///
    /// `bodies` supplies each item's rendered HTML; its links are relative to
    /// the news page, which `xml:base` on the entry's content points at.
    public static func feed(for region: PublishedRegion, site: Site, bodies: RenderedBodies,
                            maximumEntries: Int = defaultMaximumEntries) -> String? {
        guard let address = SiteAddress(region.region.baseURL) else { return nil }
        let items = region.news.prefix(max(0, maximumEntries))
        let author = authorElement(region.region, address: address, indent: "  ")
        // A feed without entries still needs `updated`: the Unix epoch is the
        // one date that says "nothing yet" without consulting a clock.
        let updated = items.first.map { FeedTimestamp.rfc3339(startOf: $0.date) } ?? "1970-01-01T00:00:00Z"

        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.language))">
              <id>\(XMLText.escape(address.absolute(FeedPaths.feed)))</id>
              <title type="text">\(XMLText.escape("Nieuws van \(region.region.title)"))</title>
              <updated>\(updated)</updated>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(address.absolute(FeedPaths.feed)))"/>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(address.absolute(SitePath.newsIndex)))"/>

            """
        xml += author
        xml += "  <generator>huis</generator>\n"
        if let logo = region.region.logo {
            xml += "  <logo>\(XMLText.escape(address.absolute(logo)))</logo>\n"
        }
        for item in items {
            xml += entry(item, region: region.region, site: site, address: address, body: bodies[item.source])
        }
        xml += "</feed>\n"
        return xml
    }

    static func entry(_ item: NewsItem, region: Region, site: Site, address: SiteAddress,
                      body: RenderedMarkdown?) -> String {
        let url = XMLText.escape(address.absolute(SitePath.news(item.slug)))
        let date = FeedTimestamp.rfc3339(startOf: item.date)
        var xml = """
              <entry>
                <id>\(url)</id>
                <title type="text">\(XMLText.escape(item.title))</title>
                <link rel="alternate" type="text/html" href="\(url)"/>
                <published>\(date)</published>
                <updated>\(date)</updated>

            """
        xml += authorElement(region, address: address, indent: "    ")
        for id in item.ages {
            let label = site.age(id)?.label ?? id
            xml += category(id, label: label, scheme: address.absolute("leeftijd/"))
        }
        for id in item.topics {
            let label = site.topic(id)?.label ?? id
            xml += category(id, label: label, scheme: address.absolute("thema/"))
        }
        if let summary = Excerpt.description(summary: item.summary, plainText: body?.plainText) {
            xml += "    <summary type=\"text\">\(XMLText.escape(summary))</summary>\n"
        }
        xml += "    <content type=\"html\" xml:base=\"\(url)\">\(XMLText.escape(body?.html ?? ""))</content>\n"
        xml += "  </entry>\n"
        return xml
    }

    static func authorElement(_ region: Region, address: SiteAddress, indent: String) -> String {
        var xml = "\(indent)<author>\n\(indent)  <name>\(XMLText.escape(region.title))</name>\n"
        xml += "\(indent)  <uri>\(XMLText.escape(address.base))</uri>\n"
        if let email = region.contact.email {
            xml += "\(indent)  <email>\(XMLText.escape(email.address))</email>\n"
        }
        return xml + "\(indent)</author>\n"
    }

    static func category(_ term: String, label: String, scheme: String) -> String {
        "    <category term=\"\(XMLText.escape(term))\" label=\"\(XMLText.escape(label))\" scheme=\"\(XMLText.escape(scheme))\"/>\n"
    }
}

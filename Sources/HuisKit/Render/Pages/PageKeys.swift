/// Keys for the pages made from one content file (a partner, news item,
/// event or content page): the file's bytes plus everything the page's frame
/// shows (theme, site and region settings, the menu, links between files, the
/// feed link, the locations events refer to). When a page's key is the same
/// as in the last build, the page is the same, and it is not rendered again.
struct PageKeys: Sendable {
    let frame: String

    init(_ data: RegionRenderData, theme: Theme, program: String, linkWorld: String) {
        let published = data.published
        var parts = [program, theme.fingerprint, linkWorld, data.region.id,
                     data.site.source.contentHash, data.region.source.contentHash,
                     "feed=\(data.region.baseURL != nil && !published.news.isEmpty)"]
        // The menu lists the content pages; events show their location.
        parts += published.pages.map { "\($0.source.relativePath) \($0.source.contentHash)" }
        parts += published.locations.map { "\($0.source.relativePath) \($0.source.contentHash)" }
        frame = BuildCache.key(parts)
    }

    /// The key of a page made from one file, or nil for lists and sections
    /// (always rendered: they show many files).
    func key(for spec: PageSpec, in data: RegionRenderData) -> String? {
        let source: SourceFile
        let kind: String
        switch spec {
        case .partner(let i): (source, kind) = (data.published.partners[i].source, "partner")
        case .news(let i): (source, kind) = (data.published.news[i].source, "news")
        case .upcomingEvent(let i): (source, kind) = (data.published.upcomingEvents[i].source, "upcoming event")
        case .pastEvent(let i): (source, kind) = (data.published.pastEvents[i].source, "past event")
        case .page(let i): (source, kind) = (data.contentPages[i].source, "page")
        default: return nil
        }
        guard !source.contentHash.isEmpty else { return nil }
        return BuildCache.key([frame, kind, source.relativePath, source.contentHash])
    }
}

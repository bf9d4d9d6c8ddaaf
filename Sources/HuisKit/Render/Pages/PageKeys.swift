/// Keys for the pages made from one content file (a partner, news item,
/// event or content page): the file's bytes plus everything the page's frame
/// shows (theme, site and region settings, the menu, links between files, the
/// feed link, the locations events refer to). When a page's key is the same
/// as in the last build, the page is the same, and it is not rendered again.
///
/// Lists and sections get a key too: the frame, the day, and what lists show
/// of every item. A partner appears in lists only as a card (title, summary,
/// link, level, municipalities) filed under its ages and topics, so a change
/// to a partner's text alone leaves every list as it was; news items and
/// events count with all their bytes.
struct PageKeys: Sendable {
    let frame: String
    /// Nil when some item has no content hash (content built in memory).
    let lists: String?

    init(_ data: RegionRenderData, theme: Theme, program: String, linkWorld: String) {
        let published = data.published
        frame = Self.frame(published, site: data.site, theme: theme, program: program, linkWorld: linkWorld)
        let dated = [published.news.map(\.source), published.upcomingEvents.map(\.source), published.pastEvents.map(\.source)]
        let complete = (published.partners.map(\.source) + dated.joined()).allSatisfy { !$0.contentHash.isEmpty }
        lists = complete ? Self.listsKey(frame: frame, now: data.now.date, published.partners, dated: dated) : nil
    }

    /// The key of what every page of the region shows around its content.
    static func frame(_ published: PublishedRegion, site: Site, theme: Theme, program: String, linkWorld: String) -> String {
        var parts = [program, theme.fingerprint, linkWorld, published.id,
                     site.source.contentHash, published.region.source.contentHash,
                     "feed=\(published.region.baseURL != nil && !published.news.isEmpty)"]
        // The menu lists the content pages; events show their location.
        parts += published.pages.map { "\($0.source.relativePath) \($0.source.contentHash)" }
        parts += published.locations.map { "\($0.source.relativePath) \($0.source.contentHash)" }
        return BuildCache.key(parts)
    }

    /// What lists show of every item: a partner's card, and all of each
    /// news item and event (by its file), with the list it is in.
    private static func listsKey(frame: String, now: LocalDate, _ partners: [Partner], dated: [[SourceFile]]) -> String {
        var digest = KeyDigest(capacity: 3 + partners.count * 8 + dated.reduce(0) { $0 + 1 + 2 * $1.count })
        digest.add(frame)
        digest.add("lists")
        digest.add(now.description)
        digest.add(partners.count)
        for p in partners {
            digest.add(p.source.relativePath)
            digest.add(p.slug)
            digest.add(p.title)
            digest.add(p.summary)
            digest.add(p.isNetworkLevel ? 1 : 0)
            digest.add(p.municipalities)
            digest.add(p.ages)
            digest.add(p.topics)
        }
        for sources in dated { digest.add(sources) }
        return digest.key
    }

    /// The key of the sources the region's search documents are made from
    /// (see `SearchIndexStage.StoredKey`); nil when one has no content hash.
    ///
    /// Search documents are made of the published partners, pages, news,
    /// events and locations, each from its own file, plus what the frame
    /// holds (program, theme strings, site and region settings, the links
    /// between files that bodies depend on). The moment of the build only
    /// counts through what is published and which events are past, so the
    /// key does not change from day to day.
    static func search(frame: String, _ published: PublishedRegion) -> String? {
        let lists = [published.partners.map(\.source), published.pages.map(\.source), published.news.map(\.source),
                     published.upcomingEvents.map(\.source), published.pastEvents.map(\.source), published.locations.map(\.source)]
        guard lists.allSatisfy({ $0.allSatisfy { !$0.contentHash.isEmpty } }) else { return nil }
        var digest = KeyDigest(capacity: 2 + lists.reduce(0) { $0 + 1 + 2 * $1.count })
        digest.add(frame)
        digest.add("search")
        for sources in lists { digest.add(sources) }
        return digest.key
    }

    /// The key of a page, or nil when it must be rendered.
    func key(for spec: PageSpec, in data: RegionRenderData) -> String? {
        let source: SourceFile
        let kind: String
        switch spec {
        case .partner(let i): (source, kind) = (data.published.partners[i].source, "partner")
        case .news(let i): (source, kind) = (data.published.news[i].source, "news")
        case .upcomingEvent(let i): (source, kind) = (data.published.upcomingEvents[i].source, "upcoming event")
        case .pastEvent(let i): (source, kind) = (data.published.pastEvents[i].source, "past event")
        case .page(let i): (source, kind) = (data.contentPages[i].source, "page")
        default: return lists.map { BuildCache.key([$0, spec.file(data)]) }
        }
        guard !source.contentHash.isEmpty else { return nil }
        return BuildCache.key([frame, kind, source.relativePath, source.contentHash])
    }
}

extension KeyDigest {
    /// A list of content files, each by its path and the hash of its bytes.
    mutating func add(_ sources: [SourceFile]) {
        add(sources.count)
        for source in sources {
            add(source.relativePath)
            add(source.contentHash)
        }
    }
}

/// One page of a region's site: what it shows, where it goes, which template
/// renders it.
enum PageSpec: Sendable, Hashable {
    case home
    case age(String)
    case topic(String)
    case municipality(String)
    case partners
    case partner(Int)
    case newsIndex
    case news(Int)
    case events
    case eventArchive
    case upcomingEvent(Int)
    case pastEvent(Int)
    case contact
    /// The accessibility statement at `toegankelijkheid/`.
    case accessibility
    case page(Int)
    case search
    case notFound

    /// Every page of a region, in a fixed order.
    static func all(for data: RegionRenderData) -> [PageSpec] {
        var specs: [PageSpec] = [.home]
        specs += data.site.ages.map { .age($0.id) }
        specs += data.site.topics.map { .topic($0.id) }
        if data.region.hasSeveralMunicipalities { specs += data.region.municipalities.map(PageSpec.municipality) }
        specs.append(.partners)
        specs += data.published.partners.indices.map(PageSpec.partner)
        specs.append(.newsIndex)
        specs += data.published.news.indices.map(PageSpec.news)
        specs += [.events, .eventArchive]
        specs += data.published.upcomingEvents.indices.map(PageSpec.upcomingEvent)
        specs += data.published.pastEvents.indices.map(PageSpec.pastEvent)
        specs += [.contact, .accessibility]
        specs += data.contentPages.indices.map(PageSpec.page)
        specs += [.search, .notFound]
        return specs
    }

    /// The folder of the page inside the region (`""` for the home page).
    func folder(_ data: RegionRenderData) -> String {
        switch self {
        case .home, .notFound: return SitePath.home
        case .age(let id): return SitePath.age(id)
        case .topic(let id): return SitePath.topic(id)
        case .municipality(let name): return SitePath.municipality(name)
        case .partners: return SitePath.partners
        case .partner(let i): return SitePath.partner(data.published.partners[i].slug)
        case .newsIndex: return SitePath.newsIndex
        case .news(let i): return SitePath.news(data.published.news[i].slug)
        case .events: return SitePath.events
        case .eventArchive: return SitePath.eventArchive
        case .upcomingEvent(let i): return SitePath.event(data.published.upcomingEvents[i].slug)
        case .pastEvent(let i): return SitePath.event(data.published.pastEvents[i].slug)
        case .contact: return SitePath.contact
        case .accessibility: return SitePath.accessibility
        case .page(let i): return SitePath.page(data.contentPages[i].slug)
        case .search: return SitePath.search
        }
    }

    /// The output file inside the region.
    func file(_ data: RegionRenderData) -> String {
        self == .notFound ? "404.html" : folder(data) + "index.html"
    }

    var template: String {
        switch self {
        case .home: return "home"
        case .age: return "age"
        case .topic: return "topic"
        case .municipality: return "municipality"
        case .partners: return "partners"
        case .partner: return "partner"
        case .newsIndex: return "news-index"
        case .news: return "news"
        case .events, .eventArchive: return "events"
        case .upcomingEvent, .pastEvent: return "event"
        case .contact: return "contact"
        case .accessibility: return "accessibility"
        case .page: return "page"
        case .search: return "search"
        case .notFound: return "not-found"
        }
    }

    /// Lists and sections the build generates (as opposed to pages of one
    /// content file); the 404 page is not listed anywhere.
    var isGeneratedList: Bool {
        switch self {
        case .home, .age, .topic, .municipality, .partners, .newsIndex, .events, .eventArchive, .contact, .search, .accessibility:
            return true
        case .partner, .news, .upcomingEvent, .pastEvent, .page, .notFound: return false
        }
    }

    /// Templates every theme must have.
    static let requiredTemplates = ["layout", "home", "age", "topic", "municipality", "partners", "partner", "news-index",
                                    "news", "events", "event", "contact", "accessibility", "page", "search", "not-found", "network"]
}

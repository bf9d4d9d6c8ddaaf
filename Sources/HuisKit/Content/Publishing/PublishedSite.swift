import Foundation

/// What is on the sites at a given moment (`--now`): drafts left out, news
/// shown from its date until it expires, events split into upcoming and past.
///
/// Every list has a stable order with a documented tie-break, so the same
/// content and `--now` always give the same pages:
/// - partners and locations: by title (ignoring capitals and accents), then slug;
/// - pages: by `menu` (pages without one last), then title, then slug;
/// - news: newest `date` first, then title, then slug;
/// - upcoming events: soonest start first; past events: most recent start first;
///   then title, then slug.
public struct PublishedSite: Sendable {
    public let site: Site
    public let now: LocalDateTime
    public let regions: [PublishedRegion]

    public init(_ content: Content, now: LocalDateTime) {
        self.site = content.site
        self.now = now
        self.regions = content.regions.map { PublishedRegion($0, network: content.networkPartners, now: now) }
    }
}

public struct PublishedRegion: Sendable {
    public let region: Region
    /// The region's own partners and the network-level partners that serve it.
    public let partners: [Partner]
    public let pages: [Page]
    public let news: [NewsItem]
    public let upcomingEvents: [Event]
    public let pastEvents: [Event]
    public let locations: [Location]
    public let files: [String]

    init(_ content: RegionContent, network: [Partner], now: LocalDateTime) {
        region = content.region
        let today = now.date
        partners = (content.partners + network.filter { $0.serves(region: content.region.id) })
            .filter { !$0.draft }
            .sorted { SortKey.title($0.title, $0.slug) < SortKey.title($1.title, $1.slug) }
        pages = content.pages.filter { !$0.draft }.sorted {
            ($0.menu ?? Int.max, SortKey.title($0.title, $0.slug)) < ($1.menu ?? Int.max, SortKey.title($1.title, $1.slug))
        }
        news = content.news
            .filter { !$0.draft && $0.date <= today && !($0.expires.map { $0 < today } ?? false) }
            .sorted { ($1.date, SortKey.title($0.title, $0.slug)) < ($0.date, SortKey.title($1.title, $1.slug)) }
        let events = content.events.filter { !$0.draft }
        upcomingEvents = events.filter { $0.over > now }
            .sorted { ($0.start, SortKey.title($0.title, $0.slug)) < ($1.start, SortKey.title($1.title, $1.slug)) }
        pastEvents = events.filter { $0.over <= now }
            .sorted { ($1.start, SortKey.title($0.title, $0.slug)) < ($0.start, SortKey.title($1.title, $1.slug)) }
        locations = content.locations.sorted { SortKey.title($0.title, $0.slug) < SortKey.title($1.title, $1.slug) }
        files = content.files
    }

    public var id: String { region.id }
}

/// Sort keys that do not depend on the machine's locale.
public enum SortKey {
    /// Title folded to lower case without accents, then the slug as tie-break.
    public static func title(_ title: String, _ slug: String) -> TitleKey {
        TitleKey(folded: fold(title), slug: slug)
    }

    public struct TitleKey: Comparable, Sendable {
        let folded: String
        let slug: String

        public static func < (a: TitleKey, b: TitleKey) -> Bool {
            (a.folded, a.slug) < (b.folded, b.slug)
        }
    }

    /// Lower case, accents removed, by Unicode decomposition rather than
    /// Foundation's locale-aware folding (which differs between platforms).
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}

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
        // Each region sorts thousands of partners by title: side by side.
        self.regions = content.regions.parallelMap { PublishedRegion($0, network: content.networkPartners, now: now) }
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
            .sorted(by: { SortKey.title($0.title, $0.slug) }, <)
        pages = content.pages.filter { !$0.draft }.sorted(by: { SortKey.MenuKey(menu: $0.menu, title: SortKey.title($0.title, $0.slug)) }, <)
        news = content.news
            .filter { !$0.draft && $0.date <= today && !($0.expires.map { $0 < today } ?? false) }
            .sorted(by: { SortKey.DatedKey(time: .day($0.date), title: SortKey.title($0.title, $0.slug)) }, SortKey.DatedKey.newestFirst)
        let events = content.events.filter { !$0.draft }
        upcomingEvents = events.filter { $0.over > now }
            .sorted(by: { SortKey.DatedKey(time: $0.start, title: SortKey.title($0.title, $0.slug)) }, SortKey.DatedKey.soonestFirst)
        pastEvents = events.filter { $0.over <= now }
            .sorted(by: { SortKey.DatedKey(time: $0.start, title: SortKey.title($0.title, $0.slug)) }, SortKey.DatedKey.newestFirst)
        locations = content.locations.sorted(by: { SortKey.title($0.title, $0.slug) }, <)
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

    /// Pages: by `menu` (none last), then title.
    struct MenuKey: Comparable {
        let menu: Int?
        let title: TitleKey

        static func < (a: MenuKey, b: MenuKey) -> Bool {
            (a.menu ?? Int.max, a.title) < (b.menu ?? Int.max, b.title)
        }
    }

    /// News and events: by time, then title (ascending for both orders, so
    /// the tie-break reads A to Z either way).
    struct DatedKey {
        let time: EventTime
        let title: TitleKey

        static func soonestFirst(_ a: DatedKey, _ b: DatedKey) -> Bool {
            a.time != b.time ? a.time < b.time : a.title < b.title
        }

        static func newestFirst(_ a: DatedKey, _ b: DatedKey) -> Bool {
            a.time != b.time ? b.time < a.time : a.title < b.title
        }
    }

    /// Lower case, accents removed, by Unicode decomposition rather than
    /// Foundation's locale-aware folding (which differs between platforms).
    public static func fold(_ text: String) -> String {
        // Most titles are plain ASCII: lower-case them byte by byte. Foundation's
        // lower-casing and decomposition cost tens of thousands of
        // instructions per title, and titles are folded for every sort.
        var text = text
        let ascii = text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, byte) in bytes.enumerated() { out[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        if let ascii { return ascii }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}

extension Sequence {
    /// Sorted by a key computed once per element, not once per comparison
    /// (folding a title is too slow to repeat n log n times). Positions are
    /// sorted, not the elements: a partner is a large value, and moving it
    /// means retaining and releasing every field.
    func sorted<Key>(by key: (Element) -> Key, _ areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        let items = Array(self)
        let keys = items.map(key)
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { items[$0] }
    }
}

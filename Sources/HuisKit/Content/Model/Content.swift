/// Everything read from a content folder, checked and cross-referenced.
public struct Content: Sendable {
    public var site: Site
    /// Network-level partners from `content/partners/`.
    public var networkPartners: [Partner]
    /// Regions sorted by id.
    public var regions: [RegionContent]

    public func region(_ id: String) -> RegionContent? { regions.first { $0.region.id == id } }
}

/// One region's content.
public struct RegionContent: Sendable {
    public var region: Region
    /// The region's own partners (network partners are in `Content`).
    public var partners: [Partner]
    public var pages: [Page]
    public var news: [NewsItem]
    public var events: [Event]
    public var locations: [Location]
    /// Files under `files/`, relative to the region folder (`files/logo.png`), sorted.
    public var files: [String]
}

/// An organisation that helps families: the heart of every site.
public struct Partner: Sendable, Equatable {
    /// From the file name; unique per region (network partners included).
    public var slug: String
    public var title: String
    public var summary: String
    /// Age-group ids, in the site's order (`all` is expanded).
    public var ages: [String]
    public var topics: [String]
    /// Municipalities served; empty means the whole region.
    public var municipalities: [String]
    public var scope: Scope
    public var contact: Contact
    public var hours: OpeningHours?
    public var languages: [Language]
    /// Path relative to the content folder of the file's owner (region or network).
    public var logo: String?
    public var logoAlt: String?
    public var updated: LocalDate?
    public var draft: Bool
    public var body: MarkdownBody
    public var source: SourceFile

    /// Local to one region, or network-level (bovenlokaal) serving several.
    public enum Scope: Hashable, Sendable {
        case local(region: String)
        case network(regions: [String])
    }

    public var isNetworkLevel: Bool {
        if case .network = scope { return true }
        return false
    }

    public func serves(region id: String) -> Bool {
        switch scope {
        case .local(let region): return region == id
        case .network(let regions): return regions.contains(id)
        }
    }
}

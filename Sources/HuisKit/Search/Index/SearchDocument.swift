/// One thing a visitor can find with the site search: a partner, page,
/// news item, event or contact point, with the text of each weighted field
/// and what a result shows.
public struct SearchDocument: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case partner
        case page
        case news
        case event
        /// An event that is over: still found, ranked below current content.
        case pastEvent = "past-event"
        case location
    }

    /// The fields of a document, from most to least important.
    public enum Field: Int, CaseIterable, Hashable, Sendable {
        case title
        case summary
        /// The labels of the document's topics and ages.
        case labels
        /// Addresses, municipalities, places, languages spoken, web and e-mail addresses.
        case details
        /// The Markdown body as plain text.
        case body
    }

    public var kind: Kind
    public var title: String
    public var summary: String?
    /// Age-group ids.
    public var ages: [String]
    /// Topic ids.
    public var topics: [String]
    /// Municipalities the document is about; empty means the whole region.
    public var municipalities: [String]
    /// Where the result links to, relative to the region root
    /// (`partners/caw/index.html`, `contact/index.html#gemeentehuis`).
    public var path: String
    /// A short line under the title: the date of news, when an event happens.
    public var meta: String?
    /// The searchable text of each field (title and summary included).
    public var fields: [Field: String]

    public init(kind: Kind, title: String, summary: String? = nil, ages: [String] = [], topics: [String] = [],
                municipalities: [String] = [], path: String, meta: String? = nil, fields: [Field: String]) {
        self.kind = kind
        self.title = title
        self.summary = summary
        self.ages = ages
        self.topics = topics
        self.municipalities = municipalities
        self.path = path
        self.meta = meta
        self.fields = fields
    }
}

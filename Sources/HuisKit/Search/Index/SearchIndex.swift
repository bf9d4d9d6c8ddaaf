/// The search index of one region, before it is written as files
/// (``SearchIndexFiles``) and after it is read back (``SearchIndexReader``).
///
/// Every key of the index is a string in one sorted key space:
/// - `postings`: index terms (stems, and `~<n>` for synonym group n) with the
///   documents that contain them and a quantised score per document;
/// - `words`: folded words whose stem differs from the word itself, with
///   that stem, for prefix and typo matching in the browser;
/// - `sounds`: ``DutchSoundKey`` keys that differ from the word, with the
///   stems of the words that sound like that.
public struct SearchIndex: Equatable, Sendable {
    /// What a result shows, by document id.
    public var cards: [SearchResultCard]
    /// Term → postings sorted by document id.
    public var postings: [String: [SearchPosting]]
    /// Folded word → stem, for words whose stem is not the word itself.
    public var words: [String: String]
    /// Sound key → stems, sorted.
    public var sounds: [String: [String]]
    /// Each group is a list of members; each member is the list of its stems
    /// (one stem, or several for a phrase such as "buitenschoolse opvang").
    public var synonymGroups: [[[String]]]
    public var filters: SearchFilters

    public init(cards: [SearchResultCard], postings: [String: [SearchPosting]], words: [String: String],
                sounds: [String: [String]], synonymGroups: [[[String]]], filters: SearchFilters) {
        self.cards = cards
        self.postings = postings
        self.words = words
        self.sounds = sounds
        self.synonymGroups = synonymGroups
        self.filters = filters
    }

    /// The term under which a synonym group's postings are stored.
    public static func synonymKey(_ group: Int) -> String { "~\(group)" }
}

/// One document in a term's posting list.
public struct SearchPosting: Hashable, Sendable {
    public var document: Int
    /// 1 (weakest) … ``SearchScoring/levels`` (strongest), on a log scale.
    public var score: Int

    public init(document: Int, score: Int) {
        self.document = document
        self.score = score
    }
}

/// What a search result shows, loaded only for the results on screen.
public struct SearchResultCard: Hashable, Sendable {
    public var kind: SearchDocument.Kind
    public var title: String
    public var path: String
    public var summary: String?
    public var meta: String?
    public var ages: [String]
    public var topics: [String]
    public var municipalities: [String]

    public init(_ document: SearchDocument) {
        kind = document.kind
        title = document.title
        path = document.path
        summary = document.summary
        meta = document.meta
        ages = document.ages
        topics = document.topics
        municipalities = document.municipalities
    }

    public init(kind: SearchDocument.Kind, title: String, path: String, summary: String?, meta: String?,
                ages: [String], topics: [String], municipalities: [String]) {
        self.kind = kind
        self.title = title
        self.path = path
        self.summary = summary
        self.meta = meta
        self.ages = ages
        self.topics = topics
        self.municipalities = municipalities
    }
}

/// The documents that match each filter value, and the values' labels.
public struct SearchFilters: Equatable, Sendable {
    public struct Value: Equatable, Sendable {
        public var id: String
        public var label: String
        /// Sorted document ids.
        public var documents: [Int]

        public init(id: String, label: String, documents: [Int]) {
            self.id = id
            self.label = label
            self.documents = documents
        }
    }

    public var ages: [Value]
    public var topics: [Value]
    /// Empty when the region has only one municipality.
    public var municipalities: [Value]

    public init(ages: [Value], topics: [Value], municipalities: [Value]) {
        self.ages = ages
        self.topics = topics
        self.municipalities = municipalities
    }
}

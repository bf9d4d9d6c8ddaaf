/// Network-wide settings from `content/site.md`.
public struct Site: Sendable {
    public var title: String
    /// BCP 47 language tag for `<html lang>`, `nl-BE` by default.
    public var language: String
    public var theme: String
    public var ages: [AgeGroup]
    public var topics: [Topic]
    /// Groups of words that mean the same for search.
    public var synonyms: [[String]]
    /// Raw HTML in Markdown is kept only when this is true.
    public var allowUnsafeHTML: Bool
    /// The intro of the page that lists the regions.
    public var intro: MarkdownBody
    public var source: SourceFile

    public func age(_ id: String) -> AgeGroup? { ages.first { $0.id == id } }
    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
}

/// An age group: the main way parents find their way through a site.
public struct AgeGroup: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Years, inclusive; nil for pregnancy.
    public var from: Int?
    /// Years, exclusive; nil for pregnancy.
    public var to: Int?

    public init(id: String, label: String, from: Int?, to: Int?) {
        self.id = id
        self.label = label
        self.from = from
        self.to = to
    }

    /// Used when `site.md` defines no age groups (DESIGN.md).
    public static let defaults: [AgeGroup] = [
        AgeGroup(id: "zwanger", label: "Zwanger", from: nil, to: nil),
        AgeGroup(id: "0-3", label: "0 tot 3 jaar", from: 0, to: 3),
        AgeGroup(id: "3-6", label: "3 tot 6 jaar", from: 3, to: 6),
        AgeGroup(id: "6-12", label: "6 tot 12 jaar", from: 6, to: 12),
        AgeGroup(id: "12-18", label: "12 tot 18 jaar", from: 12, to: 18),
        AgeGroup(id: "18-24", label: "18 tot en met 24 jaar", from: 18, to: 25),
    ]
}

/// A theme that partners, news and events are grouped by.
public struct Topic: Hashable, Sendable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    /// Used when `site.md` defines no topics (a huis choice, see docs/content-model.md).
    public static let defaults: [Topic] = [
        Topic(id: "gezondheid", label: "Gezondheid"),
        Topic(id: "opvoeding", label: "Opvoeding"),
        Topic(id: "kinderopvang", label: "Kinderopvang"),
        Topic(id: "onderwijs", label: "School en leren"),
        Topic(id: "vrije-tijd", label: "Vrije tijd"),
        Topic(id: "welzijn", label: "Welzijn en hulp"),
        Topic(id: "financien", label: "Geld en rechten"),
        Topic(id: "ontmoeting", label: "Ontmoeting"),
    ]
}

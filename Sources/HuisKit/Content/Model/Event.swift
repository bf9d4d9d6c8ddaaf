/// An activity at `activiteiten/<slug>/`.
public struct Event: Sendable {
    public var slug: String
    public var title: String
    public var start: EventTime
    public var end: EventTime?
    public var place: Place?
    public var summary: String?
    public var ages: [String]
    public var topics: [String]
    public var registration: WebURL?
    public var price: String?
    public var draft: Bool
    public var body: MarkdownBody
    public var source: SourceFile

    /// Where it happens: one of the region's locations, or a place in words.
    public enum Place: Hashable, Sendable {
        case location(slug: String)
        case text(String)
    }

    /// The moment the event is over: its end, or the end of its start day.
    public var over: LocalDateTime {
        end?.over ?? EventTime.day(start.date).over
    }
}

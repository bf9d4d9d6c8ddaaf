/// A news item at `nieuws/<slug>/`.
public struct NewsItem: Sendable {
    public var slug: String
    public var title: String
    /// Publication day: the item is hidden before it.
    public var date: LocalDate
    public var summary: String?
    public var ages: [String]
    public var topics: [String]
    /// The last day the item is shown.
    public var expires: LocalDate?
    public var draft: Bool
    public var body: MarkdownBody
    public var source: SourceFile
}

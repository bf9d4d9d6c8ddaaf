/// A contact point (antennepunt, office) listed on `contact/`.
public struct Location: Sendable {
    public var slug: String
    public var title: String
    public var address: String
    public var municipality: String?
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var hours: OpeningHours?
    public var hoursNote: String?
    public var accessibility: String?
    public var body: MarkdownBody
    public var source: SourceFile
}

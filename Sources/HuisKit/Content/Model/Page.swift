/// A content page (about us, mission, working groups, privacy …) at `<slug>/`.
public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    /// Position in the main menu; nil keeps the page out of the menu.
    public var menu: Int?
    public var draft: Bool
    public var body: MarkdownBody
    public var source: SourceFile
}

/// Runs the editor checks on rendered Markdown bodies: alt texts, heading
/// order, link texts, tables, capitals and clear language.
public struct BodyLinter: Sendable {
    /// Raw-HTML tables are only checked when raw HTML is shown (`unsafe_html: true`).
    public var allowUnsafeHTML: Bool

    public init(allowUnsafeHTML: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    /// The findings in one body. `headingBase` is the level of the heading the
    /// body is shown under: 1 (the page title) for most, 3 for a location,
    /// whose body sits under its name on the contact page.
    public func lint(_ body: RenderedMarkdown, file: String, headingBase: Int = 1) -> [Diagnostic] {
        var found = ImageTextCheck.run(body.images, file: file)
        found += HeadingOrderCheck.run(body.headings, file: file, base: headingBase)
        found += LinkTextCheck.run(body.links, file: file)
        found += TableCheck.pipeTables(body.textBlocks, file: file)
        if allowUnsafeHTML { found += TableCheck.htmlTables(body.htmlBlocks, file: file) }
        found += CapitalsCheck.run(body.textBlocks, file: file)
        found += ClearLanguageCheck.run(body.textBlocks, file: file)
        return found
    }
}

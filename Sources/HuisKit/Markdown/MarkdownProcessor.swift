/// Turns the Markdown body of a content file into HTML plus what the other
/// stages need from it (plain text, headings, links, images) and the problems
/// found on the way. This is the one call the content stage makes per file.
///
/// It parses once, walks the tree once (resolving URLs and collecting), and
/// renders once.
///
/// **Links and images.** Every link destination goes through `resolveLink`,
/// every image source through `resolveImage`. `.replace` rewrites the URL in
/// the HTML; `.broken` reports an error at the link's file line and column and
/// leaves the link as written. An image whose description (alt text) is empty
/// is an error too.
///
/// **Headings.** The page title is the page's only `h1`, so body headings
/// start at `h2`. When the body's smallest heading level is 1, every heading
/// of the body moves one level down (`#` becomes `h2`, `##` becomes `h3`, and
/// so on; `######` stays `h6`), which keeps the structure the editor wrote.
/// When the body already starts at `##` or deeper, nothing changes.
/// `MarkdownOptions.shiftHeadings = false` turns this off.
///
/// With no URL replaced and no heading shifted, the HTML is exactly what
/// `cmark_markdown_to_html` gives for the same text and safe/unsafe setting.
public struct MarkdownProcessor: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    public func render(
        _ source: MarkdownSource,
        resolveLink: (String) -> LinkResolution = { _ in .keep },
        resolveImage: (String) -> LinkResolution = { _ in .keep }
    ) -> RenderedMarkdown {
        let document = MarkdownDocument(parsing: source.text,
                                        allowUnsafeHTML: options.allowUnsafeHTML,
                                        smartPunctuation: options.smartPunctuation)
        var collector = MarkdownCollector(source: source)
        document.walk { event in
            collector.visit(event, resolveLink: resolveLink, resolveImage: resolveImage)
        }
        collector.addDownloadDetails()
        if options.shiftHeadings {
            collector.shiftHeadingsIfBodyUsesLevelOne()
        }
        var headings = collector.headings
        var html = document.renderHTML()
        if options.headingAnchors {
            let anchors = HeadingAnchors.assign(headings)
            for index in headings.indices { headings[index].anchor = anchors[index] }
            html = HeadingAnchors.inject(anchors, into: html)
        }
        return RenderedMarkdown(
            html: html,
            plainText: collector.text,
            headings: headings,
            links: collector.links,
            images: collector.images,
            diagnostics: collector.diagnostics,
            textBlocks: collector.textBlocks,
            htmlBlocks: collector.htmlBlocks)
    }
}

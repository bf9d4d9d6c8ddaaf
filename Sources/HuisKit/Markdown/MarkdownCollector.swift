/// The state of the one walk `MarkdownProcessor` makes over a document: it
/// resolves link and image URLs in place and collects the plain text,
/// headings, links, images and diagnostics.
struct MarkdownCollector {
    private let file: String
    private let lines: SourceLineMap

    private var plainText = PlainTextBuilder()
    private(set) var headings: [MarkdownHeading] = []
    /// The heading nodes, parallel to `headings`, for the shift after the walk.
    private var headingNodes: [MarkdownNode] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var images: [MarkdownImage] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var textBlocks: [MarkdownTextBlock] = []
    private(set) var htmlBlocks: [MarkdownHTMLBlock] = []
    /// The paragraph or heading being walked, as text.
    private var block: MarkdownTextBlockBuilder?
    /// Links to documents whose text gets the file's type and size after the walk.
    private var downloads: [(node: MarkdownNode, link: Int, details: String)] = []

    /// Headings, links and images being walked, innermost last, each with the
    /// text gathered so far (they nest: a link in a heading, an image in a link).
    private var open: [(element: OpenElement, text: String)] = []
    /// Where the paragraph or heading being walked starts; inline positions
    /// are corrected against it.
    private var blockStart = MarkdownLocation(line: 0, utf8Column: 0)
    /// Above zero inside an image, whose text is a description, not body text.
    private var imageDepth = 0

    private enum OpenElement {
        case heading(Int)
        case link(Int)
        case image(Int)
    }

    init(source: MarkdownSource) {
        file = source.file
        lines = SourceLineMap(text: source.text, firstLine: source.firstLine)
    }

    var text: String { plainText.text }

    mutating func visit(
        _ event: MarkdownWalkEvent,
        resolveLink: (String) -> LinkResolution,
        resolveImage: (String) -> LinkResolution
    ) {
        switch event {
        case .enter(let node):
            enter(node, resolveLink: resolveLink, resolveImage: resolveImage)
        case .exit(let node):
            exit(node)
        }
    }

    private mutating func enter(
        _ node: MarkdownNode,
        resolveLink: (String) -> LinkResolution,
        resolveImage: (String) -> LinkResolution
    ) {
        switch node.kind {
        case .paragraph:
            plainText.startBlock()
            blockStart = node.start
            block = MarkdownTextBlockBuilder(kind: .paragraph, position: lines.position(of: node.start))
        case .heading:
            plainText.startBlock()
            blockStart = node.start
            block = MarkdownTextBlockBuilder(kind: .heading, position: lines.position(of: node.start))
            headings.append(MarkdownHeading(level: node.headingLevel ?? 1, text: "",
                                            position: lines.position(of: node.start)))
            headingNodes.append(node)
            open.append((.heading(headings.count - 1), ""))
        case .codeBlock:
            plainText.startBlock()
            var code = node.literal ?? ""
            while code.hasSuffix("\n") { code.removeLast() }
            plainText.append(code)
        case .text, .code:
            let literal = node.literal ?? ""
            if imageDepth == 0, block != nil {
                let position = inlinePosition(of: node)
                block?.append(literal, at: position)
            }
            addText(literal)
        case .softBreak, .lineBreak:
            // A hard break ends a line of an address or a poem: keep it in the text.
            let plain: Unicode.Scalar = node.kind == .lineBreak ? "\n" : " "
            if imageDepth == 0 { block?.breakLine(plain) }
            addText(" ", plain: String(plain))
        case .htmlBlock:
            htmlBlocks.append(MarkdownHTMLBlock(html: node.literal ?? "", position: lines.position(of: node.start)))
        case .link:
            let (destination, resolved, details) = resolve(node, with: resolveLink)
            links.append(MarkdownLink(destination: destination, resolvedDestination: resolved,
                                      text: "", position: inlinePosition(of: node)))
            open.append((.link(links.count - 1), ""))
            if let details { downloads.append((node, links.count - 1, details)) }
        case .image:
            let (source, resolved, _) = resolve(node, with: resolveImage)
            images.append(MarkdownImage(source: source, resolvedSource: resolved,
                                        alt: "", position: inlinePosition(of: node)))
            open.append((.image(images.count - 1), ""))
            imageDepth += 1
        case .document, .blockQuote, .list, .item, .customBlock, .thematicBreak,
             .htmlInline, .customInline, .emphasis, .strong, .unknown:
            break
        }
    }

    private mutating func exit(_ node: MarkdownNode) {
        if node.kind == .paragraph || node.kind == .heading, let finished = block?.build() {
            textBlocks.append(finished)
            block = nil
        }
        switch node.kind {
        case .heading, .link, .image:
            guard let (element, text) = open.popLast() else { return }
            switch element {
            case .heading(let index):
                headings[index].text = text
            case .link(let index):
                links[index].text = text
            case .image(let index):
                imageDepth -= 1
                images[index].alt = text
                if text.allSatisfy(\.isWhitespace) {
                    reportMissingAlt(images[index])
                }
            }
        default:
            break
        }
    }

    /// Adds text to the body text and to every open heading, link and image.
    private mutating func addText(_ piece: String, plain: String? = nil) {
        if imageDepth == 0 { plainText.append(plain ?? piece) }
        for index in open.indices {
            open[index].text += piece
        }
    }

    private func inlinePosition(of node: MarkdownNode) -> SourcePosition {
        lines.position(ofInlineAt: node.start, inBlockStartingAt: blockStart)
    }

    /// Asks the resolver about the node's URL and applies the answer.
    /// Returns the URL as written and as it will be rendered, and for a
    /// document the details to add to the link text.
    private mutating func resolve(
        _ node: MarkdownNode, with resolver: (String) -> LinkResolution
    ) -> (written: String, rendered: String, details: String?) {
        let written = node.url ?? ""
        switch resolver(written) {
        case .keep:
            return (written, written, nil)
        case .replace(let url):
            node.setURL(url)
            return (written, url, nil)
        case .download(let url, let details):
            node.setURL(url)
            return (written, url, details)
        case .broken(let message, let hint):
            diagnostics.append(.error(message, file: file, at: inlinePosition(of: node), hint: hint))
            return (written, written, nil)
        }
    }

    /// Adds ` (pdf, 1,2 MB)` to the text of every link to a document. A text
    /// that ends in the bare type, "folder (pdf)", gets the size inside those
    /// brackets; a text that already gives more ("(PDF, 2 MB)") is left alone.
    /// Runs after the walk, since it adds nodes to the tree. The collected link
    /// texts stay as the editor wrote them.
    mutating func addDownloadDetails() {
        for download in downloads {
            let type = String(download.details.prefix { $0 != "," }).lowercased()
            if let last = download.node.lastChild, last.kind == .text, let literal = last.literal,
               literal.lowercased().hasSuffix("(\(type))") {
                last.setLiteral(String(literal.dropLast(type.count + 2)) + "(\(download.details))")
                continue
            }
            guard !links[download.link].text.lowercased().contains("(" + type) else { continue }
            download.node.appendText(" (\(download.details))")
        }
        downloads = []
    }

    private mutating func reportMissingAlt(_ image: MarkdownImage) {
        diagnostics.append(.error(
            "image '\(image.source)' has no alt text",
            file: file, at: image.position,
            hint: "Describe what the image shows between the square brackets, "
                + "for example ![Children playing in the garden](\(image.source)), "
                + "so that people who cannot see it know what it is about.",
            rule: "image-alt-missing"))
    }

    /// Moves every heading one level down (h1 to h2 ... h5 to h6; h6 stays)
    /// when the body uses level 1, so the page title stays the only h1.
    mutating func shiftHeadingsIfBodyUsesLevelOne() {
        guard headings.contains(where: { $0.level == 1 }) else { return }
        for index in headings.indices {
            let level = min(headings[index].level + 1, 6)
            headingNodes[index].setHeadingLevel(level)
            headings[index].level = level
        }
    }
}

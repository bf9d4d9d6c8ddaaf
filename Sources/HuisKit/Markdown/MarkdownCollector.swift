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
        case .heading:
            plainText.startBlock()
            blockStart = node.start
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
            addText(node.literal ?? "")
        case .softBreak, .lineBreak:
            // A hard break ends a line of an address or a poem: keep it in the text.
            addText(" ", plain: node.kind == .lineBreak ? "\n" : " ")
        case .link:
            let (destination, resolved) = resolve(node, with: resolveLink)
            links.append(MarkdownLink(destination: destination, resolvedDestination: resolved,
                                      text: "", position: inlinePosition(of: node)))
            open.append((.link(links.count - 1), ""))
        case .image:
            let (source, resolved) = resolve(node, with: resolveImage)
            images.append(MarkdownImage(source: source, resolvedSource: resolved,
                                        alt: "", position: inlinePosition(of: node)))
            open.append((.image(images.count - 1), ""))
            imageDepth += 1
        case .document, .blockQuote, .list, .item, .htmlBlock, .customBlock, .thematicBreak,
             .htmlInline, .customInline, .emphasis, .strong, .unknown:
            break
        }
    }

    private mutating func exit(_ node: MarkdownNode) {
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
    /// Returns the URL as written and as it will be rendered.
    private mutating func resolve(
        _ node: MarkdownNode, with resolver: (String) -> LinkResolution
    ) -> (written: String, rendered: String) {
        let written = node.url ?? ""
        switch resolver(written) {
        case .keep:
            return (written, written)
        case .replace(let url):
            node.setURL(url)
            return (written, url)
        case .broken(let message, let hint):
            diagnostics.append(.error(message, file: file, at: inlinePosition(of: node), hint: hint))
            return (written, written)
        }
    }

    private mutating func reportMissingAlt(_ image: MarkdownImage) {
        diagnostics.append(.error(
            "image '\(image.source)' has no alt text",
            file: file, at: image.position,
            hint: "Describe what the image shows between the square brackets, "
                + "for example ![Children playing in the garden](\(image.source)), "
                + "so that people who cannot see it know what it is about.",
            rule: "image-alt-text"))
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

/// Builds the node tree from the tokens once the whitespace rules have
/// decided what disappears and where lines start.
struct TemplateTreeBuilder {
    private let bytes: [UInt8]
    private let tokens: [TemplateToken]
    private let structure: TemplateStructure
    private let whitespace: TemplateWhitespace
    private let sourceMap: TemplateSourceMap
    private let file: String
    /// Bytes of literal text in the whole tree: a hint for the output buffer.
    private(set) var textByteCount = 0

    init(bytes: [UInt8], file: String, structure: TemplateStructure,
         whitespace: TemplateWhitespace, sourceMap: TemplateSourceMap) {
        self.bytes = bytes
        self.file = file
        self.tokens = whitespace.tokens
        self.structure = structure
        self.whitespace = whitespace
        self.sourceMap = sourceMap
    }

    mutating func buildTemplate() -> [TemplateNode] {
        nodes(0..<tokens.count)
    }

    private mutating func nodes(_ range: Range<Int>) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var text: [UInt8] = []
        var textLineStarts: [Int] = []

        func flushText() {
            guard !text.isEmpty else { return }
            textByteCount += text.count
            nodes.append(.text(TemplateText(bytes: text, lineStarts: textLineStarts)))
            text = []
            textLineStarts = []
        }

        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if whitespace.lineStarts.contains(index) {
                if token.kind == .text && !whitespace.dropped[index] {
                    textLineStarts.append(text.count)
                } else {
                    flushText()
                    nodes.append(.lineStart)
                }
            }
            switch token.kind {
            case .text:
                if !whitespace.dropped[index] {
                    text.append(contentsOf: bytes[token.start..<token.end])
                }
                index += 1
                continue
            case .comment, .setDelimiters, .close:
                break
            case .variable(let escaped):
                flushText()
                nodes.append(.variable(TemplatePath(token.name), escaped: escaped, info(index)))
            case .section, .invertedSection:
                flushText()
                let close = structure.partner[index]
                var content = self.nodes((index + 1)..<close)
                if whitespace.lineStarts.contains(close) { content.append(.lineStart) }
                nodes.append(.section(TemplatePath(token.name), content, inverted: token.kind == .invertedSection))
                index = close
            case .partial:
                flushText()
                nodes.append(.partial(TemplateInclusion(
                    name: token.name, indentation: whitespace.siteIndentation[index], tag: info(index))))
            case .parent:
                flushText()
                let close = structure.partner[index]
                // Only the blocks inside a parent pair count; other content is ignored.
                var arguments: [String: [TemplateNode]] = [:]
                for case .block(let block) in self.nodes((index + 1)..<close) {
                    arguments[block.name] = block.defaultContent
                }
                nodes.append(.parent(TemplateInclusion(
                    name: token.name, indentation: whitespace.siteIndentation[index], tag: info(index)),
                    arguments: arguments))
                index = close
            case .block:
                flushText()
                let close = structure.partner[index]
                var content = self.nodes((index + 1)..<close)
                if whitespace.lineStarts.contains(close) { content.append(.lineStart) }
                // Content that starts on the opening tag's line starts a line where
                // it lands when that site stands alone: arguments (whose site is in
                // another template) and standalone parameters.
                let standalone = whitespace.siteIndentation[index] != nil
                if !content.isEmpty && !whitespace.opensOnOwnLine.contains(index)
                    && (standalone || structure.isArgument(index, in: tokens)) {
                    content.insert(.lineStart, at: 0)
                }
                nodes.append(.block(TemplateBlock(
                    name: token.name, defaultContent: content, indentation: whitespace.siteIndentation[index],
                    tag: info(index))))
                index = close
            }
            index += 1
        }
        flushText()
        return nodes
    }

    private func info(_ index: Int) -> TemplateTagInfo {
        let token = tokens[index]
        return TemplateTagInfo(file: file, written: String(decoding: bytes[token.start..<token.end], as: UTF8.self),
                               position: sourceMap.position(of: token.start))
    }
}

/// The spec's whitespace rules, decided once at parse time:
///
/// - A line holding one non-interpolation tag and otherwise only spaces and
///   tabs is *standalone*: the whole line, line break included, disappears.
/// - A standalone partial is indented by the whitespace before it.
/// - A parent pair `{{<p}}…{{/p}}` with only whitespace before its opening and
///   after its closing tag is standalone as a whole: it is indented like a
///   partial and its trailing line break disappears.
/// - A block passed to a parent (an *argument*) that opens at the end of a
///   line loses that line break, and its content loses the block's *intrinsic
///   indentation* (the whitespace starting the next line) on every line.
/// - A block in a template (a *parameter*) that stands alone as a pair gets an
///   indentation that is added to every line of whatever fills it.
///
/// The result says which text tokens disappear, where lines start (where
/// indentation will go while rendering) and the indentation of every site.
struct TemplateWhitespace {
    private let bytes: [UInt8]
    private let structure: TemplateStructure
    private(set) var tokens: [TemplateToken]
    /// Tokens that produce no output.
    private(set) var dropped: [Bool]
    /// The tokens that start a line of output (where indentation is added).
    private(set) var lineStarts: Set<Int> = []
    /// For partial, parent and block opening tags that stand alone: the
    /// indentation of the site, relative to the enclosing block.
    private(set) var siteIndentation: [Int: [UInt8]] = [:]
    /// Block opening tags whose line break belongs to the tag, so the content
    /// starts on the next line.
    private(set) var opensOnOwnLine: Set<Int> = []

    private var lineOfToken: [Int] = []
    private var lines: [Range<Int>] = []
    private var standaloneLines: Set<Int> = []
    private var suppressedLines: Set<Int> = []
    /// Block opening tag → indentation removed from each line of its content.
    private var definitionIndentation: [Int: [UInt8]] = [:]

    init(tokens: [TemplateToken], structure: TemplateStructure, bytes: [UInt8]) {
        self.bytes = bytes
        self.structure = structure
        self.tokens = tokens
        dropped = Array(repeating: false, count: tokens.count)
        splitLines()
        markStandaloneLines()
        applyPairRules()
        findLineStarts()
        // A line that was only a block's indentation now starts at its first tag.
        if stripDefinitionIndentation() { findLineStarts() }
    }

    // MARK: - Lines

    private mutating func splitLines() {
        lineOfToken = Array(repeating: 0, count: tokens.count)
        var start = 0
        for (index, token) in tokens.enumerated() {
            lineOfToken[index] = lines.count
            if token.endsLine {
                lines.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < tokens.count { lines.append(start..<tokens.count) }
    }

    private mutating func markStandaloneLines() {
        for (lineIndex, line) in lines.enumerated() {
            var tag = -1
            var standalone = true
            for index in line {
                let token = tokens[index]
                if token.isTag {
                    if tag >= 0 || !token.canStandAlone { standalone = false; break }
                    tag = index
                } else if !token.isBlank {
                    standalone = false; break
                }
            }
            guard standalone, tag >= 0 else { continue }
            standaloneLines.insert(lineIndex)
            for index in line where index != tag { dropped[index] = true }
            if tokens[tag].kind == .partial {
                siteIndentation[tag] = Array(bytes[lineStartOffset(of: lineIndex)..<tokens[tag].start])
            }
        }
    }

    // MARK: - Parents and blocks

    private mutating func applyPairRules() {
        for index in tokens.indices {
            let kind = tokens[index].kind
            guard kind == .parent || kind == .block || kind == .partial else { continue }
            let close = structure.partner[index]
            let enclosing = enclosingDefinitionIndentation(of: index)
            if kind == .partial {
                if let indentation = siteIndentation[index] { siteIndentation[index] = relative(indentation, to: enclosing) }
            } else if kind == .parent {
                if let leading = leadingBlanks(before: index), let trailing = trailingBlanks(after: close) {
                    for blank in leading.tokens { dropped[blank] = true }
                    for blank in trailing.tokens { dropped[blank] = true }
                    siteIndentation[index] = relative(Array(bytes[leading.lineStart..<tokens[index].start]), to: enclosing)
                }
            } else if structure.isArgument(index, in: tokens) {
                applyArgumentRules(open: index, close: close)
            } else {
                applyParameterRules(open: index, close: close, enclosing: enclosing)
            }
        }
    }

    /// An argument's opening tag at the end of its line takes the line break;
    /// its closing tag takes the blanks before it on its line.
    private mutating func applyArgumentRules(open: Int, close: Int) {
        if let trailing = trailingBlanks(after: open) {
            for blank in trailing.tokens { dropped[blank] = true }
            opensOnOwnLine.insert(open)
            definitionIndentation[open] = leadingWhitespace(at: trailing.nextLineStart)
        } else {
            definitionIndentation[open] = []
        }
        if let leading = leadingBlanks(before: close) {
            for blank in leading.tokens { dropped[blank] = true }
            suppressedLines.insert(lineOfToken[close])
        }
    }

    /// A parameter standing alone as a pair is indented: by the whitespace that
    /// starts its content when it opens at the end of a line, else by the
    /// whitespace before its opening tag.
    private mutating func applyParameterRules(open: Int, close: Int, enclosing: [UInt8]?) {
        let trailing = trailingBlanks(after: open)
        if trailing != nil && standaloneLines.contains(lineOfToken[open]) { opensOnOwnLine.insert(open) }
        guard let leading = leadingBlanks(before: open), trailingBlanks(after: close) != nil else {
            if let enclosing { definitionIndentation[open] = enclosing }
            return
        }
        let indentation: [UInt8]
        if let trailing {
            indentation = leadingWhitespace(at: trailing.nextLineStart)
        } else {
            indentation = Array(bytes[leading.lineStart..<tokens[open].start])
            for blank in leading.tokens { dropped[blank] = true }
        }
        definitionIndentation[open] = indentation
        siteIndentation[open] = relative(indentation, to: enclosing)
    }

    /// The indentation stripped from lines inside the block enclosing `index`.
    private func enclosingDefinitionIndentation(of index: Int) -> [UInt8]? {
        let block = structure.enclosingBlock(of: index, in: tokens)
        return block >= 0 ? definitionIndentation[block] : nil
    }

    private func relative(_ indentation: [UInt8], to enclosing: [UInt8]?) -> [UInt8] {
        guard let enclosing, !enclosing.isEmpty, indentation.starts(with: enclosing) else { return indentation }
        return Array(indentation[enclosing.count...])
    }

    // MARK: - Line starts

    private mutating func findLineStarts() {
        lineStarts = []
        for (lineIndex, line) in lines.enumerated()
        where !standaloneLines.contains(lineIndex) && !suppressedLines.contains(lineIndex) {
            guard let first = line.first(where: { !dropped[$0] }) else { continue }
            if placesItsOwnIndentation(first) { continue }
            lineStarts.insert(first)
        }
    }

    /// Standalone parents and parameter blocks indent their first line themselves.
    private func placesItsOwnIndentation(_ index: Int) -> Bool {
        (tokens[index].kind == .parent || tokens[index].kind == .block) && siteIndentation[index] != nil
    }

    /// Removes a block's definition indentation from the start of each of its
    /// lines, so that the site where the block lands can indent it afresh.
    /// Returns whether a text token became empty (and so disappeared).
    private mutating func stripDefinitionIndentation() -> Bool {
        var emptied = false
        for start in lineStarts where tokens[start].kind == .text {
            guard let indentation = enclosingDefinitionIndentation(of: start), !indentation.isEmpty,
                  bytes[tokens[start].start..<tokens[start].end].starts(with: indentation) else { continue }
            tokens[start].start += indentation.count
            if tokens[start].start == tokens[start].end {
                dropped[start] = true
                emptied = true
            }
        }
        return emptied
    }

    // MARK: - Scanning

    /// The blank text tokens between the start of the line and `index`, if
    /// nothing else precedes it on its line.
    private func leadingBlanks(before index: Int) -> (tokens: [Int], lineStart: Int)? {
        var blanks: [Int] = []
        var cursor = index - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.isTag { return nil }
            if token.endsLine { return (blanks, token.end) }
            if !token.isBlank { return nil }
            blanks.append(cursor)
            cursor -= 1
        }
        return (blanks, 0)
    }

    /// The blank text tokens after `index` up to and including the line break,
    /// if nothing else follows it on its line.
    private func trailingBlanks(after index: Int) -> (tokens: [Int], nextLineStart: Int)? {
        var blanks: [Int] = []
        var cursor = index + 1
        while cursor < tokens.count {
            let token = tokens[cursor]
            if token.isTag || !token.isBlank { return nil }
            blanks.append(cursor)
            if token.endsLine { return (blanks, token.end) }
            cursor += 1
        }
        return (blanks, bytes.count)
    }

    private func leadingWhitespace(at offset: Int) -> [UInt8] {
        var end = offset
        while end < bytes.count && (bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t")) { end += 1 }
        return Array(bytes[offset..<end])
    }

    private func lineStartOffset(of lineIndex: Int) -> Int {
        lineIndex == 0 ? 0 : tokens[lines[lineIndex - 1].upperBound - 1].end
    }
}

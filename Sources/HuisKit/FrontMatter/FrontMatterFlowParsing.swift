/// Flow collections: `[a, b]` and `{ key: value }`, nested as deep as needed and
/// spread over lines if wanted (those lines indented more than the parent).
/// Entries of a flow mapping must be `key: value`; a `key: value` inside `[ ]`
/// (a YAML single-pair mapping) is refused as confusing.
extension FrontMatterSyntax {
    mutating func parseFlowCollection(parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        current == Byte.openBracket ? try parseFlowSequence(parent: parent) : try parseFlowMapping(parent: parent)
    }

    mutating func parseFlowSequence(parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let open = index
        try enterNesting(at: open)
        defer { leaveNesting() }
        let openPosition = nodePosition(of: open)
        index += 1
        var items: [FrontMatterNode] = []
        while true {
            try skipFlowSpace(parent: parent, open: open)
            if current == Byte.closeBracket {
                index += 1
                break
            }
            items.append(try parseFlowNode(parent: parent, open: open))
            try skipFlowSpace(parent: parent, open: open)
            switch current {
            case Byte.comma:
                index += 1
            case Byte.closeBracket:
                index += 1
                return FrontMatterNode(.sequence(items), style: .flow, at: openPosition)
            case Byte.colon:
                throw pairInFlowSequence(at: index)
            default:
                throw expectedFlowSeparator(at: index, open: open)
            }
        }
        return FrontMatterNode(.sequence(items), style: .flow, at: openPosition)
    }

    mutating func parseFlowMapping(parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let open = index
        try enterNesting(at: open)
        defer { leaveNesting() }
        let openPosition = nodePosition(of: open)
        index += 1
        var pairs: [FrontMatterPair] = []
        var seen: [String: SourcePosition] = [:]
        while true {
            try skipFlowSpace(parent: parent, open: open)
            if current == Byte.closeBrace {
                index += 1
                break
            }
            let keyStart = index
            let keyPosition = nodePosition(of: keyStart)
            let key = try scanFlowKey(parent: parent, open: open)
            skipBlanks()
            let colonFollows = current == Byte.colon
                && (key.isQuoted || Byte.isBlankOrBreak(byte(at: index + 1)) || Byte.isFlowIndicator(byte(at: index + 1)))
            guard colonFollows else { throw missingColonInFlowMapping(at: index, key: key.text) }
            let afterColon = index + 1
            index += 1
            try skipFlowSpace(parent: parent, open: open)
            let value: FrontMatterNode
            if current == Byte.comma || current == Byte.closeBrace {
                value = emptyScalar(at: afterColon)
            } else {
                value = try parseFlowNode(parent: parent, open: open)
            }
            let pair = FrontMatterPair(key: key.text, keyPosition: keyPosition, value: value)
            append(pair, keyOffset: keyStart, to: &pairs, seen: &seen)
            try skipFlowSpace(parent: parent, open: open)
            switch current {
            case Byte.comma:
                index += 1
            case Byte.closeBrace:
                index += 1
                return FrontMatterNode(.mapping(pairs), style: .flow, at: openPosition)
            case Byte.colon:
                throw colonInValue(at: index, key: key.text)
            default:
                throw expectedFlowSeparator(at: index, open: open)
            }
        }
        return FrontMatterNode(.mapping(pairs), style: .flow, at: openPosition)
    }

    /// A key inside `{ }`: plain or quoted, on one line.
    mutating func scanFlowKey(parent: Int, open: Int) throws(DiagnosticError) -> (text: String, isQuoted: Bool) {
        let start = index
        switch current {
        case Byte.doubleQuote, Byte.singleQuote:
            let quoted = try scanQuoted(from: start, parent: parent)
            if quoted.isMultiLine { throw keySpansLines(at: start) }
            index = quoted.end
            return (quoted.value, true)
        case Byte.openBracket, Byte.openBrace:
            throw complexKey(at: start)
        case Byte.comma:
            throw missingFlowEntry(at: start)
        default:
            try rejectIndicatorStart(at: start, inFlow: true)
            let plain = try scanPlain(from: start, parent: parent, inFlow: true)
            if plain.isMultiLine { throw keySpansLines(at: start) }
            index = plain.end
            return (plain.value, false)
        }
    }

    /// An item of `[ ]` or a value of `{ }`.
    mutating func parseFlowNode(parent: Int, open: Int) throws(DiagnosticError) -> FrontMatterNode {
        let start = index
        switch current {
        case Byte.openBracket, Byte.openBrace:
            return try parseFlowCollection(parent: parent)
        case Byte.doubleQuote, Byte.singleQuote:
            return try parseQuoted(parent: parent)
        case Byte.comma:
            throw missingFlowEntry(at: start)
        case Byte.pipe, Byte.greaterThan:
            throw blockScalarInsideBrackets(at: start)
        default:
            try rejectIndicatorStart(at: start, inFlow: true)
            let plain = try scanPlain(from: start, parent: parent, inFlow: true)
            index = plain.end
            return FrontMatterNode(.scalar(plain.value), style: .plain, at: nodePosition(of: start))
        }
    }

    /// Skips blanks, comments and line breaks between the parts of a flow
    /// collection. Lines inside the brackets must be indented more than the parent.
    mutating func skipFlowSpace(parent: Int, open: Int) throws(DiagnosticError) {
        while true {
            switch current {
            case Byte.space, Byte.tab:
                index += 1
            case Byte.hash:
                // `#` right after a value is text in YAML, not a comment; leave it to the caller.
                guard index > 0, Byte.isBlank(text[index - 1]) || text[index - 1] == Byte.newline else { return }
                lastCommentInFlow = index
                while current != Byte.newline && current != Byte.end { index += 1 }
            case Byte.newline:
                index += 1
                let lineBegin = index
                while current == Byte.space { index += 1 }
                let indent = index - lineBegin
                switch current {
                case Byte.newline, Byte.hash:
                    continue
                case Byte.tab:
                    guard restOfLineIsEmpty(from: index) else { throw tabIndentation(at: index) }
                case Byte.end:
                    throw unclosedFlow(at: open)
                default:
                    if indent <= parent {
                        if current == Byte.closeBracket || current == Byte.closeBrace {
                            throw closingBracketNotIndented(at: index, open: open)
                        }
                        throw unclosedFlow(at: open)
                    }
                }
            case Byte.end:
                throw unclosedFlow(at: open)
            default:
                return
            }
        }
    }
}

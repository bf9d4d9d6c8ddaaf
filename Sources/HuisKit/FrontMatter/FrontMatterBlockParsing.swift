/// Block structure: the root mapping, nested mappings and sequences, decided by
/// indentation as in YAML. A node that continues on more lines must indent those
/// lines more than its parent: the key it is the value of, or the `-` it is an
/// item of (`parent` below is that column; -1 for the root).
extension FrontMatterSyntax {
    /// A `key:` found at the start of a mapping entry.
    struct ScannedKey {
        var text: String
        var offset: Int
        /// Just after the `:`.
        var valueStart: Int
    }

    // MARK: Root

    mutating func parseRoot() throws(DiagnosticError) -> FrontMatterNode {
        guard let first = try nextContentLine(from: 0) else {
            return FrontMatterNode(.mapping([]), style: .block, at: openingPosition)
        }
        index = first.offset
        if current == Byte.openBrace {
            let node = try parseFlowCollection(parent: -1)
            try rejectColonAfterNode(startingAt: first.offset, ownerKey: nil)
            try finishLine(after: .flowCollection)
            if let extra = try nextContentLine(from: index) {
                throw textAfterRootFlowMapping(at: extra.offset)
            }
            return node
        }
        if isSequenceEntry(at: index) {
            throw rootIsNotMapping(at: index, found: .sequence)
        }
        if current == Byte.openBracket {
            _ = try parseFlowCollection(parent: -1)
            try rejectColonAfterNode(startingAt: first.offset, ownerKey: nil)
            throw rootIsNotMapping(at: first.offset, found: .sequence)
        }
        guard let key = try scanImplicitKey(parent: -1) else {
            throw rootIsNotMapping(at: index, found: .scalar)
        }
        // The root mapping ends only at the end of the text: a line indented
        // less than its keys is an error inside `parseBlockMapping`.
        return try parseBlockMapping(indent: first.indent, parent: -1, firstKey: key)
    }

    // MARK: Keys

    /// If a `key:` (plain or quoted, followed by `:` and a blank) starts at the
    /// cursor, returns it without moving; nil when the line holds something else.
    /// `parent` is the column a quoted key's continuation lines must pass.
    /// Throws for what can never start a node (anchors, tags, ...).
    func scanImplicitKey(parent: Int) throws(DiagnosticError) -> ScannedKey? {
        let start = index
        switch current {
        case Byte.doubleQuote, Byte.singleQuote:
            let quoted = try scanQuoted(from: start, parent: parent)
            var after = quoted.end
            while Byte.isBlank(byte(at: after)) { after += 1 }
            guard byte(at: after) == Byte.colon, Byte.isBlankOrBreak(byte(at: after + 1)) else { return nil }
            if quoted.isMultiLine { throw keySpansLines(at: start) }
            return ScannedKey(text: quoted.value, offset: start, valueStart: after + 1)
        case Byte.openBracket, Byte.openBrace, Byte.pipe, Byte.greaterThan:
            return nil
        default:
            if isSequenceEntry(at: start) { return nil }
            try rejectIndicatorStart(at: start, inFlow: false)
            let line = scanPlainLine(from: start, inFlow: false)
            guard line.stop == .colon else { return nil }
            return ScannedKey(text: string(start..<line.textEnd), offset: start, valueStart: line.stopOffset + 1)
        }
    }

    // MARK: Mappings

    /// A block mapping whose keys start in column `indent` (0-based); the first
    /// key has been scanned already.
    mutating func parseBlockMapping(
        indent: Int, parent: Int, firstKey: ScannedKey
    ) throws(DiagnosticError) -> FrontMatterNode {
        try enterNesting(at: firstKey.offset)
        defer { leaveNesting() }
        let mappingPosition = nodePosition(of: firstKey.offset)
        var pairs: [FrontMatterPair] = []
        var seen: [String: SourcePosition] = [:]
        var key = firstKey
        while true {
            index = key.valueStart
            let keyPosition = nodePosition(of: key.offset)
            let value = try parseMappingValue(keyIndent: indent, key: key.text)
            let pair = FrontMatterPair(key: key.text, keyPosition: keyPosition, value: value)
            append(pair, keyOffset: key.offset, to: &pairs, seen: &seen)

            guard let next = try nextContentLine(from: index) else { break }
            if next.indent == indent {
                index = next.offset
                guard let nextKey = try scanImplicitKey(parent: parent) else {
                    throw notAKey(at: next.offset, previousKey: key.text)
                }
                key = nextKey
                continue
            }
            if next.indent > indent {
                throw indentedMoreThanKey(at: next.offset, key: key.text, keyOffset: key.offset)
            }
            if next.indent > parent {
                throw indentationMatchesNoLevel(at: next.offset, siblingIndent: indent)
            }
            break
        }
        return FrontMatterNode(.mapping(pairs), style: .block, at: mappingPosition)
    }

    /// The value after `key:`: on the same line, on the lines below, or empty.
    mutating func parseMappingValue(keyIndent: Int, key: String) throws(DiagnosticError) -> FrontMatterNode {
        let afterColon = index
        skipBlanks()
        if current == Byte.newline || current == Byte.end || current == Byte.hash {
            index = startOfNextLine(after: index)
            return try parseValueBelow(parent: keyIndent, sequenceMayAlignWithParent: true, emptyAt: afterColon)
        }
        return try parseValueOnLine(parent: keyIndent, ownerKey: key)
    }

    /// A value that starts on a line of its own, below its key or `-`. YAML
    /// lets the items of a list start in the column of its key (`key:` then
    /// `- item`), but not in the column of a `-`.
    mutating func parseValueBelow(
        parent: Int, sequenceMayAlignWithParent: Bool, emptyAt: Int
    ) throws(DiagnosticError) -> FrontMatterNode {
        guard let next = try nextContentLine(from: index) else { return emptyScalar(at: emptyAt) }
        if next.indent > parent {
            index = next.offset
            return try parseBlockNode(column: next.indent, parent: parent)
        }
        if sequenceMayAlignWithParent && next.indent == parent && isSequenceEntry(at: next.offset) {
            index = next.offset
            return try parseBlockSequence(indent: parent)
        }
        return emptyScalar(at: emptyAt)
    }

    /// A node that may be a mapping or a sequence: at the start of a line, or
    /// after `- ` (`- key: value`, `- - item`).
    mutating func parseBlockNode(column: Int, parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        if isSequenceEntry(at: index) {
            return try parseBlockSequence(indent: column)
        }
        if let key = try scanImplicitKey(parent: parent) {
            return try parseBlockMapping(indent: column, parent: parent, firstKey: key)
        }
        return try parseValueOnLine(parent: parent, ownerKey: nil)
    }

    /// A scalar, a flow collection or a block scalar that starts at the cursor.
    /// `ownerKey` is the key when the value follows `key: ` on the same line.
    mutating func parseValueOnLine(parent: Int, ownerKey: String?) throws(DiagnosticError) -> FrontMatterNode {
        let start = index
        switch current {
        case Byte.pipe, Byte.greaterThan:
            return try parseBlockScalar(parent: parent)
        case Byte.openBracket, Byte.openBrace:
            let node = try parseFlowCollection(parent: parent)
            try rejectColonAfterNode(startingAt: start, ownerKey: ownerKey)
            try finishLine(after: .flowCollection)
            return node
        case Byte.doubleQuote, Byte.singleQuote:
            let node = try parseQuoted(parent: parent)
            try rejectColonAfterNode(startingAt: start, ownerKey: ownerKey)
            try finishLine(after: .quote)
            return node
        default:
            if isSequenceEntry(at: start) { throw sequenceOnKeyLine(at: start, key: ownerKey ?? "") }
            try rejectIndicatorStart(at: start, inFlow: false)
            let scan = try scanPlain(from: start, parent: parent, inFlow: false)
            if scan.stop == .colon {
                throw colonInValue(at: scan.stopOffset, key: ownerKey)
            }
            if let misplaced = scan.misplacedKey {
                throw continuationLooksLikeKey(at: misplaced, valueStart: start, key: ownerKey)
            }
            index = scan.end
            try finishLine(after: .plain)
            return FrontMatterNode(.scalar(scan.value), style: .plain, at: nodePosition(of: start))
        }
    }

    /// `key: "a": b` and `[a]: b`: a `: ` after a complete quoted or flow value.
    func rejectColonAfterNode(startingAt start: Int, ownerKey: String?) throws(DiagnosticError) {
        var scan = index
        while Byte.isBlank(byte(at: scan)) { scan += 1 }
        guard byte(at: scan) == Byte.colon, Byte.isBlankOrBreak(byte(at: scan + 1)) else { return }
        let opener = byte(at: start)
        if ownerKey == nil && (opener == Byte.openBracket || opener == Byte.openBrace) {
            throw complexKey(at: start)
        }
        throw colonInValue(at: scan, key: ownerKey)
    }

    // MARK: Sequences

    /// A block sequence whose `-` are in column `indent`.
    mutating func parseBlockSequence(indent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let start = index
        try enterNesting(at: start)
        defer { leaveNesting() }
        let sequencePosition = nodePosition(of: start)
        var items: [FrontMatterNode] = []
        while true {
            items.append(try parseSequenceItem(dashIndent: indent))
            guard let next = try nextContentLine(from: index) else { break }
            if next.indent == indent && isSequenceEntry(at: next.offset) {
                index = next.offset
                continue
            }
            if next.indent > indent {
                throw indentedMoreThanItem(at: next.offset)
            }
            break
        }
        return FrontMatterNode(.sequence(items), style: .block, at: sequencePosition)
    }

    /// One `- item`, with the cursor on the `-`.
    mutating func parseSequenceItem(dashIndent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let dash = index
        index += 1
        while current == Byte.space { index += 1 }
        if current == Byte.tab && !restOfLineIsEmpty(from: index) {
            throw tabAfterDash(at: index)
        }
        skipBlanks()
        if current == Byte.newline || current == Byte.end || current == Byte.hash {
            index = startOfNextLine(after: index)
            return try parseValueBelow(parent: dashIndent, sequenceMayAlignWithParent: false, emptyAt: dash + 1)
        }
        return try parseBlockNode(column: dashIndent + (index - dash), parent: dashIndent)
    }
}

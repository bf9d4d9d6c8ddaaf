/// The bytes that have a meaning in front matter, named so the scanners read
/// like the grammar. Everything is ASCII, so scanning UTF-8 bytes is safe:
/// a byte of a multi-byte character is never one of these.
enum FrontMatterByte {
    static let end: UInt8 = 0x00  // returned past the last byte; real NULs are rejected up front
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Blank, line end or end of input: what must follow `-`, `:` and `?` to make them indicators.
    static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == end
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace || byte == closeBrace
    }
}

/// The parser of the text between the `---` lines: UTF-8 bytes with `\n` line
/// ends and a cursor over them. The grammar lives in extensions, one file per
/// concern (block structure, flow collections, plain, quoted and block scalars).
///
/// Block-level parse functions start at the first byte of their node and return
/// with the cursor at the start of the line after the node, so the caller can
/// look at the indentation of what follows.
struct FrontMatterSyntax {
    typealias Byte = FrontMatterByte

    /// The front matter, every line ending in `\n`.
    let text: [UInt8]
    /// Index of the first byte of every line; the last entry is `text.count` when the text ends with a line break.
    let lineStarts: [Int]
    /// Whether each line is pure ASCII, so a column is a byte offset (no scan, even on very long lines).
    let lineIsASCII: [Bool]
    /// The first byte that may start a refused invisible character; the check starts there.
    let firstSuspiciousByte: Int?
    /// The line of the file on which `text` starts.
    let firstLine: Int
    let file: String
    /// The opening `---`, where a front matter without any key points.
    let openingPosition: SourcePosition

    var index = 0
    /// How deep collections are nested, to refuse input that would exhaust the stack.
    var depth = 0
    /// Duplicate keys are collected rather than thrown, so one run reports them all.
    var duplicateKeys: [Diagnostic] = []
    /// The last comment seen inside brackets: `{ color: #fff }` hides the `}` in a comment.
    var lastCommentInFlow: Int?
    /// The last column computed on a line with non-ASCII text, so that the
    /// nodes of one long line are counted from the previous node, not from the
    /// start of the line every time.
    var columnCache = (line: -1, offset: 0, column: 1)

    static let maximumDepth = 64

    init(text: [UInt8], firstLine: Int, file: String, openingPosition: SourcePosition) {
        self.text = text
        self.firstLine = firstLine
        self.file = file
        self.openingPosition = openingPosition
        var starts = [0]
        var ascii: [Bool] = []
        starts.reserveCapacity(text.count / 16 + 2)
        ascii.reserveCapacity(text.count / 16 + 2)
        var lineIsASCII = true
        var suspicious: Int?
        for offset in text.indices {
            let byte = text[offset]
            if byte >= 0x80 { lineIsASCII = false }
            if suspicious == nil && Self.maySuspect(byte) { suspicious = offset }
            if byte == Byte.newline {
                starts.append(offset + 1)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            }
        }
        ascii.append(lineIsASCII)
        lineStarts = starts
        self.lineIsASCII = ascii
        firstSuspiciousByte = suspicious
    }

    /// Control characters, and the lead bytes of C1 controls, LS/PS and U+FEFF/FFFE/FFFF.
    private static func maySuspect(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != Byte.tab && byte != Byte.newline) || byte == 0x7F
            || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
    }

    // MARK: Reading bytes

    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        offset < text.count ? text[offset] : Byte.end
    }

    @inline(__always)
    var current: UInt8 { byte(at: index) }

    // MARK: Positions

    /// The line (0-based, within `text`) that holds `offset`.
    func lineNumber(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The file position of a byte: columns count Unicode scalars, so only the
    /// bytes that start a scalar are counted.
    func position(of offset: Int) -> SourcePosition {
        let line = lineNumber(of: offset)
        let stop = min(offset, text.count)
        if lineIsASCII[line] {
            return SourcePosition(line: firstLine + line, column: stop - lineStarts[line] + 1)
        }
        var column = 1
        var scan = lineStarts[line]
        while scan < stop {
            if text[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        return SourcePosition(line: firstLine + line, column: column)
    }

    /// `position(of:)` for the nodes being built, which mostly come in the
    /// order of the text: continues counting from the previous one.
    mutating func nodePosition(of offset: Int) -> SourcePosition {
        let line = lineNumber(of: offset)
        if lineIsASCII[line] {
            return SourcePosition(line: firstLine + line, column: min(offset, text.count) - lineStarts[line] + 1)
        }
        var scan = lineStarts[line]
        var column = 1
        if columnCache.line == line && columnCache.offset <= offset {
            scan = columnCache.offset
            column = columnCache.column
        }
        let stop = min(offset, text.count)
        while scan < stop {
            if text[scan] & 0xC0 != 0x80 { column += 1 }
            scan += 1
        }
        columnCache = (line, stop, column)
        return SourcePosition(line: firstLine + line, column: column)
    }

    /// Text of a range, for messages; long text is cut.
    func excerpt(_ range: Range<Int>, limit: Int = 40) -> String {
        let bytes = text[range.clamped(to: 0..<text.count)]
        let string = String(decoding: bytes, as: UTF8.self)
        guard string.unicodeScalars.count > limit else { return string }
        return String(String.UnicodeScalarView(string.unicodeScalars.prefix(limit))) + "…"
    }

    // MARK: Lines

    /// The offset just past the line break of the line that holds `offset`.
    func startOfNextLine(after offset: Int) -> Int {
        var scan = offset
        while scan < text.count && text[scan] != Byte.newline { scan += 1 }
        return min(scan + 1, text.count)
    }

    /// Skips spaces and tabs on the current line.
    mutating func skipBlanks() {
        while Byte.isBlank(current) { index += 1 }
    }

    /// Whether the rest of a line from `offset` is blanks and perhaps a comment.
    func restOfLineIsEmpty(from offset: Int) -> Bool {
        var scan = offset
        while Byte.isBlank(byte(at: scan)) { scan += 1 }
        let next = byte(at: scan)
        return next == Byte.newline || next == Byte.end || next == Byte.hash
    }

    /// From the start of a line, finds the next line that holds something other
    /// than blanks and comments, without moving: its indentation and the offset
    /// of its first non-space byte. Nil at the end of the front matter.
    func nextContentLine(from start: Int) throws(DiagnosticError) -> (indent: Int, offset: Int)? {
        var scan = start
        while scan < text.count {
            let lineBegin = scan
            while byte(at: scan) == Byte.space { scan += 1 }
            switch byte(at: scan) {
            case Byte.newline:
                scan += 1
            case Byte.hash:
                scan = startOfNextLine(after: scan)
            case Byte.tab:
                // A tab is fine on a line that holds nothing but a comment.
                guard restOfLineIsEmpty(from: scan) else { throw tabIndentation(at: scan) }
                scan = startOfNextLine(after: scan)
            case Byte.end:
                return nil
            default:
                return (scan - lineBegin, scan)
            }
        }
        return nil
    }

    /// After a value on its line: only blanks and a comment may follow. Moves to
    /// the start of the next line.
    mutating func finishLine(after ending: ValueEnding) throws(DiagnosticError) {
        let valueEnd = index
        skipBlanks()
        // A comment needs a blank before it: `"a"#b` is text after the value.
        if current == Byte.hash && index > valueEnd {
            index = startOfNextLine(after: index)
            return
        }
        guard current == Byte.newline || current == Byte.end else {
            throw textAfterValue(at: index, ending: ending)
        }
        index = min(index + 1, text.count)
    }

    /// Whether `offset` holds a block sequence entry: `-` followed by a blank or line end.
    func isSequenceEntry(at offset: Int) -> Bool {
        byte(at: offset) == Byte.dash && Byte.isBlankOrBreak(byte(at: offset + 1))
    }

    // MARK: Nesting

    mutating func enterNesting(at offset: Int) throws(DiagnosticError) {
        depth += 1
        if depth > Self.maximumDepth { throw nestedTooDeeply(at: offset) }
    }

    mutating func leaveNesting() {
        depth -= 1
    }

    // MARK: Building

    func string(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }

    mutating func emptyScalar(at offset: Int) -> FrontMatterNode {
        FrontMatterNode(.scalar(""), style: .plain, at: nodePosition(of: offset))
    }

    /// Adds a pair unless its key is already there; a duplicate is recorded as a
    /// diagnostic and parsing goes on, so all duplicates are reported at once.
    mutating func append(
        _ pair: FrontMatterPair, keyOffset: Int, to pairs: inout [FrontMatterPair], seen: inout [String: SourcePosition]
    ) {
        if let first = seen[pair.key] {
            duplicateKeys.append(duplicateKey(pair.key, at: keyOffset, first: first))
            return
        }
        seen[pair.key] = pair.keyPosition
        pairs.append(pair)
    }
}

/// What a value on a line ended with, to explain text that follows it.
enum ValueEnding {
    case quote, flowCollection, plain
}

/// Single- and double-quoted scalars. Both may span lines: a line break becomes
/// a space, a blank line a line break, and the blanks around a break are
/// dropped. Double quotes know the escapes `\\ \" \/ \n \t \r \0 \xHH \uHHHH
/// \UHHHHHHHH` and `\` at the end of a line (join without a space); single
/// quotes only `''` for a quote.
extension FrontMatterSyntax {
    struct QuotedScan {
        var value: String
        /// Just past the closing quote.
        var end: Int
        var isMultiLine: Bool
    }

    mutating func parseQuoted(parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let start = index
        let scan = try scanQuoted(from: start, parent: parent)
        index = scan.end
        let style: FrontMatterNode.Style = text[start] == Byte.doubleQuote ? .doubleQuoted : .singleQuoted
        return FrontMatterNode(.scalar(scan.value), style: style, at: nodePosition(of: start))
    }

    func scanQuoted(from start: Int, parent: Int) throws(DiagnosticError) -> QuotedScan {
        let quote = text[start]
        let isDouble = quote == Byte.doubleQuote
        var value: [UInt8] = []
        // Literal blanks before a line break are not content; remember where they start.
        var trailingBlanks: Int?
        var isMultiLine = false
        var scan = start + 1

        while true {
            let byte = byte(at: scan)
            switch byte {
            case Byte.end:
                throw unclosedQuote(at: start)
            case quote:
                if !isDouble && self.byte(at: scan + 1) == Byte.singleQuote {
                    value.append(Byte.singleQuote)
                    trailingBlanks = nil
                    scan += 2
                    continue
                }
                return QuotedScan(
                    value: String(decoding: value, as: UTF8.self), end: scan + 1, isMultiLine: isMultiLine)
            case Byte.backslash where isDouble:
                if self.byte(at: scan + 1) == Byte.newline {
                    // An escaped line break joins the lines and keeps the blanks before the `\`.
                    let next = try quotedContinuation(after: scan + 1, parent: parent, quoteAt: start)
                    value.append(contentsOf: repeatElement(Byte.newline, count: next.emptyLines))
                    trailingBlanks = nil
                    isMultiLine = true
                    scan = next.offset
                    continue
                }
                scan = try appendEscape(at: scan, to: &value, quoteAt: start)
                trailingBlanks = nil
            case Byte.newline:
                if let blanks = trailingBlanks { value.removeSubrange(blanks...) }
                trailingBlanks = nil
                let next = try quotedContinuation(after: scan, parent: parent, quoteAt: start)
                if next.emptyLines == 0 {
                    value.append(Byte.space)
                } else {
                    value.append(contentsOf: repeatElement(Byte.newline, count: next.emptyLines))
                }
                isMultiLine = true
                scan = next.offset
            case Byte.space, Byte.tab:
                if trailingBlanks == nil { trailingBlanks = value.count }
                value.append(byte)
                scan += 1
            default:
                value.append(byte)
                trailingBlanks = nil
                scan += 1
            }
        }
    }

    /// After a line break inside quotes: skips blank lines (counting them) and
    /// the indentation of the next line. That line must be indented more than
    /// the parent; if not, the quote was most likely never closed.
    func quotedContinuation(
        after lineEnd: Int, parent: Int, quoteAt start: Int
    ) throws(DiagnosticError) -> (offset: Int, emptyLines: Int) {
        var scan = lineEnd + 1
        var emptyLines = 0
        while true {
            let lineBegin = scan
            while byte(at: scan) == Byte.space { scan += 1 }
            let indent = scan - lineBegin
            switch byte(at: scan) {
            case Byte.newline:
                emptyLines += 1
                scan += 1
            case Byte.end:
                throw unclosedQuote(at: start)
            case Byte.tab:
                var after = scan
                while Byte.isBlank(byte(at: after)) { after += 1 }
                guard byte(at: after) == Byte.newline else { throw tabIndentation(at: scan) }
                emptyLines += 1
                scan = after + 1
            default:
                guard indent > parent else { throw unclosedQuote(at: start) }
                return (scan, emptyLines)
            }
        }
    }

    /// Decodes the escape at `offset` (the backslash) and returns the offset after it.
    func appendEscape(at offset: Int, to value: inout [UInt8], quoteAt start: Int) throws(DiagnosticError) -> Int {
        let code = byte(at: offset + 1)
        switch code {
        case Byte.end: throw unclosedQuote(at: start)
        case Byte.backslash, Byte.doubleQuote, Byte.slash: value.append(code)
        case UInt8(ascii: "n"): value.append(Byte.newline)
        case UInt8(ascii: "t"): value.append(Byte.tab)
        case UInt8(ascii: "r"): value.append(0x0D)
        case Byte.zero: value.append(0x00)
        case UInt8(ascii: "x"): return try appendHexEscape(at: offset, digits: 2, to: &value)
        case UInt8(ascii: "u"): return try appendHexEscape(at: offset, digits: 4, to: &value)
        case UInt8(ascii: "U"): return try appendHexEscape(at: offset, digits: 8, to: &value)
        default: throw invalidEscape(at: offset)
        }
        return offset + 2
    }

    func appendHexEscape(at offset: Int, digits: Int, to value: inout [UInt8]) throws(DiagnosticError) -> Int {
        var code: UInt32 = 0
        for digitOffset in (offset + 2)..<(offset + 2 + digits) {
            guard let digit = Self.hexValue(byte(at: digitOffset)) else {
                throw badHexEscape(at: offset, digits: digits)
            }
            code = code << 4 | digit
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw invalidUnicodeEscape(at: offset, digits: digits)
        }
        UTF8.encode(scalar) { value.append($0) }
        return offset + 2 + digits
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case Byte.zero...Byte.nine: return UInt32(byte - Byte.zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

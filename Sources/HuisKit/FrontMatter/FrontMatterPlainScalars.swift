/// Plain (unquoted) scalars, as YAML reads them: the text runs until `: `, ` #`
/// or the end of the line (and, inside brackets, until `,` `[` `]` `{` `}`), and
/// continues on following lines that are indented more than its parent; those
/// lines are folded into one, a blank line becoming a line break.
extension FrontMatterSyntax {
    enum PlainStop {
        /// The line ended (or the text did).
        case lineEnd
        /// A `:` followed by a blank (or, in flow, by a flow indicator): a key ends here.
        case colon
        /// A ` #` comment.
        case comment
        /// A `,` `[` `]` `{` `}` inside brackets.
        case flowIndicator
    }

    struct PlainLine {
        /// Just past the last non-blank byte of the text.
        var textEnd: Int
        /// Where the scan stopped, e.g. the `:` or the `#`.
        var stopOffset: Int
        var stop: PlainStop
    }

    struct PlainScan {
        var value: String
        var end: Int
        var stop: PlainStop
        var stopOffset: Int
        var isMultiLine: Bool
        /// A following line that reads like `key: value` but is indented as a continuation.
        var misplacedKey: Int?
    }

    /// Scans the plain text that starts at `start` up to the end of its line.
    func scanPlainLine(from start: Int, inFlow: Bool) -> PlainLine {
        var scan = start
        var textEnd = start
        while true {
            let byte = byte(at: scan)
            switch byte {
            case Byte.newline, Byte.end:
                return PlainLine(textEnd: textEnd, stopOffset: scan, stop: .lineEnd)
            case Byte.space, Byte.tab:
                scan += 1
            case Byte.colon:
                let next = self.byte(at: scan + 1)
                if Byte.isBlankOrBreak(next) || (inFlow && Byte.isFlowIndicator(next)) {
                    return PlainLine(textEnd: textEnd, stopOffset: scan, stop: .colon)
                }
                scan += 1
                textEnd = scan
            case Byte.hash where scan > start && Byte.isBlank(text[scan - 1]):
                return PlainLine(textEnd: textEnd, stopOffset: scan, stop: .comment)
            default:
                if inFlow && Byte.isFlowIndicator(byte) {
                    return PlainLine(textEnd: textEnd, stopOffset: scan, stop: .flowIndicator)
                }
                scan += 1
                textEnd = scan
            }
        }
    }

    /// Scans a plain scalar that may continue on the lines below. The first byte
    /// must already be known to start a plain scalar.
    func scanPlain(from start: Int, parent: Int, inFlow: Bool) throws(DiagnosticError) -> PlainScan {
        var line = scanPlainLine(from: start, inFlow: inFlow)
        var folded: [UInt8]?  // only built when the scalar spans lines
        var end = line.textEnd
        var misplacedKey: Int?

        while line.stop == .lineEnd && line.stopOffset < text.count {
            guard let next = try continuationLine(after: line.stopOffset, parent: parent) else { break }
            let following = scanPlainLine(from: next.offset, inFlow: inFlow)
            if !inFlow && following.stop == .colon {
                // A more indented `key: value` line: YAML refuses it, and the
                // caller knows which key to name in the error.
                misplacedKey = next.offset
                break
            }
            // Inside brackets, a line that starts with `,` or `]` ends the scalar.
            if following.textEnd == next.offset { break }
            if folded == nil { folded = Array(text[start..<end]) }
            if next.emptyLines == 0 {
                folded!.append(Byte.space)
            } else {
                folded!.append(contentsOf: repeatElement(Byte.newline, count: next.emptyLines))
            }
            folded!.append(contentsOf: text[next.offset..<following.textEnd])
            end = following.textEnd
            line = following
        }

        let value = folded.map { String(decoding: $0, as: UTF8.self) } ?? string(start..<end)
        return PlainScan(
            value: value, end: end, stop: line.stop, stopOffset: line.stopOffset, isMultiLine: folded != nil,
            misplacedKey: misplacedKey)
    }

    /// The line that continues a plain scalar whose line ends at `lineEnd`: the
    /// next non-blank line, if it is indented more than `parent` and is not a
    /// comment. Counts the blank lines in between, which become line breaks.
    func continuationLine(after lineEnd: Int, parent: Int) throws(DiagnosticError) -> (offset: Int, emptyLines: Int)? {
        var scan = lineEnd + 1
        var emptyLines = 0
        while scan < text.count {
            let lineBegin = scan
            while byte(at: scan) == Byte.space { scan += 1 }
            let indent = scan - lineBegin
            switch byte(at: scan) {
            case Byte.newline:
                emptyLines += 1
                scan += 1
            case Byte.tab:
                var after = scan
                while Byte.isBlank(byte(at: after)) { after += 1 }
                switch byte(at: after) {
                case Byte.newline:
                    emptyLines += 1
                    scan = after + 1
                case Byte.end, Byte.hash:
                    return nil
                default:
                    throw tabIndentation(at: scan)
                }
            case Byte.end, Byte.hash:
                return nil
            default:
                return indent > parent ? (scan, emptyLines) : nil
            }
        }
        return nil
    }

    /// Refuses the characters YAML gives a meaning at the start of a node and
    /// that this subset does not support (or that would start a scalar YAML
    /// refuses), each with its own explanation.
    func rejectIndicatorStart(at offset: Int, inFlow: Bool) throws(DiagnosticError) {
        let first = byte(at: offset)
        let next = byte(at: offset + 1)
        let isIndicator = Byte.isBlankOrBreak(next) || (inFlow && Byte.isFlowIndicator(next))
        switch first {
        case Byte.ampersand: throw anchor(at: offset)
        case Byte.asterisk: throw alias(at: offset)
        case Byte.exclamation: throw tag(at: offset)
        case Byte.at, Byte.backtick: throw reservedIndicator(at: offset)
        case Byte.percent: throw directive(at: offset)
        case Byte.question where isIndicator: throw complexKey(at: offset)
        // YAML 1.1 parsers read `[?x]` as a mapping, YAML 1.2 as the text `?x`: refused as ambiguous.
        case Byte.question where inFlow: throw unexpectedIndicator(at: offset)
        case Byte.colon where isIndicator: throw missingKey(at: offset)
        case Byte.dash where isIndicator: throw dashInsideBrackets(at: offset)
        case Byte.comma, Byte.closeBracket, Byte.closeBrace, Byte.openBracket, Byte.openBrace:
            throw unexpectedIndicator(at: offset)
        case Byte.hash, Byte.pipe, Byte.greaterThan, Byte.doubleQuote, Byte.singleQuote:
            throw unexpectedIndicator(at: offset)
        default:
            return
        }
    }
}

/// Literal (`|`) and folded (`>`) block scalars with their header: a chomping
/// indicator (`-` strips the final line breaks, `+` keeps them all, none keeps
/// one) and an optional indentation digit, relative to the parent's column.
extension FrontMatterSyntax {
    enum Chomping {
        case strip, clip, keep
    }

    mutating func parseBlockScalar(parent: Int) throws(DiagnosticError) -> FrontMatterNode {
        let start = index
        let startPosition = nodePosition(of: start)
        let isLiteral = current == Byte.pipe
        index += 1

        var chomping = Chomping.clip
        var sawChomping = false
        var explicitIndent: Int?
        while !Byte.isBlankOrBreak(current) {
            switch current {
            case Byte.dash where !sawChomping, Byte.plus where !sawChomping:
                chomping = current == Byte.dash ? .strip : .keep
                sawChomping = true
            case Byte.zero:
                throw blockIndentationZero(at: index)
            case (Byte.zero + 1)...Byte.nine where explicitIndent == nil:
                explicitIndent = Int(current - Byte.zero)
            default:
                throw blockScalarHeader(at: index, indicator: isLiteral ? "|" : ">")
            }
            index += 1
        }
        skipBlanks()
        if current == Byte.hash {
            index = startOfNextLine(after: index)
        } else if current == Byte.newline || current == Byte.end {
            index = min(index + 1, text.count)
        } else {
            throw textAfterBlockIndicator(at: index, indicator: isLiteral ? "|" : ">")
        }

        let indent: Int
        if let explicitIndent {
            indent = max(parent, 0) + explicitIndent
        } else {
            indent = try detectBlockIndentation(parent: parent)
        }
        let value = try readBlockLines(indent: indent, isLiteral: isLiteral, chomping: chomping)
        return FrontMatterNode(.scalar(value), style: isLiteral ? .literal : .folded, at: startPosition)
    }

    /// The indentation of the first line with text. Blank lines before it may
    /// not have more spaces (YAML refuses that too). Without any text line, the
    /// scalar is empty and its indentation only decides which blank lines it owns.
    func detectBlockIndentation(parent: Int) throws(DiagnosticError) -> Int {
        var scan = index
        var widestBlank = 0
        var widestBlankOffset = index
        while scan < text.count {
            let lineBegin = scan
            while byte(at: scan) == Byte.space { scan += 1 }
            let spaces = scan - lineBegin
            if byte(at: scan) == Byte.newline {
                if spaces > widestBlank {
                    widestBlank = spaces
                    widestBlankOffset = lineBegin
                }
                scan += 1
                continue
            }
            guard spaces > parent else { break }
            if widestBlank > spaces {
                throw blankLineWiderThanText(at: widestBlankOffset + spaces, textIndent: spaces)
            }
            return spaces
        }
        return max(widestBlank, parent + 1, 1)
    }

    /// Reads the lines indented by at least `indent` and assembles the value.
    mutating func readBlockLines(indent: Int, isLiteral: Bool, chomping: Chomping) throws(DiagnosticError) -> String {
        var value: [UInt8] = []
        var emptyLines = 0
        var sawText = false
        var previousStartsWithBlank = false
        var scan = index

        while scan < text.count {
            let lineBegin = scan
            while byte(at: scan) == Byte.space && scan - lineBegin < indent { scan += 1 }
            if scan - lineBegin < indent {
                let next = byte(at: scan)
                if next == Byte.newline {
                    emptyLines += 1
                    scan += 1
                    continue
                }
                if next == Byte.tab { throw tabIndentation(at: scan) }
                // A line indented less: the scalar ended on the line before.
                scan = lineBegin
                break
            }
            var lineEnd = scan
            while lineEnd < text.count && text[lineEnd] != Byte.newline { lineEnd += 1 }
            if lineEnd == scan {
                // Only the indentation: an empty line.
                emptyLines += 1
                scan = min(lineEnd + 1, text.count)
                continue
            }
            let startsWithBlank = Byte.isBlank(text[scan])
            if !sawText {
                value.append(contentsOf: repeatElement(Byte.newline, count: emptyLines))
            } else if !isLiteral && !previousStartsWithBlank && !startsWithBlank {
                // Folding: a single break between two text lines becomes a space;
                // with blank lines between, only those remain, as line breaks.
                if emptyLines == 0 {
                    value.append(Byte.space)
                } else {
                    value.append(contentsOf: repeatElement(Byte.newline, count: emptyLines))
                }
            } else {
                value.append(contentsOf: repeatElement(Byte.newline, count: emptyLines + 1))
            }
            value.append(contentsOf: text[scan..<lineEnd])
            emptyLines = 0
            sawText = true
            previousStartsWithBlank = startsWithBlank
            scan = min(lineEnd + 1, text.count)
        }
        index = scan

        switch chomping {
        case .strip:
            break
        case .clip:
            if sawText { value.append(Byte.newline) }
        case .keep:
            value.append(contentsOf: repeatElement(Byte.newline, count: emptyLines + (sawText ? 1 : 0)))
        }
        return String(decoding: value, as: UTF8.self)
    }
}

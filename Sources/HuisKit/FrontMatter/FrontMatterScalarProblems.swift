/// The errors about scalars and flow collections: quotes, escapes, block
/// scalar headers, brackets.
extension FrontMatterSyntax {
    // MARK: Quotes

    func unclosedQuote(at offset: Int) -> DiagnosticError {
        let quote = character(at: offset)
        let name = quote == "\"" ? "double quotes" : "single quotes"
        // 's avonds, 't Kapoentje: Flemish words that start with an apostrophe.
        let next = offset + 2 < text.count ? [text[offset + 1], text[offset + 2]] : []
        if quote == "'", next.count == 2, [UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "S"), UInt8(ascii: "T")].contains(next[0]),
           next[1] == UInt8(ascii: " ") {
            return problem(
                "The text in \(name) that starts here is never closed.", at: offset,
                hint: "A value that starts with an apostrophe (such as 's avonds or 't Kapoentje) must be put in "
                    + "double quotes: write `\"` before it and after the whole value.")
        }
        return problem(
            "The text in \(name) that starts here is never closed.", at: offset,
            hint: "Add the closing `\(quote)` at the end of the value. If the value continues on the next "
                + "lines, indent those lines more than its key.")
    }

    func invalidEscape(at offset: Int) -> DiagnosticError {
        let escape = "\\" + character(at: offset + 1)
        return problem(
            "`\(escape)` is not a valid escape inside double quotes.", at: offset,
            hint: "Write a backslash as `\\\\`, or use single quotes, in which `\\` has no special meaning.")
    }

    func badHexEscape(at offset: Int, digits: Int) -> DiagnosticError {
        let escape = "\\" + character(at: offset + 1)
        return problem(
            "`\(escape)` must be followed by \(digits) hexadecimal digits (0-9, A-F).", at: offset,
            hint: "Write the character itself, or complete the code, for example `\\u00E9` for é.")
    }

    func invalidUnicodeEscape(at offset: Int, digits: Int) -> DiagnosticError {
        problem(
            "`\(excerpt(offset..<(offset + 2 + digits)))` is not a valid Unicode character.", at: offset,
            hint: "Write the character itself instead of its code.")
    }

    // MARK: Block scalars

    func blockIndentationZero(at offset: Int) -> DiagnosticError {
        problem(
            "The indentation number after `|` or `>` must be 1 to 9.", at: offset,
            hint: "Remove the number; the indentation of the first text line is used.")
    }

    func blockScalarHeader(at offset: Int, indicator: String) -> DiagnosticError {
        problem(
            "Unexpected `\(character(at: offset))` after `\(indicator)`.", at: offset,
            hint: "After `\(indicator)` only `-` (drop the final line break), `+` (keep all final line breaks) "
                + "and an indentation number are allowed; the text goes on the lines below.")
    }

    func textAfterBlockIndicator(at offset: Int, indicator: String) -> DiagnosticError {
        problem(
            "The text of a `\(indicator)` block starts on the next line, not after `\(indicator)`.", at: offset,
            hint: "Move this text to the next line and indent it more than the key.")
    }

    func blankLineWiderThanText(at offset: Int, textIndent: Int) -> DiagnosticError {
        problem(
            "This empty line at the start of the block has more spaces than the first text line "
                + "(\(textIndent) spaces).", at: offset,
            hint: "Remove the spaces from the empty lines at the start of the block.")
    }

    // MARK: Flow collections

    func flowName(_ open: Int) -> (what: String, close: String) {
        byte(at: open) == Byte.openBracket ? ("list", "]") : ("mapping", "}")
    }

    func unclosedFlow(at open: Int) -> DiagnosticError {
        let (what, close) = flowName(open)
        var hint = "Add `\(close)` after the last entry. Lines inside the brackets must be indented more than the key."
        if let comment = lastCommentInFlow, comment > open {
            hint += " Note that ` #` starts a comment (line \(line(of: comment))): put a value with `#` in quotes,"
                + " as in `\"#0b5a8a\"`."
        }
        return problem(
            "The \(what) that starts with `\(character(at: open))` here is never closed.", at: open, hint: hint)
    }

    func closingBracketNotIndented(at offset: Int, open: Int) -> DiagnosticError {
        problem(
            "This `\(character(at: offset))` must be indented more than the key it belongs to.", at: offset,
            hint: "Indent the closing bracket, or put it at the end of the line before.")
    }

    func expectedFlowSeparator(at offset: Int, open: Int) -> DiagnosticError {
        let (what, close) = flowName(open)
        let openPosition = position(of: open)
        let found = byte(at: offset) == Byte.end ? "the end" : "`\(character(at: offset))`"
        return problem(
            "Expected `,` or `\(close)` here, but found \(found) in the \(what) that starts on line "
                + "\(openPosition.line), column \(openPosition.column).", at: offset,
            hint: "Separate entries with commas and close with `\(close)`. "
                + "Put entries that contain `,` `[` `]` `{` `}` or `#` in quotes.")
    }

    func pairInFlowSequence(at offset: Int) -> DiagnosticError {
        problem(
            "A `key: value` pair inside `[ ]` is not supported.", at: offset,
            hint: "Use `{ key: value }` for a mapping, or put the item in quotes if the colon is part of the text.")
    }

    func missingColonInFlowMapping(at offset: Int, key: String) -> DiagnosticError {
        problem(
            "Expected `:` after the key `\(key)`.", at: offset,
            hint: "Write every entry inside `{ }` as `key: value`, with a space after the colon.")
    }

    func missingFlowEntry(at offset: Int) -> DiagnosticError {
        problem(
            "There is no entry before this comma.", at: offset,
            hint: "Remove the extra comma, or put an empty value in quotes: `\"\"`.")
    }

    func dashInsideBrackets(at offset: Int) -> DiagnosticError {
        problem(
            "A `- ` list item cannot stand inside brackets.", at: offset,
            hint: "Inside `[ ]`, separate the items with commas; or put the item in quotes.")
    }

    func blockScalarInsideBrackets(at offset: Int) -> DiagnosticError {
        problem(
            "A `\(character(at: offset))` block cannot stand inside brackets.", at: offset,
            hint: "Use a quoted value inside brackets; or put the value in quotes if it starts with this character.")
    }
}

/// The errors of the front-matter parser, worded for editors rather than
/// programmers: what is wrong, and what to write instead.
extension FrontMatterSyntax {
    enum RootShape {
        case sequence, scalar
    }

    func problem(_ message: String, at offset: Int, hint: String) -> DiagnosticError {
        DiagnosticError(.error(Self.diagnosticStyle(message), file: file, at: position(of: offset), hint: hint))
    }

    /// Messages follow the compiler convention of every huis diagnostic: lower
    /// case first word (unless it is an acronym), no closing period.
    static func diagnosticStyle(_ sentence: String) -> String {
        var text = Substring(sentence)
        if text.hasSuffix(".") { text = text.dropLast() }
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[0].properties.isUppercase, !scalars[1].properties.isUppercase else { return String(text) }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The character that starts at `offset`, for quoting it in a message.
    func character(at offset: Int) -> String {
        var end = offset + 1
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        return string(offset..<min(end, text.count))
    }

    func line(of offset: Int) -> Int { position(of: offset).line }

    // MARK: Layout

    func tabIndentation(at offset: Int) -> DiagnosticError {
        problem(
            "A tab character is used for indentation here.", at: offset,
            hint: "Indent with spaces only; YAML does not allow tabs for indentation.")
    }

    func tabAfterDash(at offset: Int) -> DiagnosticError {
        problem(
            "A tab character follows the `-` of this list item.", at: offset,
            hint: "Put a space, not a tab, after `-`.")
    }

    func nestedTooDeeply(at offset: Int) -> DiagnosticError {
        problem(
            "The front matter is nested too deeply here (more than \(Self.maximumDepth) levels).", at: offset,
            hint: "Simplify the structure; front matter never needs this many levels.")
    }

    func indentedMoreThanKey(at offset: Int, key: String, keyOffset: Int) -> DiagnosticError {
        problem(
            "This line is indented more than the key `\(key)` on line \(line(of: keyOffset)).", at: offset,
            hint: "Keys of the same block start in the same column. To put this under `\(key)`, "
                + "leave the value after `\(key):` empty and indent the lines below it.")
    }

    func indentedMoreThanItem(at offset: Int) -> DiagnosticError {
        problem(
            "This line is indented more than the list item above it, but is not part of it.", at: offset,
            hint: "Start every item with `-` in the same column, or put the text of an item in quotes.")
    }

    func indentationMatchesNoLevel(at offset: Int, siblingIndent: Int) -> DiagnosticError {
        problem(
            "The indentation of this line does not line up with the lines above it.", at: offset,
            hint: "Start it in the same column as the keys it belongs with (the keys just above "
                + "start in column \(siblingIndent + 1)).")
    }

    func continuationLooksLikeKey(at offset: Int, valueStart: Int, key: String?) -> DiagnosticError {
        let message = key.map {
            "This line is indented more than `\($0)`, so it continues the value of `\($0)`, "
                + "but it looks like a new `key: value`."
        } ?? "This line continues the text that starts on line \(line(of: valueStart)), but it looks like a new `key: value`."
        return problem(
            message, at: offset,
            hint: "Start a new key in the same column as the keys around it. "
                + "If the text should contain `: `, put the whole value in quotes.")
    }

    func notAKey(at offset: Int, previousKey: String) -> DiagnosticError {
        if isSequenceEntry(at: offset) {
            return problem(
                "A list item `-` stands among `key: value` lines.", at: offset,
                hint: "To give a key a list, write the key with nothing after the colon "
                    + "and put the items below it, each starting with `-`.")
        }
        var hint = "Every line here must be `key: value`."
        if containsColonWithoutSpace(from: offset) { hint += " Put a space after the colon." }
        hint += " If this line belongs to the value of `\(previousKey)`, indent it more than `\(previousKey)`;"
            + " if it is text for the page, it belongs below the closing `---`."
        return problem("This line is not a `key: value` pair.", at: offset, hint: hint)
    }

    func rootIsNotMapping(at offset: Int, found: RootShape) -> DiagnosticError {
        let what = found == .sequence ? "a list" : "text without a key"
        var hint = "Write each field as `key: value`, for example `title: Over ons`."
        if containsColonWithoutSpace(from: offset) { hint += " Put a space after the colon." }
        hint += " Text for the page belongs below the closing `---`."
        return problem("The front matter must be `key: value` lines, but this is \(what).", at: offset, hint: hint)
    }

    func textAfterRootFlowMapping(at offset: Int) -> DiagnosticError {
        problem(
            "Nothing may follow the `{ }` that holds the whole front matter.", at: offset,
            hint: "Write the front matter either as one `{ ... }` or as `key: value` lines, not both.")
    }

    func containsColonWithoutSpace(from offset: Int) -> Bool {
        var scan = offset
        while scan < text.count && text[scan] != Byte.newline {
            if text[scan] == Byte.colon && !Byte.isBlankOrBreak(byte(at: scan + 1)) { return true }
            scan += 1
        }
        return false
    }

    // MARK: Keys and values

    func duplicateKey(_ key: String, at offset: Int, first: SourcePosition) -> Diagnostic {
        .error(
            "the key `\(key)` appears twice here; it was first used on line \(first.line)",
            file: file, at: position(of: offset),
            hint: "Keep one `\(key)` and remove the other.")
    }

    func keySpansLines(at offset: Int) -> DiagnosticError {
        problem(
            "A key must fit on one line.", at: offset,
            hint: "Write the key and its `:` on a single line.")
    }

    func colonInValue(at offset: Int, key: String?) -> DiagnosticError {
        let subject = key.map { "The value of `\($0)`" } ?? "This value"
        let example = key.map { "`\($0): \"...: ...\"`" } ?? "`\"...: ...\"`"
        return problem(
            "\(subject) contains `: ` (a colon and a space), which starts a new `key: value`.", at: offset,
            hint: "Put the whole value in quotes, for example \(example).")
    }

    func sequenceOnKeyLine(at offset: Int, key: String) -> DiagnosticError {
        problem(
            "A list cannot start on the same line as its key `\(key)`.", at: offset,
            hint: "Leave the line `\(key):` empty after the colon and put each item on its own line below it, "
                + "starting with `-`. Or write the list as `[a, b]`.")
    }

    func missingKey(at offset: Int) -> DiagnosticError {
        problem(
            "There is no key before this `:`.", at: offset,
            hint: "Write the key before the colon, as in `title: Over ons`.")
    }

    func textAfterValue(at offset: Int, ending: ValueEnding) -> DiagnosticError {
        if byte(at: offset) == Byte.colon {
            return problem(
                "A `:` right after this value, without a space.", at: offset,
                hint: "For a key, put a space after the colon (`\"key\": value`); "
                    + "if the colon is part of the text, put it inside the quotes or brackets.")
        }
        switch ending {
        case .quote:
            return problem(
                "There is text after the closing quote of this value.", at: offset,
                hint: "Put the whole value inside the quotes; a comment needs a space before `#`.")
        case .flowCollection:
            return problem(
                "There is text after the closing bracket of this value.", at: offset,
                hint: "Put every item inside the brackets, separated by commas.")
        case .plain:
            return problem(
                "Unexpected text here.", at: offset,
                hint: "Put the value in quotes.")
        }
    }

    // MARK: Unsupported YAML

    func anchor(at offset: Int) -> DiagnosticError {
        problem(
            "Anchors (`&name`) are not supported in front matter.", at: offset,
            hint: "Write the value out in full. If `&` is part of the text, put the value in quotes.")
    }

    func alias(at offset: Int) -> DiagnosticError {
        problem(
            "Aliases (`*name`) are not supported in front matter.", at: offset,
            hint: "Write the value out in full. If `*` is part of the text, put the value in quotes.")
    }

    func tag(at offset: Int) -> DiagnosticError {
        problem(
            "Tags (such as `!!str`) are not supported in front matter: every value is text already.", at: offset,
            hint: "Remove the tag. If `!` is part of the text, put the value in quotes.")
    }

    func reservedIndicator(at offset: Int) -> DiagnosticError {
        let mark = character(at: offset)
        let name = mark == "`" ? "a backtick (`)" : "`\(mark)`"
        return problem(
            "A value cannot start with \(name) unless it is in quotes.", at: offset,
            hint: "Put the value in quotes, for example `\"\(mark)...\"`.")
    }

    func directive(at offset: Int) -> DiagnosticError {
        if position(of: offset).column == 1 {
            return problem(
                "Directives such as `%YAML` are not allowed in front matter.", at: offset,
                hint: "Remove this line. If `%` is part of a value, put the value in quotes.")
        }
        return problem(
            "A value cannot start with `%` unless it is in quotes.", at: offset,
            hint: "Put the value in quotes, for example `\"%...\"`.")
    }

    func complexKey(at offset: Int) -> DiagnosticError {
        problem(
            "Complex keys (`? ` or a list or mapping used as a key) are not supported.", at: offset,
            hint: "Use a plain word as the key, as in `title: Over ons`.")
    }

    func unexpectedIndicator(at offset: Int) -> DiagnosticError {
        let mark = character(at: offset)
        var hint = "If `\(mark)` is part of the text, put the value in quotes."
        if mark == "#" { hint += " A comment needs a space before `#`." }
        return problem("A value cannot start with `\(mark)` here.", at: offset, hint: hint)
    }

    func documentMarker(at offset: Int) -> DiagnosticError {
        if byte(at: offset) == Byte.dot {
            return problem(
                "`...` ends a YAML document; it is not allowed in front matter.", at: offset,
                hint: "Close the front matter with a line that holds only `---`.")
        }
        return problem(
            "This `---` line starts a second YAML document inside the front matter.", at: offset,
            hint: "The front matter ends with a line that holds only `---`; remove what follows `---` on this line.")
    }

    func controlCharacter(at offset: Int, scalar: UInt32) -> DiagnosticError {
        let code = String(scalar, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return problem(
            "The front matter contains an invisible control character (\(name)).", at: offset,
            hint: "Delete it; such characters often come along when text is copied from another program.")
    }
}

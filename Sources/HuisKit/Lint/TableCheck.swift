/// Tables. CommonMark (and so huis) has no table syntax: a GitHub-style pipe
/// table shows as a paragraph of text with `|` signs. Raw-HTML tables (only
/// shown with `unsafe_html: true`) need header cells (`<th>`), or a screen
/// reader cannot tell which column or row a value belongs to.
enum TableCheck {
    static func pipeTables(_ blocks: [MarkdownTextBlock], file: String) -> [Diagnostic] {
        blocks.compactMap { block in
            guard block.kind == .paragraph, hasPipe(block.text), isPipeTable(block.lines) else { return nil }
            return LintRule.tablePipeSyntax.diagnostic(
                "this looks like a table, but Markdown tables are not supported: it will show as text with | signs",
                file: file, at: block.position,
                hint: "Write the information as a list, one line per row (e.g. '- Maandag: 9 tot 12 uur'), "
                    + "or split it into short paragraphs under headings.")
        }
    }

    /// Whether the text has a `|`, searched in its bytes at once (every
    /// paragraph of every body is asked).
    static func hasPipe(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "|")) } ?? text.utf8.contains(UInt8(ascii: "|"))
    }

    /// A header line with `|` and a delimiter line such as `|---|:--:|`.
    static func isPipeTable(_ lines: [Substring]) -> Bool {
        guard lines.count >= 2, lines[0].contains("|") else { return false }
        let delimiter = lines[1].trimmed(of: " \t")
        guard delimiter.contains("|"), delimiter.contains("-") else { return false }
        var cells = delimiter.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed(of: " \t") }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy { cell in
            var body = cell[...]
            if body.hasPrefix(":") { body = body.dropFirst() }
            if body.hasSuffix(":") { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }

    /// Raw-HTML tables without a `<th>`; only checked when raw HTML is shown.
    static func htmlTables(_ blocks: [MarkdownHTMLBlock], file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // A table may run over several HTML blocks (a blank line inside it).
        var open: (position: SourcePosition, hasHeader: Bool)?
        for block in blocks {
            let lower = Array(block.html.lowercased().utf8)
            var i = 0
            var line = 0
            while i < lower.count {
                if lower[i] == UInt8(ascii: "\n") { line += 1 }
                if lower[i] == UInt8(ascii: "<") {
                    if tag("table", in: lower, at: i + 1) {
                        open = (SourcePosition(line: block.position.line + line, column: line == 0 ? block.position.column : 1), false)
                    } else if tag("th", in: lower, at: i + 1) {
                        open?.hasHeader = true
                    } else if lower.count > i + 1, lower[i + 1] == UInt8(ascii: "/"), tag("table", in: lower, at: i + 2), let table = open {
                        if !table.hasHeader { found.append(missingHeader(file: file, at: table.position)) }
                        open = nil
                    }
                }
                i += 1
            }
        }
        if let table = open, !table.hasHeader { found.append(missingHeader(file: file, at: table.position)) }
        return found
    }

    /// Whether `name` starts at `index` as a whole tag name (`<th>` but not `<thead>`).
    private static func tag(_ name: String, in bytes: [UInt8], at index: Int) -> Bool {
        let name = Array(name.utf8)
        guard index + name.count <= bytes.count, Array(bytes[index..<index + name.count]) == name else { return false }
        guard index + name.count < bytes.count else { return true }
        let next = bytes[index + name.count]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "/")
            || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\t")
    }

    private static func missingHeader(file: String, at position: SourcePosition) -> Diagnostic {
        LintRule.tableHeaderMissing.diagnostic(
            "this table has no header cells", file: file, at: position,
            hint: "Write the first row with <th> instead of <td> (e.g. <tr><th>Dag</th><th>Uren</th></tr>), "
                + "so a screen reader can say which column each value belongs to.")
    }
}

private extension StringProtocol {
    func trimmed(of characters: String) -> String {
        var s = self[...]
        while let first = s.first, characters.contains(first) { s = s.dropFirst() }
        while let last = s.last, characters.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

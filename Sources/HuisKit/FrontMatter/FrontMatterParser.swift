/// Reads the front matter of content files: a strict subset of YAML in which
/// every scalar is a string (see "Front matter: a strict YAML subset" in the
/// design). Whatever it accepts means the same strings to a YAML 1.2 parser;
/// what it refuses gets an error with the exact line and column and a hint.
public enum FrontMatterParser {
    /// Splits a content file into front matter and body and parses the front matter.
    ///
    /// - Parameters:
    ///   - source: the whole file.
    ///   - file: the path shown in diagnostics.
    /// - Returns: the front matter (`root` is nil when the file does not start
    ///   with a `---` line) and the body with `\n` line ends.
    /// - Throws: the problems found, each with file, line and column.
    public static func parse(_ source: String, file: String) throws(DiagnosticError) -> FrontMatterDocument {
        let sections = try FrontMatterSplitter.split(source, file: file)
        guard let frontMatter = sections.frontMatter else {
            return FrontMatterDocument(root: nil, openingPosition: .start, body: sections.body, bodyLine: 1)
        }
        let root = try parseFrontMatter(frontMatter, firstLine: 2, file: file)
        var document = FrontMatterDocument(
            root: root, openingPosition: .start, body: sections.body, bodyLine: sections.bodyLine)
        document.frontMatterHash = ContentHash.key(frontMatter)
        return document
    }

    /// Parses the lines between the `---` lines (each ending in `\n`), which
    /// start on line `firstLine` of the file.
    static func parseFrontMatter(_ text: [UInt8], firstLine: Int, file: String) throws(DiagnosticError) -> FrontMatterNode {
        var syntax = FrontMatterSyntax(text: text, firstLine: firstLine, file: file, openingPosition: .start)
        try syntax.rejectControlCharacters()
        guard let marker = syntax.firstDocumentMarker() else {
            return try syntax.parseDocument()
        }
        // Parse what comes before a second document, so an earlier error is
        // reported first; then refuse the second document itself.
        var before = FrontMatterSyntax(
            text: Array(text[..<marker]), firstLine: firstLine, file: file, openingPosition: .start)
        do throws(DiagnosticError) {
            _ = try before.parseDocument()
        } catch {
            // Duplicate keys alone do not stop a parse: add the second document to them.
            guard error.diagnostics.count == before.duplicateKeys.count else { throw error }
        }
        throw DiagnosticError((before.duplicateKeys + syntax.documentMarker(at: marker).diagnostics).sorted())
    }
}

extension FrontMatterSyntax {
    /// The root mapping; duplicate keys are reported together with the error
    /// that stopped the parse, if any.
    mutating func parseDocument() throws(DiagnosticError) -> FrontMatterNode {
        let root: FrontMatterNode
        do throws(DiagnosticError) {
            root = try parseRoot()
        } catch {
            throw DiagnosticError((duplicateKeys + error.diagnostics).sorted())
        }
        if !duplicateKeys.isEmpty { throw DiagnosticError(duplicateKeys) }
        return root
    }

    /// YAML refuses control characters (other than tab and line breaks) and a
    /// byte-order mark inside a document, even in quotes: they must be escaped.
    /// All of them are invisible, so an editor could not see what is wrong.
    func rejectControlCharacters() throws(DiagnosticError) {
        guard var offset = firstSuspiciousByte else { return }
        while offset < text.count {
            let byte = text[offset]
            if byte < 0x20 && byte != Byte.tab && byte != Byte.newline || byte == 0x7F {
                throw controlCharacter(at: offset, scalar: UInt32(byte))
            }
            if byte == 0xC2, offset + 1 < text.count, (0x80...0x9F).contains(text[offset + 1]) {
                throw controlCharacter(at: offset, scalar: UInt32(text[offset + 1]))
            }
            // NEL (above), LS and PS are line breaks to YAML 1.1 but not to
            // YAML 1.2: refused, so that both read the same.
            if byte == 0xE2, offset + 2 < text.count, text[offset + 1] == 0x80, text[offset + 2] == 0xA8 || text[offset + 2] == 0xA9 {
                throw controlCharacter(at: offset, scalar: 0x2000 | UInt32(text[offset + 2] - 0x80))
            }
            if byte == 0xEF, offset + 2 < text.count {
                let second = text[offset + 1]
                let third = text[offset + 2]
                if second == 0xBB && third == 0xBF { throw controlCharacter(at: offset, scalar: 0xFEFF) }
                if second == 0xBF && (third == 0xBE || third == 0xBF) {
                    throw controlCharacter(at: offset, scalar: 0xFF00 | UInt32(third - 0xBE + 0xFE))
                }
            }
            offset += 1
        }
    }

    /// The first line that starts with `---` or `...` followed by a blank:
    /// the start or end of another YAML document.
    func firstDocumentMarker() -> Int? {
        for start in lineStarts where start + 3 <= text.count {
            let first = text[start]
            guard first == Byte.dash || first == Byte.dot else { continue }
            if text[start + 1] == first && text[start + 2] == first && Byte.isBlankOrBreak(byte(at: start + 3)) {
                return start
            }
        }
        return nil
    }
}

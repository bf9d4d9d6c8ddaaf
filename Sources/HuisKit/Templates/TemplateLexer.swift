/// Splits a template's UTF-8 source into text and tag tokens, following
/// delimiter changes as it goes. Works on bytes: every delimiter and sigil is
/// ASCII, so no byte of a multi-byte character can be mistaken for one.
struct TemplateLexer {
    private let bytes: [UInt8]
    private let file: String
    private let sourceMap: TemplateSourceMap
    private var delimiters = TemplateDelimiters.standard
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var tokens: [TemplateToken] = []

    init(bytes: [UInt8], file: String, sourceMap: TemplateSourceMap) {
        self.bytes = bytes
        self.file = file
        self.sourceMap = sourceMap
    }

    mutating func tokenize() throws(DiagnosticError) -> [TemplateToken] {
        var cursor = 0
        while cursor < bytes.count {
            let tagStart = find(open, from: cursor) ?? bytes.count
            appendText(from: cursor, to: tagStart)
            if tagStart == bytes.count { break }
            cursor = try lexTag(at: tagStart)
        }
        return tokens
    }

    // MARK: - Text

    private mutating func appendText(from start: Int, to end: Int) {
        var lineStart = start
        var blank = true
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                tokens.append(textToken(lineStart, offset + 1, blank: blank, endsLine: true))
                lineStart = offset + 1
                blank = true
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
                        && !(byte == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n")) {
                blank = false
            }
            offset += 1
        }
        if lineStart < end {
            tokens.append(textToken(lineStart, end, blank: blank, endsLine: false))
        }
    }

    private func textToken(_ start: Int, _ end: Int, blank: Bool, endsLine: Bool) -> TemplateToken {
        var token = TemplateToken(kind: .text, start: start, end: end)
        token.isBlank = blank
        token.endsLine = endsLine
        return token
    }

    // MARK: - Tags

    /// Reads the tag whose opening delimiter starts at `start`; returns the offset after it.
    private mutating func lexTag(at start: Int) throws(DiagnosticError) -> Int {
        let contentStart = start + open.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        var kind: TemplateToken.Kind
        var nameStart = contentStart + 1
        var closing = close
        switch sigil {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "="):
            kind = .setDelimiters
            closing = [UInt8(ascii: "=")] + close
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            closing = [UInt8(ascii: "}")] + close
        default:
            kind = .variable(escaped: true)
            nameStart = contentStart
        }
        guard let nameEnd = find(closing, from: nameStart) else {
            throw DiagnosticError(TemplateDiagnostics.unclosedTag(
                preview(from: start), close: String(decoding: closing, as: UTF8.self),
                file: file, at: sourceMap.position(of: start)))
        }
        let end = nameEnd + closing.count
        var token = TemplateToken(kind: kind, start: start, end: end)
        token.delimiters = delimiters
        switch kind {
        case .comment:
            break
        case .setDelimiters:
            try changeDelimiters(content: Array(bytes[nameStart..<nameEnd]), tagStart: start, tagEnd: end)
        default:
            token.name = try validatedName(trimmed(nameStart, nameEnd), token: token)
        }
        tokens.append(token)
        return end
    }

    private func validatedName(_ name: String, token: TemplateToken) throws(DiagnosticError) -> String {
        let written = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        let position = sourceMap.position(of: token.start)
        if name.isEmpty {
            throw DiagnosticError(TemplateDiagnostics.emptyTag(written, file: file, at: position))
        }
        var valid = !name.utf8.contains { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 10 || $0 == 13 }
        // Names that look up data are dotted paths; partial and block names are free-form.
        switch token.kind {
        case .section, .invertedSection, .variable:
            if name != "." && name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                valid = false
            }
        default:
            break
        }
        if !valid {
            throw DiagnosticError(TemplateDiagnostics.invalidName(name, written: written, file: file, at: position))
        }
        return name
    }

    private mutating func changeDelimiters(content: [UInt8], tagStart: Int, tagEnd: Int) throws(DiagnosticError) {
        let parts = content.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 10 || $0 == 13 })
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw DiagnosticError(TemplateDiagnostics.invalidDelimiters(
                String(decoding: bytes[tagStart..<tagEnd], as: UTF8.self),
                file: file, at: sourceMap.position(of: tagStart)))
        }
        open = Array(parts[0])
        close = Array(parts[1])
        delimiters = TemplateDelimiters(open: String(decoding: open, as: UTF8.self),
                                        close: String(decoding: close, as: UTF8.self))
    }

    // MARK: - Helpers

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var offset = start
        let last = bytes.count - needle.count
        while offset <= last {
            if bytes[offset] == first {
                var matched = 1
                while matched < needle.count && bytes[offset + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return offset }
            }
            offset += 1
        }
        return nil
    }

    private func trimmed(_ start: Int, _ end: Int) -> String {
        var low = start
        var high = end
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        while low < high && isSpace(bytes[low]) { low += 1 }
        while high > low && isSpace(bytes[high - 1]) { high -= 1 }
        return String(decoding: bytes[low..<high], as: UTF8.self)
    }

    /// The start of an unclosed tag, up to the end of its line, for the message.
    private func preview(from start: Int) -> String {
        var end = start
        var scalars = 0
        while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 && scalars < 30 {
            end += 1
            if end == bytes.count || bytes[end] & 0xC0 != 0x80 { scalars += 1 }
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A content file cut into its front matter and its body, with line ends
/// normalised to `\n` and the byte-order mark dropped.
struct FrontMatterSections {
    /// The lines between the `---` lines, each ending in `\n`; nil when the file has no front matter.
    var frontMatter: [UInt8]?
    var body: String
    var bodyLine: Int
}

/// Finds the `---` lines on the UTF-8 bytes of a file. A line break is `\n`,
/// `\r\n` or a lone `\r`, as in YAML.
enum FrontMatterSplitter {
    private static let carriageReturn: UInt8 = 0x0D
    private static let newline = FrontMatterByte.newline

    static func split(_ source: String, file: String) throws(DiagnosticError) -> FrontMatterSections {
        var source = source
        let result = source.withUTF8 { bytes in
            Result { () throws(DiagnosticError) -> FrontMatterSections in try split(bytes, file: file) }
        }
        return try result.get()
    }

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(DiagnosticError) -> FrontMatterSections {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }

        let opening = lineEnd(in: bytes, from: start)
        guard isFenceLine(bytes, start, opening.contentEnd) else {
            return FrontMatterSections(frontMatter: nil, body: normalised(bytes, start..<bytes.count), bodyLine: 1)
        }

        var lineStart = opening.next
        var lineNumber = 2
        var firstDocumentEnd: Int?
        while lineStart < bytes.count {
            let line = lineEnd(in: bytes, from: lineStart)
            if isFenceLine(bytes, lineStart, line.contentEnd) {
                let frontMatter = normalisedBytes(bytes, opening.next..<lineStart)
                let bodyStart = line.next
                try rejectSecondFrontMatter(bytes, from: bodyStart, line: lineNumber + 1, file: file)
                return FrontMatterSections(
                    frontMatter: frontMatter,
                    body: normalised(bytes, bodyStart..<bytes.count),
                    bodyLine: lineNumber + 1)
            }
            if firstDocumentEnd == nil && line.contentEnd - lineStart >= 3
                && bytes[lineStart] == FrontMatterByte.dot && bytes[lineStart + 1] == FrontMatterByte.dot
                && bytes[lineStart + 2] == FrontMatterByte.dot
            {
                firstDocumentEnd = lineNumber
            }
            lineStart = line.next
            lineNumber += 1
        }

        var hint = "Add a line with only `---` after the last `key: value` line, before the text of the page."
        if let dots = firstDocumentEnd {
            hint += " The `...` on line \(dots) does not close front matter; use `---` there."
        }
        throw DiagnosticError(.error(
            "the front matter that starts here is never closed by a `---` line",
            file: file, at: .start, hint: hint))
    }

    /// A body that starts (after blank lines) with another `---` line holds a
    /// second front matter, most likely pasted by mistake.
    private static func rejectSecondFrontMatter(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, file: String
    ) throws(DiagnosticError) {
        var lineStart = start
        var lineNumber = line
        while lineStart < bytes.count {
            let end = lineEnd(in: bytes, from: lineStart)
            if isFenceLine(bytes, lineStart, end.contentEnd) {
                throw DiagnosticError(.error(
                    "a second front-matter block starts here", file: file,
                    at: SourcePosition(line: lineNumber, column: 1),
                    hint: "A page has one front matter between two `---` lines: move these fields into it. "
                        + "For a horizontal line at the top of the text, write `***`."))
            }
            guard isBlank(bytes, lineStart, end.contentEnd) else { return }
            lineStart = end.next
            lineNumber += 1
        }
    }

    /// The end of the line's content and the start of the next line.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (contentEnd: Int, next: Int) {
        var scan = start
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == newline { return (scan, scan + 1) }
            if byte == carriageReturn {
                let next = scan + 1 < bytes.count && bytes[scan + 1] == newline ? scan + 2 : scan + 1
                return (scan, next)
            }
            scan += 1
        }
        return (scan, scan)
    }

    /// `---` followed by nothing but blanks.
    private static func isFenceLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, bytes[start] == FrontMatterByte.dash, bytes[start + 1] == FrontMatterByte.dash,
            bytes[start + 2] == FrontMatterByte.dash
        else { return false }
        return isBlank(bytes, start + 3, end)
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var scan = start
        while scan < end {
            if !FrontMatterByte.isBlank(bytes[scan]) { return false }
            scan += 1
        }
        return true
    }

    /// The bytes of a range with `\r\n` and `\r` turned into `\n`.
    private static func normalisedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var scan = range.lowerBound
        while scan < range.upperBound {
            let byte = bytes[scan]
            if byte == carriageReturn {
                result.append(newline)
                if scan + 1 < range.upperBound && bytes[scan + 1] == newline { scan += 1 }
            } else {
                result.append(byte)
            }
            scan += 1
        }
        return result
    }

    private static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !slice.contains(carriageReturn) {
            return String(decoding: slice, as: UTF8.self)
        }
        return String(decoding: normalisedBytes(bytes, range), as: UTF8.self)
    }
}

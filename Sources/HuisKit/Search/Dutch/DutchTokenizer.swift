/// Splits text into word tokens for the search index, keeping each token's
/// position in the original text for highlighting.
///
/// - Words are runs of letters and digits (with combining accents):
///   "Kinderopvang", "mp3", "9u30".
/// - An apostrophe between letters stays in the word: "baby's", "zo'n",
///   "auto’s". Leading and trailing apostrophes are quotes and are dropped.
/// - Numbers keep decimal separators ("1,5", "2.500") and number ranges stay
///   one token ("0-3", "12–18").
/// - Hyphenated words give the whole ("Kind-en-Gezin", kind `.compound`)
///   followed by each part ("Kind", "en", "Gezin").
/// - E-mail addresses and web addresses (http://, https://, www.) are one
///   token, followed by the words of their name and domain.
///
/// The scan is a single pass over the Unicode scalars, linear in the text.
public struct DutchTokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [DutchToken] {
        var scalars: [Unicode.Scalar] = []
        return scan(text, scalars: &scalars) { utf8, spans in
            spans.map { span in
                DutchToken(text: String(decoding: UnsafeBufferPointer(rebasing: utf8[span.utf8]), as: UTF8.self),
                           kind: span.kind, utf8Range: span.utf8, utf16Range: span.utf16)
            }
        }
    }

    /// The tokens of `text` as spans, handed to `body` with the text's UTF-8
    /// bytes. The index build reads its words this way, without a String
    /// per token; `scalars` is a buffer that one text can leave to the next.
    func scan<Result>(_ text: String, scalars: inout [Unicode.Scalar],
                      _ body: (UnsafeBufferPointer<UInt8>, [DutchTokenSpan]) -> Result) -> Result {
        var text = text
        return text.withUTF8 { utf8 in
            // Never more scalars than bytes.
            if scalars.count < utf8.count {
                scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: utf8.count - scalars.count))
            }
            let spans = scalars.withUnsafeMutableBufferPointer { buffer in
                let count = Self.decode(utf8, into: buffer)
                let scanner = DutchTokenScanner(UnsafeBufferPointer(rebasing: buffer[0..<count]), utf8: utf8)
                scanner.scanAll()
                return scanner.spans
            }
            return body(utf8, spans)
        }
    }

    /// Decodes the UTF-8 of a String (always valid) into `scalars`, which
    /// has room for one scalar per byte; returns the number of scalars.
    /// Most text is ASCII, which takes one comparison per byte.
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var read = 0, written = 0
        let raw = UnsafeRawPointer(utf8.baseAddress)
        while read < utf8.count {
            // Eight ASCII bytes at a time.
            if let raw, read + 8 <= utf8.count, raw.loadUnaligned(fromByteOffset: read, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                for offset in 0..<8 { scalars[written + offset] = Unicode.Scalar(utf8[read + offset]) }
                read += 8
                written += 8
                continue
            }
            let lead = UInt32(utf8[read])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                read += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(utf8[read + 1] & 0x3F)
                read += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(utf8[read + 1] & 0x3F) << 6 | UInt32(utf8[read + 2] & 0x3F)
                read += 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(utf8[read + 1] & 0x3F) << 12 | UInt32(utf8[read + 2] & 0x3F) << 6
                    | UInt32(utf8[read + 3] & 0x3F)
                read += 4
            }
            scalars[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
            written += 1
        }
        return written
    }
}

/// A token without its text: what kind it is and where.
struct DutchTokenSpan: Sendable {
    var kind: DutchToken.Kind
    var utf8: Range<Int>
    var utf16: Range<Int>
}

/// The state of one tokenizer run: the scalars, the scan position and the
/// matching UTF-8/UTF-16 offsets, and the tokens found so far.
///
/// A class over a borrowed buffer so the hot loop neither copies nor
/// reference-counts anything; it lives only inside `DutchTokenizer.scan`.
final class DutchTokenScanner {
    /// A scan position with its offsets in both encodings.
    struct Mark {
        var index: Int
        var utf8: Int
        var utf16: Int
    }

    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The same text as UTF-8, to tell whether it has an `@`.
    let utf8: UnsafeBufferPointer<UInt8>
    private(set) var mark = Mark(index: 0, utf8: 0, utf16: 0)
    // Only this scanner touches it, from one thread: no run-time checks.
    @exclusivity(unchecked) private(set) var spans: [DutchTokenSpan] = []
    /// Where the last look for an e-mail address stopped; see `scanEmailAddress`.
    var emailSearchedUpTo = 0

    /// Whether the text has an `@` at all: most texts have none, and then
    /// no word needs the look for an e-mail address.
    let hasAtSign: Bool

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8: UnsafeBufferPointer<UInt8>) {
        self.scalars = scalars
        self.utf8 = utf8
        hasAtSign = utf8.contains(UInt8(ascii: "@"))
        // About one token per six bytes of text: one allocation for most texts.
        spans.reserveCapacity(utf8.count / 6 + 4)
    }

    /// Web addresses start with `http` or `www`, in any case: most words
    /// that start with h or w are told apart by their second letter.
    private func mayStartWebAddress(at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let first = scalars[index].value | 0x20, second = scalars[index + 1].value | 0x20
        return (first == 0x68 && second == 0x74) || (first == 0x77 && second == 0x77)
    }

    var position: Int { mark.index }
    var atEnd: Bool { mark.index >= scalars.count }

    func scalar(at index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func advance() {
        let scalar = scalars[mark.index]
        mark.index += 1
        mark.utf8 += UTF8.width(scalar)
        mark.utf16 += UTF16.width(scalar)
    }

    func advance(to index: Int) {
        while mark.index < index { advance() }
    }

    func emit(_ kind: DutchToken.Kind, from start: Mark, to end: Mark) {
        spans.append(DutchTokenSpan(kind: kind, utf8: start.utf8..<end.utf8, utf16: start.utf16..<end.utf16))
    }

    func scanAll() {
        while !atEnd {
            let value = scalars[position].value
            if value < 0x80 {
                guard Self.isASCIIAlphanumeric(value) else {
                    // ASCII space and punctuation: one byte, one UTF-16 unit.
                    mark = Mark(index: mark.index + 1, utf8: mark.utf8 + 1, utf16: mark.utf16 + 1)
                    continue
                }
                if scanPlainASCIIWord() { continue }
            } else if !DutchCharacters.isWordCharacter(scalars[position]) {
                advance()
                continue
            }
            if mayStartWebAddress(at: position), scanWebAddress() { continue }
            if hasAtSign, scanEmailAddress() { continue }
            scanWordGroup()
        }
    }

    private static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        let lower = value | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
    }

    /// The common word: ASCII letters and digits followed by something that
    /// cannot continue it (a space, most punctuation, the end of the text),
    /// in a text without addresses at this point. Emitted here, as the
    /// general scan would; false (and nothing done) for anything else.
    private func scanPlainASCIIWord() -> Bool {
        guard !hasAtSign, !mayStartWebAddress(at: position) else { return false }
        var index = mark.index, hasLetter = false
        while index < scalars.count {
            let value = scalars[index].value
            let lower = value | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                hasLetter = true
            } else if !(value >= 0x30 && value <= 0x39) {
                break
            }
            index += 1
        }
        if index < scalars.count {
            // Not: beyond ASCII, a hyphen, an apostrophe (' or `), a full
            // stop (abbreviations, dotted names, decimals), or a decimal comma
            // in a number.
            switch scalars[index].value {
            case 0x80...: return false
            case 0x2D, 0x27, 0x60, 0x2E: return false
            case 0x2C where !hasLetter: return false
            default: break
            }
        }
        let length = index - mark.index
        let end = Mark(index: index, utf8: mark.utf8 + length, utf16: mark.utf16 + length)
        emit(hasLetter ? .word : .number, from: mark, to: end)
        mark = end
        return true
    }

    // MARK: Words, numbers and hyphenated groups

    private struct Part {
        var start: Mark
        var end: Mark
        var hasLetter: Bool
    }

    /// Scans words joined by hyphens, starting at a word character.
    private func scanWordGroup() {
        let groupStart = mark
        let first = scanPart()
        // Most words stand alone: no array for them.
        guard joinsNextPart() else {
            emit(first.hasLetter ? .word : .number, from: groupStart, to: mark)
            return
        }
        advance()
        var parts = [first]
        while true {
            parts.append(scanPart())
            guard joinsNextPart() else { break }
            advance()
        }
        if !parts.contains(where: \.hasLetter) {
            emit(.number, from: groupStart, to: mark)
        } else {
            emit(.compound, from: groupStart, to: mark)
            for part in parts {
                emit(part.hasLetter ? .word : .number, from: part.start, to: part.end)
            }
        }
    }

    /// A hyphen at the scan position with a word character after it.
    private func joinsNextPart() -> Bool {
        guard let next = scalar(at: position), DutchCharacters.isHyphen(next),
              let after = scalar(at: position + 1) else { return false }
        return DutchCharacters.isWordCharacter(after)
    }

    /// Scans one run of letters and digits, with inner apostrophes and, in
    /// numbers, decimal separators.
    private func scanPart() -> Part {
        let start = mark
        var hasLetter = false
        while true {
            // ASCII letters and digits, most of any text: one byte and one
            // UTF-16 unit each, counted in a local and stored once.
            var index = mark.index
            while index < scalars.count {
                let value = scalars[index].value
                let lower = value | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    hasLetter = true
                } else if !(value >= 0x30 && value <= 0x39) {
                    break
                }
                index += 1
            }
            let run = index - mark.index
            mark = Mark(index: index, utf8: mark.utf8 + run, utf16: mark.utf16 + run)
            guard index < scalars.count else { break }
            let current = scalars[index]
            if DutchCharacters.isLetter(current) {
                hasLetter = true
            } else if DutchCharacters.isDigit(current) || TextFolding.isCombiningMark(current) {
                // Part of the run.
            } else if DutchCharacters.isApostrophe(current), joinsLetters(at: position) {
                // "baby's", "zo'n"
            } else if current == "." || current == ",", !hasLetter, joinsDigits(at: position) {
                // "1,5", "2.500"
            } else {
                break
            }
            advance()
        }
        return Part(start: start, end: mark, hasLetter: hasLetter)
    }

    private func joinsLetters(at index: Int) -> Bool {
        guard let before = scalar(at: index - 1), let after = scalar(at: index + 1) else { return false }
        return (DutchCharacters.isLetter(before) || DutchCharacters.isDigit(before)
                || TextFolding.isCombiningMark(before)) && DutchCharacters.isLetter(after)
    }

    private func joinsDigits(at index: Int) -> Bool {
        guard let before = scalar(at: index - 1), let after = scalar(at: index + 1) else { return false }
        return DutchCharacters.isDigit(before) && DutchCharacters.isDigit(after)
    }
}

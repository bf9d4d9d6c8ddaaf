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
        let scalars = Array(text.unicodeScalars)
        var text = text
        return text.withUTF8 { utf8 in
            scalars.withUnsafeBufferPointer { buffer in
                let scanner = DutchTokenScanner(buffer, utf8: utf8)
                scanner.scanAll()
                return scanner.tokens
            }
        }
    }
}

/// The state of one tokenizer run: the scalars, the scan position and the
/// matching UTF-8/UTF-16 offsets, and the tokens found so far.
///
/// A class over a borrowed buffer so the hot loop neither copies nor
/// reference-counts anything; it lives only inside `tokens(in:)`.
final class DutchTokenScanner {
    /// A scan position with its offsets in both encodings.
    struct Mark {
        var index: Int
        var utf8: Int
        var utf16: Int
    }

    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The same text as UTF-8, to cut tokens out with one copy.
    let utf8: UnsafeBufferPointer<UInt8>
    private(set) var mark = Mark(index: 0, utf8: 0, utf16: 0)
    var tokens: [DutchToken] = []
    /// Where the last look for an e-mail address stopped; see `scanEmailAddress`.
    var emailSearchedUpTo = 0

    /// Whether the text has an `@` at all: most texts have none, and then
    /// no word needs the look for an e-mail address.
    let hasAtSign: Bool

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8: UnsafeBufferPointer<UInt8>) {
        self.scalars = scalars
        self.utf8 = utf8
        hasAtSign = utf8.contains(UInt8(ascii: "@"))
    }

    /// Web addresses start with `http` or `www`, in any case.
    private func mayStartWebAddress(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "h", "H", "w", "W": true
        default: false
        }
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
        tokens.append(DutchToken(
            text: String(decoding: UnsafeBufferPointer(rebasing: utf8[start.utf8..<end.utf8]), as: UTF8.self), kind: kind,
            utf8Range: start.utf8..<end.utf8, utf16Range: start.utf16..<end.utf16
        ))
    }

    func scanAll() {
        while !atEnd {
            guard DutchCharacters.isWordCharacter(scalars[position]) else {
                advance()
                continue
            }
            if mayStartWebAddress(scalars[position]), scanWebAddress() { continue }
            if hasAtSign, scanEmailAddress() { continue }
            scanWordGroup()
        }
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
        while let current = scalar(at: position) {
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

/// Character classes for the tokenizer, with an ASCII fast path.
enum DutchCharacters {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// ' ’ ‘ ʼ ´ `: the marks people type as an apostrophe.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0xB4, 0x60: return true
        default: return false
        }
    }

    /// Hyphen-minus, hyphen, non-breaking hyphen and en dash (ranges: "12–18").
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x2013: return true
        default: return false
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}

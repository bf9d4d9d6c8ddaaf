/// The UTF-8 bytes of a text with the character tests the text checks need.
struct UTF8Bytes {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    var count: Int { bytes.count }
    subscript(_ i: Int) -> UInt8 { bytes[i] }

    /// The number of bytes of the character starting at `i`.
    @inline(__always) func length(at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return min(4, bytes.count - i) }
        if b >= 0xE0 { return min(3, bytes.count - i) }
        if b >= 0xC0 { return min(2, bytes.count - i) }
        return 1
    }

    /// Where the character that ends just before `end` starts.
    @inline(__always) func start(before end: Int) -> Int {
        var s = end - 1
        while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return s
    }

    /// The character starting at `i`.
    func scalar(at i: Int) -> Unicode.Scalar {
        let b = bytes[i]
        if b < 0x80 { return Unicode.Scalar(b) }
        let n = length(at: i)
        var value = UInt32(b) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for k in 1..<n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    @inline(__always) func isWhitespace(at i: Int) -> Bool {
        let b = bytes[i]
        return b < 0x80 ? (b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D) : ScalarClass.isWhitespace(scalar(at: i))
    }

    @inline(__always) func isWhitespace(endingAt end: Int) -> Bool {
        isWhitespace(at: start(before: end))
    }

    @inline(__always) func isLetter(at i: Int) -> Bool {
        let b = bytes[i]
        return b < 0x80 ? ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) : ScalarClass.isLetter(scalar(at: i))
    }

    @inline(__always) func isLetterOrDigit(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        let s = scalar(at: i)
        return ScalarClass.isLetter(s) || ScalarClass.isDigit(s)
    }

    /// `.`, `!`, `?` or `…`.
    @inline(__always) func isTerminator(at i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        return b == 0xE2 && scalar(at: i) == "\u{2026}"
    }

    /// Closing quotes and brackets (and `*` of emphasis) after the end of a sentence.
    func isClosing(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b == 0x29 || b == 0x22 || b == 0x27 || b == 0x2A || b == 0x5D }
        let s = scalar(at: i)
        return s == "\u{201D}" || s == "\u{2019}" || s == "\u{BB}"
    }

    /// A capital, a digit or an opening quote or bracket.
    func startsSentence(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B
        }
        let s = scalar(at: i)
        return ScalarClass.isUppercase(s) || ScalarClass.isDigit(s) || s == "\u{201C}" || s == "\u{2018}" || s == "\u{AB}"
    }

    /// Runs of non-space characters with at least one letter or digit.
    func countWords(_ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false, counted = false
        var i = range.lowerBound
        // ASCII bytes are classified in place (every sentence of every body is
        // counted); other characters through the Unicode tests.
        bytes.withUnsafeBufferPointer { buffer in
            while i < range.upperBound {
                let b = buffer[i]
                if b < 0x80 {
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                        inWord = false
                    } else {
                        if !inWord { inWord = true; counted = false }
                        if !counted, ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                            count += 1
                            counted = true
                        }
                    }
                    i += 1
                    continue
                }
                if isWhitespace(at: i) {
                    inWord = false
                } else {
                    if !inWord { inWord = true; counted = false }
                    if !counted, isLetterOrDigit(at: i) {
                        count += 1
                        counted = true
                    }
                }
                i += length(at: i)
            }
        }
        return count
    }

    /// The scalar offset of each byte offset in `sortedOffsets` (ascending).
    func scalarOffsets(of sortedOffsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(sortedOffsets.count)
        var scalars = 0, position = 0
        for target in sortedOffsets {
            while position < target {
                if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
                position += 1
            }
            result.append(scalars)
        }
        return result
    }
}

/// HTML escaping for `{{name}}`: `&`, `<`, `>`, `"` and `'` become entities,
/// so a value is safe inside element content and inside attribute values
/// quoted with either quote.
enum HTMLEscaping {
    /// Appends `text` to `output`, escaped. Copies runs without special
    /// characters in one go, so plain text costs a single copy.
    static func append(_ text: String, to output: inout [UInt8]) {
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
        if handled == nil {
            var copy = text
            copy.withUTF8 { append($0, to: &output) }
        }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        forEachRun(bytes) { output.append(contentsOf: $0) }
    }

    /// Appends `text`, escaped, to a render's buffer.
    static func append(_ text: String, to output: ByteBuffer) {
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEachRun(bytes) { output.append($0) }
        }
        if handled == nil {
            var copy = text
            copy.withUTF8 { bytes in forEachRun(bytes) { output.append($0) } }
        }
    }

    /// Hands `emit` the escaped text in runs: stretches of plain bytes as
    /// they are, and an entity for each special character.
    @inline(__always)
    private static func forEachRun(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // The five special characters are all below 64: one shift and test
            // per byte tells plain text from them.
            guard byte < 64, Self.special & (1 << UInt64(byte)) != 0 else {
                index += 1
                continue
            }
            if runStart < index { emit(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = "&#39;"
            }
            replacement.withUTF8Buffer { emit($0) }
            index += 1
            runStart = index
        }
        if runStart < count { emit(UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// Bit `b` is set for each byte value `b` that is escaped: `& < > " '`
    /// (a computed constant: a stored static would be checked for
    /// initialisation at every byte).
    @inline(__always) private static var special: UInt64 {
        1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
    }

    /// The escaped form of `text`, for callers outside the renderer.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

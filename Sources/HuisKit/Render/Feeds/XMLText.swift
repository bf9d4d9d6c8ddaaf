/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` become entities, so the result is safe in
    /// element content and in attributes with either quote. Characters XML 1.0
    /// does not allow at all (most C0 controls, U+FFFE, U+FFFF) are dropped:
    /// no escape exists for them, and one would make the whole file unreadable.
    ///
    /// Works on UTF-8 bytes (feeds escape whole news bodies): every character
    /// it changes is ASCII except U+FFFE and U+FFFF, which are `EF BF BE` and
    /// `EF BF BF`.
    static func escape(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: mayNeedWork) }) else { return text }
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&apos;".utf8)
                case 0x09, 0x0A, 0x0D: out.append(byte)
                case 0..<0x20: continue
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                    index += 2
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A byte that may need escaping or dropping (`EF` may start U+FFFE or U+FFFF).
    private static func mayNeedWork(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF:
            return true
        case 0x09, 0x0A, 0x0D:
            return false
        default:
            return b < 0x20
        }
    }
}

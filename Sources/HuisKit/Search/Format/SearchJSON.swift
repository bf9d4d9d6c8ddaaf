/// A small JSON value with a deterministic serialisation: object members in
/// the order given (``object(sorted:)`` sorts them by UTF-16 code units, as
/// JavaScript compares strings), no whitespace, non-ASCII text as UTF-8.
indirect enum SearchJSON: Equatable, Sendable {
    case string(String)
    case int(Int)
    case array([SearchJSON])
    case object([(String, SearchJSON)])

    static func == (a: SearchJSON, b: SearchJSON) -> Bool {
        a.bytes == b.bytes
    }

    /// An object with its members sorted by key.
    static func object(sorted members: [String: SearchJSON]) -> SearchJSON {
        .object(members.sorted { SearchKeyOrder.less($0.key, $1.key) })
    }

    static func strings(_ items: [String]) -> SearchJSON {
        .array(items.map(SearchJSON.string))
    }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &out)
        case .int(let number):
            out.append(contentsOf: String(number).utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(member.0, to: &out)
                out.append(UInt8(ascii: ":"))
                member.1.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Escapes quotes, backslashes, control characters and U+2028/U+2029
    /// (line breaks to older JavaScript parsers).
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x00..<0x20, 0x2028, 0x2029:
                out.append(contentsOf: Array("\\u".utf8))
                let value = Int(scalar.value)
                for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[(value >> shift) & 15]) }
            default:
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// The order of keys in the index: by UTF-16 code units, the order of
/// JavaScript's `<` on strings, so the browser can binary-search shard bounds.
enum SearchKeyOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}

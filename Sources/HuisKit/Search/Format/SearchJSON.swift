import Foundation

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
    /// (line breaks to older JavaScript parsers). Works on the UTF-8 bytes
    /// and copies the runs between escapes at once.
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var run = 0, index = 0
            while index < utf8.count {
                let byte = utf8[index]
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let separator = byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || separator else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                default:
                    let value = separator ? (utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029) : Int(byte)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                    for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[(value >> shift) & 15]) }
                }
                index += separator ? 3 : 1
                run = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
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

    /// The permutation that sorts `keys`. Without characters beyond
    /// U+FFFF (no surrogate pairs), UTF-16 order is the order of the UTF-8
    /// bytes, which compare with `memcmp`.
    static func order(_ keys: [String]) -> [Int] {
        var bytes: [UInt8] = [], starts: [Int] = [0]
        bytes.reserveCapacity(keys.count * 12)
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            bytes.append(contentsOf: key.utf8)
            starts.append(bytes.count)
        }
        guard !bytes.contains(where: { $0 >= 0xF0 }) else {
            return keys.indices.sorted { less(keys[$0], keys[$1]) }
        }
        return bytes.withUnsafeBufferPointer { arena in
            keys.indices.sorted { a, b in
                let lengthA = starts[a + 1] - starts[a], lengthB = starts[b + 1] - starts[b]
                let shared = min(lengthA, lengthB)
                let compared = shared == 0 ? 0 : memcmp(arena.baseAddress! + starts[a], arena.baseAddress! + starts[b], shared)
                return compared < 0 || (compared == 0 && lengthA < lengthB)
            }
        }
    }
}

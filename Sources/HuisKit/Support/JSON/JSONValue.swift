/// A JSON value with a deterministic text form: object keys are sorted by
/// their UTF-8 bytes, so the same value always gives the same bytes (unlike
/// iterating a Swift dictionary, whose order changes from run to run).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// An object without the keys whose value is nil (optional fields left out).
    public static func object(dropping pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in pairs {
            if let value { object[key] = value }
        }
        return .object(object)
    }

    /// `.string`, or `.null` for nil.
    public static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// How the text is laid out and escaped.
    public struct Style: Sendable {
        /// Two-space indentation and one member per line (for files people read).
        public var pretty: Bool
        /// `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`, so the
        /// text can sit inside an HTML `<script>` element and never close it.
        public var htmlSafe: Bool

        public init(pretty: Bool, htmlSafe: Bool) {
            self.pretty = pretty
            self.htmlSafe = htmlSafe
        }

        public static let compactHTMLSafe = Style(pretty: false, htmlSafe: true)
        public static let prettyFile = Style(pretty: true, htmlSafe: false)
    }

    /// The JSON text (pretty output ends with a newline).
    public func serialized(_ style: Style) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, style: style, depth: 0)
        if style.pretty { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    // The writer works on UTF-8 bytes and copies runs of plain text in one go:
    // large files (the network's partners.json) and a JSON-LD block on every
    // page go through here.
    func write(to out: inout [UInt8], style: Style, depth: Int) {
        switch self {
        case .null: out += Self.nullBytes
        case .bool(let value): out += value ? Self.trueBytes : Self.falseBytes
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let value): JSONValue.writeString(value, to: &out, htmlSafe: style.htmlSafe)
        case .array(let items):
            guard !items.isEmpty else { out += [UInt8(ascii: "["), UInt8(ascii: "]")]; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, style, depth + 1)
                item.write(to: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out += [UInt8(ascii: "{"), UInt8(ascii: "}")]; return }
            out.append(UInt8(ascii: "{"))
            let sorted = members.sorted { JSONValue.keyPrecedes($0.key, $1.key) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, style, depth + 1)
                JSONValue.writeString(member.key, to: &out, htmlSafe: style.htmlSafe)
                out.append(UInt8(ascii: ":"))
                if style.pretty { out.append(UInt8(ascii: " ")) }
                member.value.write(to: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// The order of object keys: by their UTF-8 bytes. Compared on the
    /// strings' own storage, as every JSON-LD block on every page sorts its keys.
    static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in
                for index in 0..<Swift.min(a.count, b.count) where a[index] != b[index] {
                    return a[index] < b[index]
                }
                return a.count < b.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)

    private func newline(_ out: inout [UInt8], _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: 2 * depth)
    }

    /// RFC 8259 string escaping; U+2028 and U+2029 are escaped too, because
    /// older JavaScript parsers treat them as line ends.
    static func writeString(_ value: String, to out: inout [UInt8], htmlSafe: Bool) {
        writeString(value, htmlSafe: htmlSafe) { out.append(contentsOf: $0) }
    }

    static func writeString(_ value: String, to out: ByteBuffer, htmlSafe: Bool) {
        writeString(value, htmlSafe: htmlSafe) { out.append($0) }
    }

    /// Hands `emit` the string's JSON text in runs: the quotes, stretches of
    /// bytes that need no escape, and each escape.
    @inline(__always)
    private static func writeString(_ value: String, htmlSafe: Bool, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        ("\"" as StaticString).withUTF8Buffer { emit($0) }
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            func flush() {
                if runStart < i { emit(UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            }
            while i < bytes.count {
                let b = bytes[i]
                var escape: StaticString?
                var width = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case UInt8(ascii: "<") where htmlSafe: escape = "\\u003c"
                case UInt8(ascii: ">") where htmlSafe: escape = "\\u003e"
                case UInt8(ascii: "&") where htmlSafe: escape = "\\u0026"
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                case 0..<0x20:
                    flush()
                    let control = Array("\\u".utf8) + Array(String(b, radix: 16).leftPadded(to: 4).utf8)
                    control.withUnsafeBufferPointer { emit($0) }
                    i += 1
                    runStart = i
                    continue
                default:
                    break
                }
                if let escape {
                    flush()
                    escape.withUTF8Buffer { emit($0) }
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            flush()
        }
        ("\"" as StaticString).withUTF8Buffer { emit($0) }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

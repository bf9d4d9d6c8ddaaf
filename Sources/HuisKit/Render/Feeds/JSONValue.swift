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
        var out = ""
        write(to: &out, style: style, depth: 0)
        if style.pretty { out += "\n" }
        return out
    }

    func write(to out: inout String, style: Style, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): JSONValue.writeString(value, to: &out, htmlSafe: style.htmlSafe)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, style, depth + 1)
                item.write(to: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                newline(&out, style, depth + 1)
                JSONValue.writeString(key, to: &out, htmlSafe: style.htmlSafe)
                out += style.pretty ? ": " : ":"
                members[key]!.write(to: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out += "\n" + String(repeating: "  ", count: depth)
    }

    /// RFC 8259 string escaping; U+2028 and U+2029 are escaped too, because
    /// older JavaScript parsers treat them as line ends.
    static func writeString(_ value: String, to out: inout String, htmlSafe: Bool) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<" where htmlSafe: out += "\\u003c"
            case ">" where htmlSafe: out += "\\u003e"
            case "&" where htmlSafe: out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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

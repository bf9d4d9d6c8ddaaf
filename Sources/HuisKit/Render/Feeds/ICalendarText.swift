/// The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines, TEXT
/// escaping, and folding long lines at 75 octets.
public struct ICalendarText: Sendable {
    /// The lines so far, each already folded and ending in CRLF.
    public private(set) var text = ""

    public init() {}

    /// Appends `NAME:value`, folded. `value` is written as given: use
    /// `addText` (or `escape`) for TEXT values.
    public mutating func add(_ name: String, _ value: String) {
        add(name, [], value)
    }

    /// Appends `NAME;PARAM=VALUE:value` (parameter values written as given).
    public mutating func add(_ name: String, _ parameters: [(String, String)], _ value: String) {
        var line = name
        for (key, parameterValue) in parameters { line += ";\(key)=\(parameterValue)" }
        line += ":" + value
        ICalendarText.fold(line, into: &text)
    }

    /// Appends a TEXT property, escaped.
    public mutating func addText(_ name: String, _ value: String) {
        add(name, ICalendarText.escape(value))
    }

    /// TEXT escaping: `\` `;` `,` get a backslash, line breaks become `\n`.
    /// Other control characters are not allowed in TEXT and are dropped
    /// (a tab becomes a space).
    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count + 8)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The inverse of `escape` (for tests and for readers of our files).
    public static func unescape(_ value: String) -> String {
        var out = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": out += "\n"
                default: out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The maximum length of a line in octets, CRLF not counted.
    public static let maximumLineOctets = 75

    /// Appends `line` to `output`, folded so that no line is longer than 75
    /// octets: a continuation starts with one space. A UTF-8 sequence is never
    /// split, since the break is only made between Unicode scalars.
    public static func fold(_ line: String, into output: inout String) {
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumLineOctets {
                output += "\r\n "
                octets = 1
            }
            output.unicodeScalars.append(scalar)
            octets += width
        }
        output += "\r\n"
    }

    /// Joins folded lines again (RFC 5545 §3.1): a CRLF followed by one space or tab is removed.
    public static func unfold(_ text: String) -> [String] {
        var lines: [String] = []
        for physical in text.components(separatedBy: "\r\n") {
            if let first = physical.unicodeScalars.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += String(physical.unicodeScalars.dropFirst())
            } else {
                lines.append(physical)
            }
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

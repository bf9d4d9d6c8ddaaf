/// The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines, TEXT
/// escaping, and folding long lines at 75 octets.
///
/// Everything works on UTF-8 bytes: all the characters that escaping and
/// folding look at are ASCII, and a region's calendars are mostly long
/// DESCRIPTION lines, which a walk over Unicode scalars made slow.
public struct ICalendarText: Sendable {
    /// The lines so far, each already folded and ending in CRLF.
    public private(set) var bytes: [UInt8] = []
    /// The line being built, before folding (kept to reuse its capacity).
    private var line: [UInt8] = []

    public init() {}

    /// The lines so far as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `NAME:value`, folded. `value` is written as given: use
    /// `addText` (or `escape`) for TEXT values.
    public mutating func add(_ name: String, _ value: String) {
        add(name, [], value)
    }

    /// Appends `NAME;PARAM=VALUE:value` (parameter values written as given).
    public mutating func add(_ name: String, _ parameters: [(String, String)], _ value: String) {
        start(name, parameters)
        line.append(contentsOf: value.utf8)
        finishLine()
    }

    /// Appends a TEXT property, escaped.
    public mutating func addText(_ name: String, _ value: String) {
        start(name, [])
        ICalendarText.escape(value, into: &line)
        finishLine()
    }

    /// Appends a property with several TEXT values (`CATEGORIES`), each
    /// escaped, separated by commas.
    public mutating func addTextList(_ name: String, _ values: [String]) {
        start(name, [])
        for (index, value) in values.enumerated() {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            ICalendarText.escape(value, into: &line)
        }
        finishLine()
    }

    /// Appends lines that are already folded and end in CRLF (an event's
    /// VEVENT, written once and shared by every calendar it is in).
    public mutating func append(folded: [UInt8]) {
        bytes.append(contentsOf: folded)
    }

    private mutating func start(_ name: String, _ parameters: [(String, String)]) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: name.utf8)
        for (key, value) in parameters {
            line.append(UInt8(ascii: ";"))
            line.append(contentsOf: key.utf8)
            line.append(UInt8(ascii: "="))
            line.append(contentsOf: value.utf8)
        }
        line.append(UInt8(ascii: ":"))
    }

    private mutating func finishLine() {
        line.withUnsafeBufferPointer { ICalendarText.fold($0, into: &bytes) }
    }

    /// TEXT escaping: `\` `;` `,` get a backslash, line breaks become `\n`.
    /// Other control characters are not allowed in TEXT and are dropped
    /// (a tab becomes a space).
    public static func escape(_ value: String) -> String {
        var out: [UInt8] = []
        escape(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(_:)`, appended to `out`. Every character it changes is ASCII,
    /// so the bytes of other characters are copied as they are.
    static func escape(_ value: String, into out: inout [UInt8]) {
        var value = value
        value.withUTF8 { source in
            out.reserveCapacity(out.count + source.count + 8)
            var previousWasCR = false
            for byte in source {
                defer { previousWasCR = byte == 0x0D }
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0x0D:
                    out.append(UInt8(ascii: "\\"))
                    out.append(UInt8(ascii: "n"))
                case 0x0A:
                    if !previousWasCR {
                        out.append(UInt8(ascii: "\\"))
                        out.append(UInt8(ascii: "n"))
                    }
                case 0x09: out.append(UInt8(ascii: " "))
                case 0..<0x20, 0x7F: continue
                default: out.append(byte)
                }
            }
        }
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
        var line = line
        var folded: [UInt8] = []
        line.withUTF8 { fold($0, into: &folded) }
        output += String(decoding: folded, as: UTF8.self)
    }

    /// `fold(_:into:)` on the UTF-8 bytes of a line. Each physical line takes
    /// as many whole scalars as fit: when the 75-octet mark falls inside a
    /// sequence (on a continuation byte, `10xxxxxx`), the break moves back to
    /// the sequence's first byte.
    static func fold(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + line.count + line.count / 37 + 2)
        var start = 0
        var room = maximumLineOctets
        while line.count - start > room {
            var cut = start + room
            while line[cut] & 0xC0 == 0x80 { cut -= 1 }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: line[start..<cut]))
            output.append(0x0D)
            output.append(0x0A)
            output.append(UInt8(ascii: " "))
            start = cut
            room = maximumLineOctets - 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: line[start...]))
        output.append(0x0D)
        output.append(0x0A)
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

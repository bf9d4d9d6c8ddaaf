@testable import HuisKit

/// A small strict JSON reader for tests: it turns text back into a `JSONValue`,
/// so a test can check that text written directly is exactly what
/// `JSONValue.serialized` makes of the same data (layout, key order, escaping).
/// Only integers are read as numbers, as huis writes no others.
struct JSONTestParser {
    enum Failure: Error { case invalid(at: Int) }

    private let bytes: [UInt8]
    private var i = 0

    static func parse(_ text: String) throws -> JSONValue {
        var parser = JSONTestParser(bytes: Array(text.utf8))
        let value = try parser.value()
        parser.skipSpace()
        guard parser.i == parser.bytes.count else { throw Failure.invalid(at: parser.i) }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < bytes.count else { throw Failure.invalid(at: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if take("}") { return .object(members) }
            repeat {
                skipSpace()
                let key = try string()
                skipSpace()
                guard take(":") else { throw Failure.invalid(at: i) }
                members[key] = try value()
                skipSpace()
            } while take(",")
            guard take("}") else { throw Failure.invalid(at: i) }
            return .object(members)
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if take("]") { return .array(items) }
            repeat {
                items.append(try value())
                skipSpace()
            } while take(",")
            guard take("]") else { throw Failure.invalid(at: i) }
            return .array(items)
        case UInt8(ascii: "\""):
            return .string(try string())
        default:
            for (name, value) in [("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false))] where word(name) {
                return value
            }
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            guard let number = Int(String(decoding: bytes[start..<i], as: UTF8.self)) else { throw Failure.invalid(at: start) }
            return .int(number)
        }
    }

    private mutating func string() throws -> String {
        guard take("\"") else { throw Failure.invalid(at: i) }
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            guard bytes[i] == UInt8(ascii: "\\") else {
                run.append(bytes[i])
                i += 1
                continue
            }
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run = []
            guard i + 1 < bytes.count else { throw Failure.invalid(at: i) }
            let escaped = bytes[i + 1]
            i += 2
            switch escaped {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "b"): scalars.append("\u{8}")
            case UInt8(ascii: "f"): scalars.append("\u{C}")
            case UInt8(ascii: "u"):
                guard i + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(code) else { throw Failure.invalid(at: i) }
                scalars.append(scalar)
                i += 4
            default: scalars.append(Unicode.Scalar(escaped))
            }
        }
        scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
        guard take("\"") else { throw Failure.invalid(at: i) }
        return String(scalars)
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard i < bytes.count, bytes[i] == UInt8(character.value) else { return false }
        i += 1
        return true
    }

    private mutating func word(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[i]) {
            i += 1
        }
    }
}

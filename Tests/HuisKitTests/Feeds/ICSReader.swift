import Foundation
@testable import HuisKit

/// Our own reading of an iCalendar file, strict about the things RFC 5545
/// requires of the text: CRLF line ends, lines of at most 75 octets, folded
/// lines starting with a space, valid UTF-8 on every physical line.
struct ICSReader {
    struct Property {
        let name: String
        let parameters: [String: String]
        let rawValue: String
        var text: String { ICalendarText.unescape(rawValue) }
    }

    struct Component {
        let name: String
        var properties: [Property] = []
        var components: [Component] = []

        func all(_ name: String) -> [Property] { properties.filter { $0.name == name } }
        func first(_ name: String) -> Property? { properties.first { $0.name == name } }
        func components(_ name: String) -> [Component] { components.filter { $0.name == name } }
    }

    /// Problems with the text layer, empty when the file is well-formed.
    var problems: [String] = []
    var calendar: Component?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.suffix(2) == [13, 10] else {
            problems.append("the file does not end in CRLF")
            return
        }
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let b = bytes[index]
            if b == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 {
                    physical.append(current)
                    current = []
                    index += 2
                    continue
                }
                problems.append("bare CR after line \(physical.count + 1)")
            } else if b == 10 {
                problems.append("bare LF after line \(physical.count + 1)")
            }
            current.append(b)
            index += 1
        }
        for (number, line) in physical.enumerated() {
            if line.count > 75 { problems.append("line \(number + 1) has \(line.count) octets") }
            if String(validating: line, as: UTF8.self) == nil {
                problems.append("line \(number + 1) splits a UTF-8 sequence")
            }
        }
        let lines = ICalendarText.unfold(text)
        var stack: [Component] = []
        for line in lines {
            guard let property = ICSReader.property(line) else {
                problems.append("not a content line: \(line)")
                continue
            }
            switch property.name {
            case "BEGIN":
                stack.append(Component(name: property.rawValue))
            case "END":
                guard let last = stack.popLast(), last.name == property.rawValue else {
                    problems.append("END:\(property.rawValue) does not close the open component")
                    return
                }
                if stack.isEmpty { calendar = last } else { stack[stack.count - 1].components.append(last) }
            default:
                if stack.isEmpty { problems.append("property outside a component: \(line)") }
                else { stack[stack.count - 1].properties.append(property) }
            }
        }
        if !stack.isEmpty { problems.append("unclosed component \(stack.last!.name)") }
    }

    /// `NAME;P=V;Q="x:y":value` → name, parameters, value (quoted parameter values may hold `:` and `;`).
    static func property(_ line: String) -> Property? {
        var name = ""
        var parameters: [String: String] = [:]
        var scalars = Substring(line).unicodeScalars[...]
        func takeToken() -> String {
            var token = ""
            while let s = scalars.first, s != ";", s != ":", s != "=" { token.unicodeScalars.append(s); scalars.removeFirst() }
            return token
        }
        name = takeToken()
        guard !name.isEmpty else { return nil }
        while let s = scalars.first, s == ";" {
            scalars.removeFirst()
            let key = takeToken()
            guard scalars.first == "=" else { return nil }
            scalars.removeFirst()
            var value = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let c = scalars.first, c != "\"" { value.unicodeScalars.append(c); scalars.removeFirst() }
                guard scalars.first == "\"" else { return nil }
                scalars.removeFirst()
            } else {
                value = takeToken()
            }
            parameters[key] = value
        }
        guard scalars.first == ":" else { return nil }
        scalars.removeFirst()
        return Property(name: name, parameters: parameters, rawValue: String(Substring(scalars)))
    }
}

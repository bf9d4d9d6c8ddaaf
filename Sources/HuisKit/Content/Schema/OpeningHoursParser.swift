/// Reads one day of opening hours: `closed`, `appointment`, or ranges such as
/// `09:00-12:00, 13:00-16:30` (also written as a list).
///
/// Editors write times in several ways; `9:00`, `09.00` and `9u30` are read
/// too, and an en dash works as well as a hyphen.
enum OpeningHoursParser {
    static func schedule(_ node: FrontMatterNode, key: String, bag: DiagnosticBag) -> OpeningHours.Schedule? {
        if let text = node.scalar?.trimmingSpaces.lowercased() {
            switch text {
            case "closed", "gesloten": return .closed
            case "appointment", "op afspraak", "afspraak": return .appointment
            default: break
            }
        }
        guard let parts = FieldReader.listItems(node, key: key, splitCommas: true, bag: bag,
                                                expected: FieldType.hours.expectedForm) else { return nil }
        var ranges: [OpeningHours.TimeRange] = []
        var failed = false
        for (text, position) in parts {
            switch range(text) {
            case .success(let range):
                if let previous = ranges.last, range.start < previous.end {
                    bag.error("'\(text)' in '\(key)' overlaps or comes before the previous range", at: position,
                              hint: "List the ranges of a day in order, e.g. 09:00-12:00, 13:00-16:30.")
                    failed = true
                }
                ranges.append(range)
            case .failure(let problem):
                bag.error("'\(text)' in '\(key)' \(problem.message)", at: position, hint: problem.hint)
                failed = true
            }
        }
        return failed ? nil : .open(ranges)
    }

    struct Problem: Error {
        let message: String
        let hint: String
    }

    static func range(_ text: String) -> Result<OpeningHours.TimeRange, Problem> {
        let form = "Write opening hours as HH:MM-HH:MM, e.g. 09:00-12:00, or closed or appointment."
        let halves = (text.utf8.allSatisfy { $0 < 0x80 } ? text.split(ascii: "-") : text.split(whereSeparator: { $0 == "-" || $0 == "–" }))
            .map { $0.trimmingSpaces }
        guard halves.count == 2 else {
            return .failure(Problem(message: "is not a time range", hint: form))
        }
        guard let start = minutes(halves[0]), let end = minutes(halves[1]) else {
            return .failure(Problem(message: "is not a time range (times run from 00:00 to 24:00)", hint: form))
        }
        guard let range = OpeningHours.TimeRange(start: start, end: end) else {
            return .failure(Problem(message: "ends before it starts", hint: "The second time must be later than the first, e.g. 13:00-16:30."))
        }
        return .success(range)
    }

    /// Minutes since midnight for `9:00`, `09:00`, `09.00`, `9u`, `9u30`; `24:00` is allowed.
    static func minutes(_ text: String) -> Int? {
        let bytes = Array(text.lowercased().utf8)
        guard let separator = bytes.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "u") }),
              let hour = Digits.number(bytes[..<separator]), separator <= 2 else { return nil }
        let rest = bytes[(separator + 1)...]
        let minute: Int
        if rest.isEmpty, bytes[separator] == UInt8(ascii: "u") {
            minute = 0
        } else {
            guard rest.count == 2, let m = Digits.number(rest) else { return nil }
            minute = m
        }
        guard minute < 60, hour < 24 || (hour == 24 && minute == 0) else { return nil }
        return hour * 60 + minute
    }
}

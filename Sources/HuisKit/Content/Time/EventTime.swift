/// When an event starts or ends: a whole day (`2026-04-12`) or a moment
/// (`2026-04-12 14:00`).
public enum EventTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    case day(LocalDate)
    case moment(LocalDateTime)

    public var date: LocalDate {
        switch self {
        case .day(let date): return date
        case .moment(let moment): return moment.date
        }
    }

    /// The first minute this time covers.
    public var earliest: LocalDateTime {
        switch self {
        case .day(let date): return .startOf(date)
        case .moment(let moment): return moment
        }
    }

    /// The moment this time is over: the end of a whole day is the next midnight.
    public var over: LocalDateTime {
        switch self {
        case .day(let date): return .startOf(date.adding(days: 1))
        case .moment(let moment): return moment
        }
    }

    public var isAllDay: Bool {
        if case .day = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .day(let date): return date.description
        case .moment(let moment): return moment.description
        }
    }

    public static func < (a: EventTime, b: EventTime) -> Bool {
        if a.earliest != b.earliest { return a.earliest < b.earliest }
        return a.isAllDay && !b.isAllDay
    }
}

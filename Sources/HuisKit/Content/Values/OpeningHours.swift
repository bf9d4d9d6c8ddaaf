/// When a partner or location can be visited: per weekday `closed`,
/// `appointment` (only by appointment) or a list of time ranges; plus dates on
/// which it is closed. Days left out are closed.
public struct OpeningHours: Hashable, Sendable {
    public enum Day: Int, CaseIterable, Sendable, Comparable {
        case mon = 1, tue, wed, thu, fri, sat, sun

        /// The key editors write (`mon` … `sun`).
        public var key: String {
            switch self {
            case .mon: "mon"
            case .tue: "tue"
            case .wed: "wed"
            case .thu: "thu"
            case .fri: "fri"
            case .sat: "sat"
            case .sun: "sun"
            }
        }

        public static func < (a: Day, b: Day) -> Bool { a.rawValue < b.rawValue }
    }

    /// A range of minutes since midnight, `start < end`, `end <= 1440`.
    public struct TimeRange: Hashable, Sendable {
        public let start: Int
        public let end: Int

        public init?(start: Int, end: Int) {
            guard 0 <= start, start < end, end <= 24 * 60 else { return nil }
            self.start = start
            self.end = end
        }

        /// `09:00`, `24:00`.
        public static func format(_ minutes: Int) -> String {
            let hours = minutes / 60, rest = minutes % 60
            guard (0..<100).contains(hours), (0..<60).contains(rest) else {
                return Digits.pad(hours, 2) + ":" + Digits.pad(rest, 2)
            }
            // Written on every page with hours and in the open data: five
            // ASCII bytes, made without joining strings.
            return String(unsafeUninitializedCapacity: 5) { buffer in
                buffer[0] = UInt8(ascii: "0") + UInt8(hours / 10)
                buffer[1] = UInt8(ascii: "0") + UInt8(hours % 10)
                buffer[2] = UInt8(ascii: ":")
                buffer[3] = UInt8(ascii: "0") + UInt8(rest / 10)
                buffer[4] = UInt8(ascii: "0") + UInt8(rest % 10)
                return 5
            }
        }

        public var description: String { TimeRange.format(start) + "-" + TimeRange.format(end) }
    }

    public enum Schedule: Hashable, Sendable {
        case closed
        case appointment
        case open([TimeRange])
    }

    /// Every day of the week, in order; days the editor left out are `.closed`.
    public var days: [Day: Schedule]
    /// Dates on which the place is closed (holidays).
    public var exceptions: [LocalDate]

    public init(days: [Day: Schedule], exceptions: [LocalDate] = []) {
        self.days = days
        self.exceptions = exceptions
    }

    public func schedule(on day: Day) -> Schedule { days[day] ?? .closed }
}

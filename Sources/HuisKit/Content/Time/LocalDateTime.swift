/// A wall-clock time in Europe/Brussels (`2026-03-29 14:30`), to the minute.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    /// Minutes since local midnight, 0 ..< 1440.
    public let minuteOfDay: Int

    public init(date: LocalDate, hour: Int = 0, minute: Int = 0) {
        precondition((0..<24).contains(hour) && (0..<60).contains(minute))
        self.date = date
        self.minuteOfDay = hour * 60 + minute
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`.
    public init?(iso text: String) {
        let s = Array(text.utf8)
        guard s.count == 16, s[10] == UInt8(ascii: " ") || s[10] == UInt8(ascii: "T"), s[13] == UInt8(ascii: ":"),
              let date = LocalDate(iso: text.prefix(10)),
              let h = Digits.number(s[11..<13]), let m = Digits.number(s[14..<16]), h < 24, m < 60
        else { return nil }
        self.init(date: date, hour: h, minute: m)
    }

    /// The start of a day.
    public static func startOf(_ date: LocalDate) -> LocalDateTime { LocalDateTime(date: date) }

    public var description: String {
        "\(date) " + Digits.pad(hour, 2) + ":" + Digits.pad(minute, 2)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.minuteOfDay) < (b.date, b.minuteOfDay)
    }
}

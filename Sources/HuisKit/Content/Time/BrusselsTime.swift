import Foundation

/// Europe/Brussels local time, computed from the EU summer-time rule rather than
/// the machine's tz database: builds must not depend on whether `tzdata` is
/// installed, and the same instant must give the same local time everywhere.
///
/// The rule (in force since 1996): CEST (UTC+2) from the last Sunday of March,
/// 01:00 UTC, to the last Sunday of October, 01:00 UTC; CET (UTC+1) otherwise.
/// Earlier years follow the same rule here; huis has no content from before 1996.
public enum BrusselsTime {
    /// Seconds since 1970 UTC at which summer time starts in `year`.
    public static func summerTimeStart(year: Int) -> Int {
        lastSunday(month: 3, year: year).dayNumber * 86_400 + 3_600
    }

    /// Seconds since 1970 UTC at which summer time ends in `year`.
    public static func summerTimeEnd(year: Int) -> Int {
        lastSunday(month: 10, year: year).dayNumber * 86_400 + 3_600
    }

    static func lastSunday(month: Int, year: Int) -> LocalDate {
        let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
        return last.adding(days: -(last.weekday % 7))
    }

    /// The UTC offset in seconds at an instant.
    public static func utcOffset(atUnixTime t: Int) -> Int {
        let year = LocalDate(dayNumber: floorDiv(t, 86_400)).year
        return (summerTimeStart(year: year)..<summerTimeEnd(year: year)).contains(t) ? 7_200 : 3_600
    }

    /// The local wall-clock time of an instant (seconds are dropped).
    public static func local(atUnixTime t: Int) -> LocalDateTime {
        let local = t + utcOffset(atUnixTime: t)
        let date = LocalDate(dayNumber: floorDiv(local, 86_400))
        let minutes = (local - date.dayNumber * 86_400) / 60
        return LocalDateTime(date: date, hour: minutes / 60, minute: minutes % 60)
    }

    /// The instant of a wall-clock time. In the hour skipped in spring the
    /// winter offset is used; in the hour repeated in autumn, the first one.
    public static func unixTime(of local: LocalDateTime) -> Int {
        let naive = local.date.dayNumber * 86_400 + local.minuteOfDay * 60
        let summer = naive - 7_200
        if utcOffset(atUnixTime: summer) == 7_200 { return summer }
        return naive - 3_600
    }

    /// The current local time of the machine's clock.
    public static func now() -> LocalDateTime {
        local(atUnixTime: Int(Date().timeIntervalSince1970.rounded(.down)))
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}

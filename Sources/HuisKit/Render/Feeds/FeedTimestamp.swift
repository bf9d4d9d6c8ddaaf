/// Dates and times in the forms feeds and calendars need. Offsets come from
/// `BrusselsTime` (the EU rule), never from the machine's time zone.
public enum FeedTimestamp {
    /// The UTC offset in seconds of a Brussels wall-clock time.
    public static func utcOffset(of time: LocalDateTime) -> Int {
        naiveSeconds(time) - BrusselsTime.unixTime(of: time)
    }

    /// RFC 3339 with the Brussels offset: `2026-03-04T14:00:00+01:00`.
    public static func rfc3339(_ time: LocalDateTime) -> String {
        let offset = utcOffset(of: time)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(time.date)T\(two(time.hour)):\(two(time.minute)):00"
            + "\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// RFC 3339 for the start of a day (a news item's date): `2026-02-01T00:00:00+01:00`.
    public static func rfc3339(startOf date: LocalDate) -> String { rfc3339(.startOf(date)) }

    /// iCalendar DATE: `20260304`.
    public static func icsDate(_ date: LocalDate) -> String {
        String(date.year).leftPadded(to: 4) + two(date.month) + two(date.day)
    }

    /// iCalendar local DATE-TIME, for use with `TZID=Europe/Brussels`: `20260304T140000`.
    public static func icsLocal(_ time: LocalDateTime) -> String {
        icsDate(time.date) + "T" + two(time.hour) + two(time.minute) + "00"
    }

    /// iCalendar UTC DATE-TIME of a Brussels wall-clock time: `20260304T130000Z`.
    public static func icsUTC(_ time: LocalDateTime) -> String {
        let t = BrusselsTime.unixTime(of: time)
        let day = BrusselsTime.floorDiv(t, 86_400)
        let seconds = t - day * 86_400
        return icsDate(LocalDate(dayNumber: day)) + "T" + two(seconds / 3_600) + two(seconds / 60 % 60)
            + two(seconds % 60) + "Z"
    }

    static func naiveSeconds(_ time: LocalDateTime) -> Int {
        time.date.dayNumber * 86_400 + time.minuteOfDay * 60
    }

    static func two(_ value: Int) -> String { String(value).leftPadded(to: 2) }
}

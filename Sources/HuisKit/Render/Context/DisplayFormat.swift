/// Dates, times and hours as visitors read them, with the words from the
/// theme's strings file (`dates.months`, `dates.weekdays`, `hours.*`), so a
/// translated theme translates these too.
public struct DisplayFormat: Sendable {
    let months: [String]
    let weekdays: [String]
    let closed: String
    let appointment: String
    let and: String
    let from: String
    let until: String

    /// Reads the words from the theme strings; `missing` collects absent keys.
    init(strings: TemplateValue, missing: inout [String]) {
        func list(_ group: String, _ key: String, count: Int) -> [String] {
            let items = strings[group]?[key].flatMap { value -> [String]? in
                if case .array(let items) = value { return items.compactMap(\.interpolationText) }
                return nil
            } ?? []
            if items.count != count { missing.append("\(group).\(key) (a list of \(count))") }
            return items.count == count ? items : Array(repeating: "?", count: count)
        }
        func text(_ group: String, _ key: String) -> String {
            if let value = strings[group]?[key]?.interpolationText { return value }
            missing.append("\(group).\(key)")
            return "?"
        }
        months = list("dates", "months", count: 12)
        weekdays = list("dates", "weekdays", count: 7)
        closed = text("hours", "closed")
        appointment = text("hours", "appointment")
        and = text("hours", "and")
        from = text("dates", "from")
        until = text("dates", "until")
    }

    /// "maandag 23 november 2026"
    public func longDate(_ date: LocalDate) -> String {
        "\(weekdays[date.weekday - 1]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "23 november 2026"
    public func date(_ date: LocalDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "14:00"
    public func time(_ moment: LocalDateTime) -> String {
        OpeningHours.TimeRange.format(moment.minuteOfDay)
    }

    /// When an event happens, in one phrase: "zaterdag 12 april 2026, 14:00 tot 16:00",
    /// "zaterdag 12 april 2026", "12 april 2026 tot 14 april 2026".
    public func eventWhen(start: EventTime, end: EventTime?) -> String {
        var text = longDate(start.date)
        if case .moment(let s) = start { text += ", " + time(s) }
        guard let end else { return text }
        if end.date == start.date {
            if case .moment(let e) = end { text += " \(until) " + time(e) }
            return text
        }
        text += " \(until) " + longDate(end.date)
        if case .moment(let e) = end { text += ", " + time(e) }
        return text
    }

    public func weekday(_ day: OpeningHours.Day) -> String { weekdays[day.rawValue - 1] }

    /// "09:00–12:00 en 13:00–16:30", "Gesloten", "Op afspraak".
    public func schedule(_ schedule: OpeningHours.Schedule) -> String {
        switch schedule {
        case .closed: return closed
        case .appointment: return appointment
        case .open(let ranges):
            let parts = ranges.map { OpeningHours.TimeRange.format($0.start) + "–" + OpeningHours.TimeRange.format($0.end) }
            return parts.count <= 1 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " \(and) " + parts.last!
        }
    }
}

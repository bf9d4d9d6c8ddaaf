/// Calendars (RFC 5545) of a region's events.
///
/// - Timed events use `DTSTART;TZID=Europe/Brussels` with a VTIMEZONE that
///   states the EU rule, so clients agree with the site on the wall-clock time.
/// - All-day events use `VALUE=DATE`; `DTEND` is the day after the last day
///   (exclusive, as RFC 5545 wants), also when the editor gave no end.
/// - `UID` is `<region>-<slug>@<host of base_url>` (`@huis` without one): the
///   same event keeps its UID in every calendar and every build.
/// - `DTSTAMP` is the event's start in UTC: it must be a UTC time, and taking
///   it from the content keeps the file the same from build to build.
public struct ICalendarWriter: Sendable {
    public static let timeZoneID = "Europe/Brussels"

    let site: Site
    let region: Region
    let address: SiteAddress?
    let locations: [String: Location]
    let bodies: RenderedBodies?

    /// `bodies` gives the plain text for DESCRIPTION; without it the summary is used.
    public init(site: Site, region: PublishedRegion, bodies: RenderedBodies?) {
        self.site = site
        self.region = region.region
        self.address = SiteAddress(region.region.baseURL)
        self.locations = Dictionary(region.locations.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.bodies = bodies
    }

    /// A complete VCALENDAR with `events` in the order given.
    /// `subscribable` adds the refresh hints (once a day) that subscribed
    /// calendars use; a single event's download does not need them.
    public func calendar(name: String, events: [Event], subscribable: Bool = true) -> [UInt8] {
        calendar(name: name, blocks: events.map(block), subscribable: subscribable)
    }

    /// A complete VCALENDAR around VEVENTs made by `block(for:)`: an event is
    /// in several calendars of its region, and its lines are the same in each.
    func calendar(name: String, blocks: [[UInt8]], subscribable: Bool) -> [UInt8] {
        var ics = ICalendarText()
        ics.add("BEGIN", "VCALENDAR")
        ics.add("VERSION", "2.0")
        ics.add("PRODID", "-//huis//Huis van het Kind//NL")
        ics.add("CALSCALE", "GREGORIAN")
        ics.add("METHOD", "PUBLISH")
        ics.addText("NAME", name)
        ics.addText("X-WR-CALNAME", name)
        ics.add("X-WR-TIMEZONE", Self.timeZoneID)
        if let address { ics.add("URL", address.base) }
        if subscribable {
            ics.add("REFRESH-INTERVAL", [("VALUE", "DURATION")], "P1D")
            ics.add("X-PUBLISHED-TTL", "P1D")
        }
        ics.append(folded: Self.brusselsTimeZone)
        for block in blocks { ics.append(folded: block) }
        ics.add("END", "VCALENDAR")
        return ics.bytes
    }

    /// The stable identifier of an event in every calendar.
    public func uid(for event: Event) -> String {
        "\(region.id)-\(event.slug)@\(address?.host ?? "huis")"
    }

    /// The event's VEVENT, folded, ending in CRLF.
    func block(for event: Event) -> [UInt8] {
        var ics = ICalendarText()
        add(event, to: &ics)
        return ics.bytes
    }

    func add(_ event: Event, to ics: inout ICalendarText) {
        ics.add("BEGIN", "VEVENT")
        ics.addText("UID", uid(for: event))
        ics.add("DTSTAMP", FeedTimestamp.icsUTC(event.start.earliest))
        switch event.start {
        case .day(let first):
            ics.add("DTSTART", [("VALUE", "DATE")], FeedTimestamp.icsDate(first))
            ics.add("DTEND", [("VALUE", "DATE")], FeedTimestamp.icsDate(Self.exclusiveEndDay(of: event)))
        case .moment(let start):
            ics.add("DTSTART", [("TZID", Self.timeZoneID)], FeedTimestamp.icsLocal(start))
            // A timed event without an end is a moment (RFC 5545 §3.6.1):
            // inventing a duration would tell parents something untrue.
            if let end = event.end {
                ics.add("DTEND", [("TZID", Self.timeZoneID)], FeedTimestamp.icsLocal(end.over))
            }
        }
        ics.addText("SUMMARY", event.title)
        if let description = description(of: event) { ics.addText("DESCRIPTION", description) }
        if let location = locationText(of: event) { ics.addText("LOCATION", location) }
        let categories = event.ages.map { site.age($0)?.label ?? $0 } + event.topics.map { site.topic($0)?.label ?? $0 }
        if !categories.isEmpty { ics.addTextList("CATEGORIES", categories) }
        if let address { ics.add("URL", address.absolute(SitePath.event(event.slug))) }
        ics.add("STATUS", "CONFIRMED")
        ics.add("END", "VEVENT")
    }

    /// The first day after an all-day event: the day after `end`, or after
    /// `start` when there is no end. A timed end (allowed with an all-day
    /// start) counts its own day in.
    static func exclusiveEndDay(of event: Event) -> LocalDate {
        let over = event.over
        return over.minuteOfDay == 0 ? over.date : over.date.adding(days: 1)
    }

    /// Summary, body text, then price and registration: what a parent needs
    /// when the calendar entry is all they look at.
    func description(of event: Event) -> String? {
        var blocks: [String] = []
        if let summary = event.summary?.trimmingSpaces, !summary.isEmpty { blocks.append(summary) }
        if let text = bodies?[event.source]?.plainText.trimmingSpaces, !text.isEmpty { blocks.append(text) }
        var details: [String] = []
        if let price = event.price?.trimmingSpaces, !price.isEmpty { details.append("Prijs: \(price)") }
        if let registration = event.registration { details.append("Inschrijven: \(registration.absoluteString)") }
        if !details.isEmpty { blocks.append(details.joined(separator: "\n")) }
        return blocks.isEmpty ? nil : blocks.joined(separator: "\n\n")
    }

    /// A location of the region as "title, address"; free text as written.
    func locationText(of event: Event) -> String? {
        switch event.place {
        case nil: return nil
        case .text(let text): return text
        case .location(let slug):
            guard let location = locations[slug] else { return slug }
            return "\(location.title), \(location.address)"
        }
    }

    /// Europe/Brussels by the EU rule in force since 1996 (the same rule
    /// `BrusselsTime` computes with): summer time from the last Sunday of March
    /// 02:00 local to the last Sunday of October 03:00 local. The same in every
    /// calendar, so written once.
    static let brusselsTimeZone: [UInt8] = {
        var ics = ICalendarText()
        ics.add("BEGIN", "VTIMEZONE")
        ics.add("TZID", timeZoneID)
        ics.add("X-LIC-LOCATION", timeZoneID)
        ics.add("BEGIN", "DAYLIGHT")
        ics.add("TZOFFSETFROM", "+0100")
        ics.add("TZOFFSETTO", "+0200")
        ics.add("TZNAME", "CEST")
        ics.add("DTSTART", FeedTimestamp.icsDate(BrusselsTime.lastSunday(month: 3, year: 1996)) + "T020000")
        ics.add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        ics.add("END", "DAYLIGHT")
        ics.add("BEGIN", "STANDARD")
        ics.add("TZOFFSETFROM", "+0200")
        ics.add("TZOFFSETTO", "+0100")
        ics.add("TZNAME", "CET")
        ics.add("DTSTART", FeedTimestamp.icsDate(BrusselsTime.lastSunday(month: 10, year: 1996)) + "T030000")
        ics.add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
        ics.add("END", "STANDARD")
        ics.add("END", "VTIMEZONE")
        return ics.bytes
    }()
}

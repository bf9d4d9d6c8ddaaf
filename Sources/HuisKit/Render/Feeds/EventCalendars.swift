/// Which events go in which calendar file of a region.
///
/// - `agenda.ics`: upcoming events plus those that ended in the last 90 days,
///   so a subscribed calendar keeps recent history without growing forever;
/// - `activiteiten/<slug>/<slug>.ics`: one per published event, past ones
///   included (their archive pages link to them);
/// - `leeftijd/<age>/agenda.ics`: for every age group of the site (also when
///   empty, so a subscription's address never disappears), the agenda's events
///   whose `ages` include that age. An event without `ages` is in `agenda.ics` only.
///
/// Events in a calendar are ordered by start, then title, then slug.
public struct EventCalendars: Sendable {
    /// How long an event stays in the subscribed calendars after it ended.
    public static let pastWindowDays = 90

    let site: Site
    let region: PublishedRegion
    let writer: ICalendarWriter
    /// The events of `agenda.ics`, soonest first.
    public let agendaEvents: [Event]

    public init(site: Site, region: PublishedRegion, bodies: RenderedBodies?, now: LocalDateTime) {
        self.site = site
        self.region = region
        self.writer = ICalendarWriter(site: site, region: region, bodies: bodies)
        let windowStart = LocalDateTime.startOf(now.date.adding(days: -Self.pastWindowDays))
        let recent = region.pastEvents.filter { $0.over >= windowStart }
        agendaEvents = (region.upcomingEvents + recent).sorted(by: Self.chronological)
    }

    /// `agenda.ics`.
    public func agenda() -> GeneratedFile {
        GeneratedFile(path: FeedPaths.agenda, contents: writer.calendar(name: region.region.title, events: agendaEvents))
    }

    /// One calendar per published event, in the agenda's order.
    public func eventCalendars() -> [GeneratedFile] {
        (region.upcomingEvents + region.pastEvents).sorted(by: Self.chronological).map { event in
            GeneratedFile(path: FeedPaths.eventCalendar(event.slug),
                          contents: writer.calendar(name: event.title, events: [event], subscribable: false))
        }
    }

    /// One calendar per age group of the site, in the site's order.
    public func ageCalendars() -> [GeneratedFile] {
        site.ages.map { age in
            GeneratedFile(path: FeedPaths.ageCalendar(age.id),
                          contents: writer.calendar(name: "\(region.region.title): \(age.label)",
                                                    events: agendaEvents.filter { $0.ages.contains(age.id) }))
        }
    }

    /// Every calendar file of the region.
    public func all() -> [GeneratedFile] {
        [agenda()] + ageCalendars() + eventCalendars()
    }

    static func chronological(_ a: Event, _ b: Event) -> Bool {
        (a.start, SortKey.title(a.title, a.slug)) < (b.start, SortKey.title(b.title, b.slug))
    }
}

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
    /// Every published event (upcoming and past), soonest first, and its
    /// VEVENT: written once, since the same event is in its own calendar, the
    /// agenda and an age calendar for each of its ages.
    let events: [Event]
    let blocks: [[UInt8]]
    /// Which of `events` are in `agenda.ics`.
    let agendaIndices: [Int]
    /// The events of `agenda.ics`, soonest first.
    public var agendaEvents: [Event] { agendaIndices.map { events[$0] } }

    public init(site: Site, region: PublishedRegion, bodies: RenderedBodies?, now: LocalDateTime) {
        self.site = site
        self.region = region
        let writer = ICalendarWriter(site: site, region: region, bodies: bodies)
        self.writer = writer
        let windowStart = LocalDateTime.startOf(now.date.adding(days: -Self.pastWindowDays))
        // Sorting all events at once (stable, upcoming ones first) and picking
        // the agenda's out of them gives the order sorting the agenda alone would.
        let tagged = region.upcomingEvents.map { (event: $0, upcoming: true) }
            + region.pastEvents.map { (event: $0, upcoming: false) }
        let all = tagged.sorted { Self.chronological($0.event, $1.event) }
        events = all.map(\.event)
        blocks = events.map(writer.block)
        agendaIndices = all.indices.filter { all[$0].upcoming || all[$0].event.over >= windowStart }
    }

    /// `agenda.ics`.
    public func agenda() -> GeneratedFile {
        GeneratedFile(path: FeedPaths.agenda, bytes: writer.calendar(name: region.region.title,
                                                                     blocks: agendaIndices.map { blocks[$0] },
                                                                     subscribable: true))
    }

    /// One calendar per published event, in the agenda's order.
    public func eventCalendars() -> [GeneratedFile] {
        zip(events, blocks).map { event, block in
            GeneratedFile(path: FeedPaths.eventCalendar(event.slug),
                          bytes: writer.calendar(name: event.title, blocks: [block], subscribable: false))
        }
    }

    /// One calendar per age group of the site, in the site's order.
    public func ageCalendars() -> [GeneratedFile] {
        site.ages.map { age in
            let indices = agendaIndices.filter { events[$0].ages.contains(age.id) }
            return GeneratedFile(path: FeedPaths.ageCalendar(age.id),
                                 bytes: writer.calendar(name: "\(region.region.title): \(age.label)",
                                                        blocks: indices.map { blocks[$0] }, subscribable: true))
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

/// The span of `--now` in which what is published cannot change: between
/// the last moment before `now` and the first after it at which a news item
/// appears or expires, an event ends, or an event leaves the calendar window.
/// A rebuild with the same inputs inside this span gives the same output.
public struct PublicationWindow: Sendable, Equatable {
    /// Inclusive; nil means "since always".
    public let from: LocalDateTime?
    /// Exclusive; nil means "for ever".
    public let until: LocalDateTime?

    public func contains(_ moment: LocalDateTime) -> Bool {
        (from.map { $0 <= moment } ?? true) && (until.map { moment < $0 } ?? true)
    }

    /// Every moment at which some output may change, around `now`.
    public init(_ content: Content, now: LocalDateTime) {
        var before: LocalDateTime?
        var after: LocalDateTime?
        func consider(_ moment: LocalDateTime) {
            if moment <= now {
                if before.map({ $0 < moment }) ?? true { before = moment }
            } else if after.map({ moment < $0 }) ?? true {
                after = moment
            }
        }
        func day(_ date: LocalDate) {
            consider(.startOf(date))
            consider(.startOf(date.adding(days: 1)))
        }
        for region in content.regions {
            for news in region.news where !news.draft {
                day(news.date)
                if let expires = news.expires { day(expires) }
            }
            for event in region.events where !event.draft {
                // Upcoming or archived; the sitemap's date once the start day has come;
                // the calendar keeps past events for a window of days.
                consider(event.over)
                day(event.start.date)
                day(event.over.date.adding(days: EventCalendars.pastWindowDays))
                day(event.over.date.adding(days: EventCalendars.pastWindowDays + 1))
            }
        }
        from = before
        until = after
    }

    public init(from: LocalDateTime?, until: LocalDateTime?) {
        self.from = from
        self.until = until
    }
}

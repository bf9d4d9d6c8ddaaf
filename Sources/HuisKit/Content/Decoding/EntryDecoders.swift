/// Readers for the smaller kinds of a region: pages, news, events, locations.
enum EntryDecoders {
    static func page(_ file: ParsedFile) -> Page {
        let r = file.reader(ContentSchemas.page)
        return Page(slug: file.slug, title: r.text("title") ?? "", summary: r.paragraph("summary"),
                    menu: r.integer("menu"), draft: r.boolean("draft") ?? false, body: file.body, source: file.source)
    }

    static func news(_ file: ParsedFile, context: DecodingContext) -> NewsItem? {
        let r = file.reader(ContentSchemas.news)
        let date = r.date("date")
        let expires = r.date("expires")
        if let date, let expires, expires < date {
            r.bag.error("'expires' (\(expires)) is before 'date' (\(date))", at: r.keyPosition("expires") ?? r.anchor,
                        hint: "'expires' is the last day the item is shown; it must be on or after 'date'.")
        }
        guard let date else { return nil }
        return NewsItem(slug: file.slug, title: r.text("title") ?? "", date: date, summary: r.paragraph("summary"),
                        ages: r.ids("ages", known: context.ageIDs, allowAll: true, noun: "age group") ?? [],
                        topics: r.ids("topics", known: context.topicIDs, allowAll: false, noun: "topic") ?? [],
                        expires: expires, draft: r.boolean("draft") ?? false, body: file.body, source: file.source)
    }

    /// `locations` are the slugs of the region's locations, to link `location:`.
    static func event(_ file: ParsedFile, locations: Set<String>, context: DecodingContext) -> Event? {
        let r = file.reader(ContentSchemas.event)
        let start = r.eventTime("start")
        let end = r.eventTime("end")
        if let start, let end, end.over <= start.earliest || (end.isAllDay && end.date < start.date) {
            r.bag.error("'end' (\(end)) is not after 'start' (\(start))", at: r.keyPosition("end") ?? r.anchor,
                        hint: "Check the dates and times; leave 'end' out for an event without a set end.")
        }
        let place = r.text("location").map { text -> Event.Place in
            locations.contains(text.lowercased()) ? .location(slug: text.lowercased()) : .text(text)
        }
        guard let start else { return nil }
        return Event(slug: file.slug, title: r.text("title") ?? "", start: start, end: end, place: place,
                     summary: r.paragraph("summary"),
                     ages: r.ids("ages", known: context.ageIDs, allowAll: true, noun: "age group") ?? [],
                     topics: r.ids("topics", known: context.topicIDs, allowAll: false, noun: "topic") ?? [],
                     registration: r.url("registration"), price: r.text("price"),
                     draft: r.boolean("draft") ?? false, body: file.body, source: file.source)
    }

    static func location(_ file: ParsedFile, region: Region) -> Location {
        let r = file.reader(ContentSchemas.location)
        let municipality = r.scalar("municipality").flatMap { text, node -> String? in
            if let match = region.municipalities.first(where: { $0.lowercased() == text.lowercased() }) { return match }
            r.bag.error("'\(text)' is not a municipality of this region", at: node.position,
                        hint: (Suggestion.closest(to: text, in: region.municipalities).map { "Did you mean '\($0)'? " } ?? "")
                            + "Municipalities: \(region.municipalities.joined(separator: ", ")).")
            return nil
        }
        return Location(slug: file.slug, title: r.text("title") ?? "", address: r.paragraph("address") ?? "",
                        municipality: municipality ?? (region.municipalities.count == 1 ? region.municipalities[0] : nil),
                        phone: r.phone("phone"), email: r.email("email"), hours: r.hours("hours"),
                        hoursNote: r.paragraph("hours_note"), accessibility: r.paragraph("accessibility"),
                        body: file.body, source: file.source)
    }
}

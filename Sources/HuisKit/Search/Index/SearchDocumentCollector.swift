/// Gathers everything a region publishes into search documents: partners
/// (network-level ones included), pages, news, upcoming and past events,
/// and contact points.
///
/// The order is the document id order of the index: partners, pages, news,
/// upcoming events, past events, locations, each in the order the region
/// lists them (``PublishedRegion``). It depends only on the content and
/// `--now`, so ids are stable between identical builds.
struct SearchDocumentCollector {
    let site: Site
    let bodies: RenderedBodies
    let format: DisplayFormat

    func documents(for region: PublishedRegion) -> [SearchDocument] {
        let locations = Dictionary(region.locations.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var documents = region.partners.map(partner)
        documents += region.pages.map(page)
        documents += region.news.map(news)
        documents += region.upcomingEvents.map { event($0, past: false, locations: locations) }
        documents += region.pastEvents.map { event($0, past: true, locations: locations) }
        documents += region.locations.map(location)
        return documents
    }

    // MARK: Kinds

    private func partner(_ p: Partner) -> SearchDocument {
        var details = p.municipalities
        details += [p.contact.address, p.contact.email?.address, p.contact.website.map(\.absoluteString)].compactMap { $0 }
        details += p.languages.map(\.dutchName)
        return SearchDocument(
            kind: .partner, title: p.title, summary: p.summary, ages: p.ages, topics: p.topics,
            municipalities: p.municipalities, path: link(SitePath.partner(p.slug)),
            fields: fields(title: p.title, summary: p.summary, ages: p.ages, topics: p.topics,
                           details: details, source: p.source))
    }

    private func page(_ p: Page) -> SearchDocument {
        SearchDocument(
            kind: .page, title: p.title, summary: p.summary, path: link(SitePath.page(p.slug)),
            fields: fields(title: p.title, summary: p.summary, ages: [], topics: [], details: [], source: p.source))
    }

    private func news(_ n: NewsItem) -> SearchDocument {
        SearchDocument(
            kind: .news, title: n.title, summary: n.summary, ages: n.ages, topics: n.topics,
            path: link(SitePath.news(n.slug)), meta: format.date(n.date),
            fields: fields(title: n.title, summary: n.summary, ages: n.ages, topics: n.topics, details: [], source: n.source))
    }

    private func event(_ e: Event, past: Bool, locations: [String: Location]) -> SearchDocument {
        var details: [String] = []
        var municipalities: [String] = []
        switch e.place {
        case .location(let slug)?:
            if let location = locations[slug] {
                details += [location.title, location.address]
                if let municipality = location.municipality {
                    details.append(municipality)
                    municipalities.append(municipality)
                }
            }
        case .text(let text)?:
            details.append(text)
        case nil:
            break
        }
        return SearchDocument(
            kind: past ? .pastEvent : .event, title: e.title, summary: e.summary, ages: e.ages, topics: e.topics,
            municipalities: municipalities, path: link(SitePath.event(e.slug)),
            meta: format.eventWhen(start: e.start, end: e.end),
            fields: fields(title: e.title, summary: e.summary, ages: e.ages, topics: e.topics, details: details, source: e.source))
    }

    private func location(_ l: Location) -> SearchDocument {
        let details = [l.address, l.municipality, l.email?.address, l.hoursNote, l.accessibility].compactMap { $0 }
        return SearchDocument(
            kind: .location, title: l.title, summary: l.address, municipalities: l.municipality.map { [$0] } ?? [],
            path: SitePath.relative(from: "", to: SitePath.contact, fragment: l.slug),
            fields: fields(title: l.title, summary: nil, ages: [], topics: [], details: details, source: l.source))
    }

    // MARK: Fields

    private func link(_ folder: String) -> String {
        SitePath.relative(from: "", to: folder)
    }

    private func fields(title: String, summary: String?, ages: [String], topics: [String],
                        details: [String], source: SourceFile) -> [SearchDocument.Field: String] {
        var fields: [SearchDocument.Field: String] = [.title: title]
        if let summary, !summary.isEmpty { fields[.summary] = summary }
        let labels = topics.compactMap { site.topic($0)?.label } + ages.compactMap { site.age($0)?.label }
        if !labels.isEmpty { fields[.labels] = labels.joined(separator: "\n") }
        if !details.isEmpty { fields[.details] = details.joined(separator: "\n") }
        if let body = bodies[source]?.plainText, !body.isEmpty { fields[.body] = body }
        return fields
    }
}

/// The content of each page kind.
extension PageContextBuilder {
    func fill(_ page: inout PageContent, for spec: PageSpec) {
        let v = data.values
        let home = title("home")
        let homePath = v.page(SitePath.home)
        switch spec {
        case .home:
            page.description = firstSentence(v.bodies[data.region.source]?.plainText ?? "")
            page.fields["ages"] = .array(data.site.ages.map { age in
                ["label": .string(age.label), "path": .string(v.page(SitePath.age(age.id))),
                 "count": .int(data.partnersByAge[age.id]?.count ?? 0)]
            })
            page.fields["events"] = .list(Array(data.upcomingEventCards.prefix(3)))
            page.fields["news"] = .list(Array(data.newsCards.prefix(3)))
            page.fields["locations"] = .list(data.published.locations.map(v.location))
            page.structuredData = [data.jsonLD.homeOrganization(description: page.description)]

        case .age(let id):
            let ages = data.site.ages
            let index = ages.firstIndex { $0.id == id }!
            page.title = ages[index].label
            page.crumb(home, homePath)
            page.description = text("descriptions", "age", replacing: ages[index].label)
            page.fields["groups"] = topicGroups(data.partnersByAge[id] ?? [])
            page.fields["events"] = data.upcomingEvents(forAge: id)
            page.fields["news"] = data.news(forAge: id)
            page.fields["previous"] = index > 0 ? neighbour(ages[index - 1]) : .null
            page.fields["next"] = index + 1 < ages.count ? neighbour(ages[index + 1]) : .null
            page.fields["calendar"] = .string(v.page(SitePath.age(id)).replacingOccurrences(of: "index.html", with: FeedPaths.agenda))

        case .topic(let id):
            page.title = data.site.topic(id)?.label ?? id
            page.crumb(home, homePath)
            page.description = text("descriptions", "topic", replacing: page.title)
            page.fields["groups"] = ageGroups(data.partnersByTopic[id] ?? [])
            page.fields["partner_count"] = .int(data.partnersByTopic[id]?.count ?? 0)
            page.fields["events"] = data.upcomingEvents(forTopic: id)
            page.fields["news"] = data.news(forTopic: id)

        case .municipality(let name):
            page.title = name
            page.crumb(home, homePath)
            page.description = text("descriptions", "municipality", replacing: name)
            page.fields["groups"] = topicGroups(data.partnersByMunicipality[name] ?? [])
            page.fields["locations"] = .list(data.published.locations.filter { $0.municipality == name }.map(v.location))

        case .partners:
            page.title = title("partners")
            page.crumb(home, homePath)
            page.menuKey = "partners"
            intro(&page, "partners")
            page.fields["letters"] = .list(data.partnersByLetter.map { group in
                ["letter": .string(group.letter), "anchor": .string(group.letter == "#" ? "andere" : group.letter.lowercased()),
                 "partners": data.cards(group.indices)]
            })
            page.fields["count"] = .int(data.partnerCards.count)

        case .partner(let i):
            let p = data.published.partners[i]
            page.title = p.title
            page.description = p.summary
            page.crumb(home, homePath)
            page.crumb(title("partners"), v.page(SitePath.partners))
            page.menuKey = "partners"
            page.fields["summary"] = .string(p.summary)
            page.fields["body"] = v.body(p.source)
            page.fields["contact"] = v.contact(p.contact)
            page.fields["hours"] = v.hours(p.hours)
            page.fields["languages"] = v.languages(p.languages)
            page.fields["ages"] = v.ageLabels(p.ages)
            page.fields["topics"] = v.topicLabels(p.topics)
            page.fields["municipalities"] = p.municipalities.isEmpty ? .null : .string(p.municipalities.joined(separator: ", "))
            page.fields["network"] = .bool(p.isNetworkLevel)
            page.fields["updated"] = p.updated.map { .string(v.format.date($0)) } ?? .null
            page.fields["updated_iso"] = p.updated.map { .string($0.description) } ?? .null
            page.fields["logo"] = logo(p)
            page.structuredData = [data.jsonLD.organization(p)]

        case .newsIndex:
            page.title = title("news")
            page.crumb(home, homePath)
            page.menuKey = "news"
            intro(&page, "nieuws")
            page.fields["news"] = .list(data.newsCards)

        case .news(let i):
            let n = data.published.news[i]
            page.title = n.title
            page.description = n.summary
            page.crumb(home, homePath)
            page.crumb(title("news"), v.page(SitePath.newsIndex))
            page.menuKey = "news"
            page.fields["date"] = .string(v.format.longDate(n.date))
            page.fields["date_iso"] = .string(n.date.description)
            page.metaKind = .article
            page.published = n.date
            page.structuredData = [data.jsonLD.newsArticle(n, bodyText: data.plainText(n.source))]
            page.fields["summary"] = n.summary.map(TemplateValue.string) ?? .null
            page.fields["body"] = v.body(n.source)
            page.fields["ages"] = v.ageLabels(n.ages)
            page.fields["topics"] = v.topicLabels(n.topics)

        case .events, .eventArchive:
            let archive = spec == .eventArchive
            page.title = title(archive ? "event_archive" : "events")
            page.crumb(home, homePath)
            if archive { page.crumb(title("events"), v.page(SitePath.events)) }
            page.menuKey = "events"
            if !archive { intro(&page, "activiteiten") }
            page.fields["archive"] = .bool(archive)
            page.fields["events"] = .list(archive ? data.pastEventCards : data.upcomingEventCards)
            page.fields["archive_path"] = .string(v.page(SitePath.eventArchive))
            page.fields["events_path"] = .string(v.page(SitePath.events))
            page.fields["past_count"] = .int(data.pastEventCards.count)
            page.fields["calendar"] = .string(FeedPaths.agenda)

        case .upcomingEvent(let i), .pastEvent(let i):
            let past: Bool
            if case .pastEvent = spec { past = true } else { past = false }
            let e = past ? data.published.pastEvents[i] : data.published.upcomingEvents[i]
            page.title = e.title
            page.description = e.summary
            page.crumb(home, homePath)
            page.crumb(title("events"), v.page(SitePath.events))
            if past { page.crumb(title("event_archive"), v.page(SitePath.eventArchive)) }
            page.menuKey = "events"
            page.fields["past"] = .bool(past)
            page.fields["when"] = .string(v.format.eventWhen(start: e.start, end: e.end))
            page.fields["start_iso"] = .string(e.start.description.replacingOccurrences(of: " ", with: "T"))
            page.fields["place"] = v.place(e, locations: data.locationsBySlug)
            page.fields["summary"] = e.summary.map(TemplateValue.string) ?? .null
            page.fields["body"] = v.body(e.source)
            page.fields["registration"] = e.registration.map { .string($0.absoluteString) } ?? .null
            page.fields["price"] = e.price.map(TemplateValue.string) ?? .null
            page.fields["calendar"] = .string(SitePath.event(e.slug) + e.slug + ".ics")
            page.structuredData = [data.jsonLD.event(e, locations: data.published.locations, bodyText: data.plainText(e.source))]
            page.fields["ages"] = v.ageLabels(e.ages)
            page.fields["topics"] = v.topicLabels(e.topics)

        case .contact:
            page.title = title("contact")
            page.crumb(home, homePath)
            page.menuKey = "contact"
            intro(&page, "contact")
            page.fields["locations"] = .list(data.published.locations.map(v.location))
            page.structuredData = data.published.locations.map(data.jsonLD.place)

        case .accessibility:
            page.title = title("accessibility")
            page.crumb(home, homePath)
            if let introPage = data.introPages["toegankelijkheid"] {
                // The page adds to the statement; the statement keeps its own title.
                page.description = introPage.summary
                page.fields["intro"] = v.body(introPage.source)
            }
            page.fields["statement"] = statement(data.region.accessibility)

        case .page(let i):
            let p = data.contentPages[i]
            page.title = p.title
            page.description = p.summary
            page.crumb(home, homePath)
            page.menuKey = "page:\(p.slug)"
            page.fields["body"] = v.body(p.source)

        case .search:
            page.title = title("search")
            page.crumb(home, homePath)
            intro(&page, "zoeken")
            page.fields["partners_path"] = .string(v.page(SitePath.partners))

        case .notFound:
            page.title = title("not_found")
        }
    }

    /// Partners grouped by topic, in the site's topic order; partners without
    /// a topic come last, under "other".
    private func topicGroups(_ indices: [Int]) -> TemplateValue {
        let partners = data.published.partners
        var groups: [TemplateValue] = data.site.topics.compactMap { topic in
            let members = indices.filter { partners[$0].topics.contains(topic.id) }
            guard !members.isEmpty else { return nil }
            return ["title": .string(topic.label), "id": .string(topic.id), "partners": data.cards(members)]
        }
        let other = indices.filter { partners[$0].topics.isEmpty }
        if !other.isEmpty {
            groups.append(["title": .string(title("other_partners")), "id": "andere", "partners": data.cards(other)])
        }
        return .list(groups)
    }

    /// Partners grouped by age group, in the site's order.
    private func ageGroups(_ indices: [Int]) -> TemplateValue {
        let partners = data.published.partners
        return .list(data.site.ages.compactMap { age in
            let members = indices.filter { partners[$0].ages.contains(age.id) }
            guard !members.isEmpty else { return nil }
            return ["title": .string(age.label), "id": .string(age.id), "partners": data.cards(members)]
        })
    }

    private func neighbour(_ age: AgeGroup) -> TemplateValue {
        ["label": .string(age.label), "path": .string(data.values.page(SitePath.age(age.id)))]
    }

    private func logo(_ p: Partner) -> TemplateValue {
        guard let logo = p.logo else { return .null }
        return ["path": .string(logo), "alt": .string(p.logoAlt ?? "")]
    }

    /// The body of the page named after a section becomes its intro.
    private func intro(_ page: inout PageContent, _ slug: String) {
        guard let introPage = data.introPages[slug] else { return }
        page.title = introPage.title
        page.description = introPage.summary
        page.fields["intro"] = data.values.body(introPage.source)
    }

    func title(_ key: String) -> String {
        data.strings["titles"]?[key]?.interpolationText ?? key
    }

    private func text(_ group: String, _ key: String, replacing value: String) -> String? {
        data.strings[group]?[key]?.interpolationText.map { $0.replacingOccurrences(of: "{}", with: value) }
    }

    /// The first sentence of a body's plain text, for a description meta tag.
    private func firstSentence(_ plainText: String) -> String? {
        guard let line = plainText.split(whereSeparator: \.isNewline).map(String.init)
            .first(where: { !$0.trimmingSpaces.isEmpty }) else { return nil }
        let end = line.firstIndex { $0 == "." || $0 == "!" || $0 == "?" }
        return String(end.map { line[...$0] } ?? line[...]).trimmingSpaces
    }
}

/// Everything about one region that many pages share, computed once: the
/// cards of partners, news and events, and every grouping (per age, topic,
/// municipality, letter). Page contexts only pick from these, so no list is
/// built per page and no step grows with pages × partners.
struct RegionRenderData: Sendable {
    let published: PublishedRegion
    let site: Site
    let values: ModelValues
    let strings: TemplateValue
    let now: LocalDateTime

    let locationsBySlug: [String: Location]
    let partnerCards: [TemplateValue]
    let partnersByAge: [String: [Int]]
    let partnersByTopic: [String: [Int]]
    let partnersByMunicipality: [String: [Int]]
    /// Partners grouped by first letter of the title (A–Z, `#` for others), in order.
    let partnersByLetter: [(letter: String, indices: [Int])]
    let upcomingEventCards: [TemplateValue]
    let pastEventCards: [TemplateValue]
    let newsCards: [TemplateValue]
    /// Pages named after a generated section: their body is that section's intro.
    let introPages: [String: Page]
    /// Pages published at `<slug>/` (all but the intro pages).
    let contentPages: [Page]
    let jsonLD: JSONLDBuilder

    init(_ published: PublishedRegion, site: Site, values: ModelValues, strings: TemplateValue, now: LocalDateTime) {
        self.published = published
        self.site = site
        self.values = values
        self.strings = strings
        self.now = now
        locationsBySlug = Dictionary(uniqueKeysWithValues: published.locations.map { ($0.slug, $0) })
        let partners = published.partners
        partnerCards = partners.map(values.partnerCard)
        var byAge: [String: [Int]] = [:], byTopic: [String: [Int]] = [:], byMunicipality: [String: [Int]] = [:]
        var byLetter: [String: [Int]] = [:]
        let municipalities = published.region.municipalities
        for (i, p) in partners.enumerated() {
            for age in p.ages { byAge[age, default: []].append(i) }
            for topic in p.topics { byTopic[topic, default: []].append(i) }
            let served = p.municipalities.isEmpty ? municipalities : p.municipalities
            for m in served where municipalities.contains(m) { byMunicipality[m, default: []].append(i) }
            byLetter[Self.letter(p.title), default: []].append(i)
        }
        partnersByAge = byAge
        partnersByTopic = byTopic
        partnersByMunicipality = byMunicipality
        partnersByLetter = byLetter.keys.sorted { ($0 == "#" ? "~" : $0) < ($1 == "#" ? "~" : $1) }.map { ($0, byLetter[$0]!) }
        let locations = locationsBySlug
        upcomingEventCards = published.upcomingEvents.map { values.eventCard($0, locations: locations) }
        pastEventCards = published.pastEvents.map { values.eventCard($0, locations: locations) }
        newsCards = published.news.map(values.newsCard)
        introPages = Dictionary(published.pages.filter { SiteSections.introSections.contains($0.slug) }.map { ($0.slug, $0) },
                                uniquingKeysWith: { a, _ in a })
        contentPages = published.pages.filter { !SiteSections.introSections.contains($0.slug) }
        jsonLD = JSONLDBuilder(site: site, region: published.region)
    }

    /// The plain text of a file's body, for structured data.
    func plainText(_ source: SourceFile) -> String? {
        values.bodies[source]?.plainText
    }

    var region: Region { published.region }

    /// The first letter of a title for the A to Z list: `É` files under E,
    /// digits and signs under `#`.
    static func letter(_ title: String) -> String {
        let folded = SortKey.fold(title)
        guard let first = folded.unicodeScalars.first(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return "#" }
        return ("a"..."z").contains(first) ? String(first).uppercased() : "#"
    }

    func cards(_ indices: [Int]) -> TemplateValue { .list(indices.map { partnerCards[$0] }) }

    /// Events and news whose ages include `age` (items without ages concern everyone).
    func upcomingEvents(forAge age: String) -> TemplateValue {
        .list(zip(published.upcomingEvents, upcomingEventCards).filter { $0.0.ages.isEmpty || $0.0.ages.contains(age) }.map(\.1))
    }

    func news(forAge age: String) -> TemplateValue {
        .list(zip(published.news, newsCards).filter { $0.0.ages.isEmpty || $0.0.ages.contains(age) }.map(\.1))
    }

    func upcomingEvents(forTopic topic: String) -> TemplateValue {
        .list(zip(published.upcomingEvents, upcomingEventCards).filter { $0.0.topics.contains(topic) }.map(\.1))
    }

    func news(forTopic topic: String) -> TemplateValue {
        .list(zip(published.news, newsCards).filter { $0.0.topics.contains(topic) }.map(\.1))
    }
}

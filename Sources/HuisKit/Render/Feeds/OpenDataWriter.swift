/// `partners.json`: the published partners as open data, per region and for
/// the whole network. The format is documented and versioned in
/// `docs/open-data.md`; `schemaVersion` changes with it.
///
/// The files depend on the content only (partners have no dates that come
/// and go), are pretty-printed with sorted keys, and list partners in the
/// site's A to Z order, so they change exactly when the partners do.
public struct OpenDataWriter: Sendable {
    public static let schemaVersion = "1.0"

    let site: PublishedSite
    let revision: String?

    /// `revision` names the content's version when the caller knows one (a
    /// git commit); it is written as `generated_from.content_revision`.
    public init(site: PublishedSite, revision: String? = nil) {
        self.site = site
        self.revision = revision
    }

    /// `public/<region>/partners.json`.
    public func regionFile(_ region: PublishedRegion) -> String {
        let document: JSONValue = [
            "schema_version": .string(Self.schemaVersion),
            "generated_from": generatedFrom([region]),
            "region": regionSummary(region),
            "partners": .array(region.partners.map { record($0, in: [region]) }),
        ]
        return document.serialized(.prettyFile)
    }

    /// `public/partners.json`: every partner published in any region, once,
    /// with the regions it appears in.
    public func networkFile() -> String {
        var entries: [String: (partner: Partner, regions: [PublishedRegion])] = [:]
        for region in site.regions {
            for partner in region.partners {
                let key = Self.identity(partner)
                entries[key, default: (partner, [])].regions.append(region)
            }
        }
        let ordered = entries.sorted(by: { (SortKey.title($0.value.partner.title, $0.value.partner.slug), $0.key) }, <)
        let document: JSONValue = [
            "schema_version": .string(Self.schemaVersion),
            "generated_from": generatedFrom(site.regions),
            "network": ["title": .string(site.site.title)],
            "regions": .array(site.regions.map(regionSummary)),
            "partners": .array(ordered.map { record($0.value.partner, in: $0.value.regions) }),
        ]
        return document.serialized(.prettyFile)
    }

    /// What the open data of `regions` depends on, for the build to keep a
    /// file that cannot have changed: the site and region settings and the
    /// front matter of every partner (the files show fields, not texts).
    /// Nil when a partner's front matter hash is unknown.
    public func key(for regions: [PublishedRegion], program: String) -> String? {
        let partners = regions.flatMap(\.partners).map(\.source)
        guard partners.allSatisfy({ !$0.frontMatterHash.isEmpty }) else { return nil }
        return BuildCache.key([program, "open data", Self.schemaVersion, revision ?? "", site.site.source.contentHash]
                              + site.regions.map { "\($0.id) \($0.region.source.contentHash)" }
                              + regions.map(\.id)
                              + partners.map { "\($0.relativePath) \($0.frontMatterHash)" })
    }

    /// Network partners are one partner everywhere; local slugs repeat across regions.
    static func identity(_ partner: Partner) -> String {
        switch partner.scope {
        case .local(let region): return "local/\(region)/\(partner.slug)"
        case .network: return "network/\(partner.slug)"
        }
    }

    func generatedFrom(_ regions: [PublishedRegion]) -> JSONValue {
        [
            "generator": "huis",
            "content_revision": .text(revision),
            "regions": .array(regions.map { .string($0.id) }),
        ]
    }

    func regionSummary(_ region: PublishedRegion) -> JSONValue {
        let r = region.region
        return [
            "id": .string(r.id),
            "title": .string(r.title),
            "short_title": .text(r.shortTitle),
            "municipalities": .array(r.municipalities.map(JSONValue.string)),
            "url": .text(SiteAddress(r.baseURL)?.base),
        ]
    }

    /// One partner as it appears in `regions` (one region for a region's file).
    func record(_ partner: Partner, in regions: [PublishedRegion]) -> JSONValue {
        let wholeRegion = partner.municipalities.isEmpty
        var municipalities = partner.municipalities
        if wholeRegion {
            var seen = Set<String>()
            municipalities = regions.flatMap(\.region.municipalities).filter { seen.insert($0).inserted }
        }
        return [
            "slug": .string(partner.slug),
            "title": .string(partner.title),
            "summary": .string(partner.summary),
            "ages": .array(partner.ages.map(ageValue)),
            "topics": .array(partner.topics.map { ["id": .string($0), "label": .string(site.site.topic($0)?.label ?? $0)] }),
            "municipalities": .array(municipalities.map(JSONValue.string)),
            "serves_whole_region": .bool(wholeRegion),
            "contact": contactValue(partner.contact),
            "hours": partner.hours.map(hoursValue) ?? .null,
            "languages": .array(partner.languages.map { ["code": .string($0.code), "name": .string($0.dutchName)] }),
            "scope": scopeValue(partner.scope),
            "pages": .array(regions.map { region in
                let path = SitePath.partner(partner.slug)
                return ["region": .string(region.id), "path": .string(path),
                        "url": .text(SiteAddress(region.region.baseURL)?.absolute(path))]
            }),
            "updated": .text(partner.updated?.description),
            "source": .string(partner.source.relativePath),
        ]
    }

    func ageValue(_ id: String) -> JSONValue {
        let age = site.site.age(id)
        return [
            "id": .string(id),
            "label": .string(age?.label ?? id),
            "from": age?.from.map(JSONValue.int) ?? .null,
            "to": age?.to.map(JSONValue.int) ?? .null,
        ]
    }

    func contactValue(_ contact: Contact) -> JSONValue {
        [
            "address": .text(contact.address),
            "phone": contact.phone.map { ["display": .string($0.display), "uri": .string($0.telURI)] } ?? .null,
            "email": .text(contact.email?.address),
            "website": .text(contact.website?.absoluteString),
        ]
    }

    func hoursValue(_ hours: OpeningHours) -> JSONValue {
        let days: [JSONValue] = OpeningHours.Day.allCases.map { day in
            switch hours.schedule(on: day) {
            case .closed:
                return ["day": .string(day.key), "status": "closed", "ranges": []]
            case .appointment:
                return ["day": .string(day.key), "status": "appointment", "ranges": []]
            case .open(let ranges):
                return ["day": .string(day.key), "status": "open", "ranges": .array(ranges.map { range in
                    ["from": .string(OpeningHours.TimeRange.format(range.start)),
                     "to": .string(OpeningHours.TimeRange.format(range.end))]
                })]
            }
        }
        return ["days": .array(days), "exceptions": .array(hours.exceptions.sorted().map { .string($0.description) })]
    }

    func scopeValue(_ scope: Partner.Scope) -> JSONValue {
        switch scope {
        case .local(let region):
            return ["level": "local", "regions": [.string(region)]]
        case .network(let regions):
            return ["level": "network", "regions": .array(regions.map(JSONValue.string))]
        }
    }
}

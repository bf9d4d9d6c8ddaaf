/// One step of a breadcrumb trail: the page's name and its path in the region.
public struct Breadcrumb: Hashable, Sendable {
    public var name: String
    /// A path inside the region (`partners/`, `partners/caw/`; `` for home).
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// schema.org structured data (JSON-LD) for the pages of one region.
///
/// Each method returns one node without `@context`; `document(_:)` wraps one
/// or more nodes for a page, and `scriptTag(_:)` makes the `<script>` element.
/// URLs are absolute when the region has a `base_url`, and left out when not
/// (structured data with relative URLs is read wrongly by search engines).
public struct JSONLDBuilder: Sendable {
    let site: Site
    let region: Region
    let address: SiteAddress?

    public init(site: Site, region: Region) {
        self.site = site
        self.region = region
        self.address = SiteAddress(region.baseURL)
    }

    func url(_ path: String) -> JSONValue? { address.map { .string($0.absolute(path)) } }

    /// The Huis van het Kind itself (home page): an `Organization` with its
    /// contact details, serving its municipalities.
    public func homeOrganization(description: String? = nil) -> JSONValue {
        let contact = region.contact
        var members = organizationMembers()
        members["alternateName"] = region.shortTitle.map(JSONValue.string)
        members["description"] = description.map(JSONValue.string)
        members["address"] = contact.address.map(SchemaOrgValues.postalAddress)
        members["telephone"] = contact.phone.map { .string(Self.telephone($0)) }
        members["email"] = contact.email.map { .string($0.address) }
        members["areaServed"] = .array(region.municipalities.map { ["@type": "City", "name": .string($0)] })
        return .object(members)
    }

    /// The region as publisher, author and organiser: name, url and logo,
    /// with the same `@id` as on the home page.
    func publisher() -> JSONValue { .object(organizationMembers()) }

    func organizationMembers() -> [String: JSONValue] {
        var members: [String: JSONValue] = ["@type": "Organization", "name": .string(region.title)]
        members["@id"] = address.map { .string($0.base + "#organisatie") }
        members["url"] = url(SitePath.home)
        members["logo"] = region.logo.flatMap { logo in address.map { .string($0.absolute(logo)) } }
        return members
    }

    /// A partner: an `Organization` with its contact details, opening hours,
    /// languages and the municipalities it serves.
    public func organization(_ partner: Partner) -> JSONValue {
        let contact = partner.contact
        let served = partner.municipalities.isEmpty ? region.municipalities : partner.municipalities
        let hours = partner.hours.map(SchemaOrgValues.openingHours) ?? []
        return .object(dropping: [
            "@type": "Organization",
            "@id": address.map { .string($0.absolute(SitePath.partner(partner.slug)) + "#organisatie") },
            "name": .string(partner.title),
            "description": .string(partner.summary),
            "url": (contact.website?.absoluteString).map(JSONValue.string) ?? url(SitePath.partner(partner.slug)),
            "mainEntityOfPage": url(SitePath.partner(partner.slug)),
            "address": contact.address.map(SchemaOrgValues.postalAddress),
            "telephone": contact.phone.map { .string(Self.telephone($0)) },
            "email": contact.email.map { .string($0.address) },
            "logo": partner.logo.flatMap { logo in address.map { .string($0.absolute(logo)) } },
            "openingHoursSpecification": hours.isEmpty ? nil : .array(hours),
            "knowsLanguage": partner.languages.isEmpty ? nil : .array(partner.languages.map { .string($0.code) }),
            "areaServed": served.isEmpty ? nil : .array(served.map { ["@type": "City", "name": .string($0)] }),
        ])
    }

    /// A contact point: a `Place` with address, contact details and opening hours.
    public func place(_ location: Location) -> JSONValue {
        let hours = location.hours.map(SchemaOrgValues.openingHours) ?? []
        return .object(dropping: [
            "@type": "Place",
            "name": .string(location.title),
            "address": SchemaOrgValues.postalAddress(location.address),
            "telephone": location.phone.map { .string(Self.telephone($0)) },
            "email": location.email.map { .string($0.address) },
            "url": url(SitePath.contact),
            "openingHoursSpecification": hours.isEmpty ? nil : .array(hours),
            "description": location.hoursNote.map(JSONValue.string),
        ])
    }

    /// An activity: an offline, scheduled `Event`, organised by the region.
    /// Timed starts and ends carry the Brussels offset; all-day ones are dates
    /// (an all-day `endDate` is the last day, inclusive).
    public func event(_ event: Event, locations: [Location], bodyText: String? = nil) -> JSONValue {
        let pageURL = address?.absolute(SitePath.event(event.slug))
        return .object(dropping: [
            "@type": "Event",
            "name": .string(event.title),
            "description": Excerpt.description(summary: event.summary, plainText: bodyText).map(JSONValue.string),
            "startDate": .string(Self.dateValue(event.start)),
            "endDate": event.end.map { .string(Self.dateValue($0)) },
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": eventLocation(event.place, locations: locations),
            "organizer": publisher(),
            "offers": SchemaOrgValues.offer(price: event.price, registration: event.registration, pageURL: pageURL),
            "url": pageURL.map(JSONValue.string),
            "inLanguage": .string(site.language),
        ])
    }

    /// A news item: a `NewsArticle` published by the region.
    public func newsArticle(_ item: NewsItem, bodyText: String? = nil) -> JSONValue {
        let date = JSONValue.string(FeedTimestamp.rfc3339(startOf: item.date))
        return .object(dropping: [
            "@type": "NewsArticle",
            "headline": .string(item.title),
            "description": Excerpt.description(summary: item.summary, plainText: bodyText).map(JSONValue.string),
            "datePublished": date,
            "dateModified": date,
            "author": publisher(),
            "publisher": publisher(),
            "image": region.logo.flatMap { logo in address.map { .string($0.absolute(logo)) } },
            "url": url(SitePath.news(item.slug)),
            "mainEntityOfPage": url(SitePath.news(item.slug)),
            "inLanguage": .string(site.language),
        ])
    }

    /// A `BreadcrumbList`, or nil without `base_url` (each step needs an absolute URL).
    public func breadcrumbList(_ trail: [Breadcrumb]) -> JSONValue? {
        guard let address, !trail.isEmpty else { return nil }
        let items: [JSONValue] = trail.enumerated().map { index, crumb in
            ["@type": "ListItem", "position": .int(index + 1), "name": .string(crumb.name),
             "item": .string(address.absolute(crumb.path))]
        }
        return ["@type": "BreadcrumbList", "itemListElement": .array(items)]
    }

    func eventLocation(_ place: Event.Place?, locations: [Location]) -> JSONValue? {
        switch place {
        case nil: return nil
        case .text(let text):
            return ["@type": "Place", "name": .string(text), "address": .string(text)]
        case .location(let slug):
            guard let location = locations.first(where: { $0.slug == slug }) else {
                return ["@type": "Place", "name": .string(slug)]
            }
            return .object(dropping: [
                "@type": "Place",
                "name": .string(location.title),
                "address": SchemaOrgValues.postalAddress(location.address),
                "url": url(SitePath.contact),
            ])
        }
    }

    /// `2026-03-04T14:00:00+01:00` for a moment, `2026-03-04` for a day.
    static func dateValue(_ time: EventTime) -> String {
        switch time {
        case .day(let date): return date.description
        case .moment(let moment): return FeedTimestamp.rfc3339(moment)
        }
    }

    /// `+3214000000`: the international form of the `tel:` link.
    static func telephone(_ phone: PhoneNumber) -> String {
        String(phone.telURI.dropFirst("tel:".count))
    }

    // MARK: Documents

    /// The JSON-LD text for a page: one node with `@context`, or several in
    /// an `@graph`. Compact, with `<`, `>` and `&` escaped for HTML.
    public static func document(_ nodes: [JSONValue]) -> String {
        let value: JSONValue
        if nodes.count == 1, case .object(var members) = nodes[0] {
            members["@context"] = "https://schema.org"
            value = .object(members)
        } else {
            value = ["@context": "https://schema.org", "@graph": .array(nodes)]
        }
        return value.serialized(.compactHTMLSafe)
    }

    /// `<script type="application/ld+json">…</script>`. `<`, `>` and `&` are
    /// escaped again here (as `\u003c` …, which means the same inside a JSON
    /// string and cannot occur outside one), so even JSON from elsewhere can
    /// never contain `</script>` or `<!--`.
    public static func scriptTag(_ json: String) -> String {
        // `document` escapes these already; look before copying.
        var text = json
        let needsEscaping = text.withUTF8 { bytes in
            bytes.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }
        }
        if !needsEscaping {
            return "<script type=\"application/ld+json\">" + json + "</script>"
        }
        var safe = ""
        safe.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": safe += "\\u003c"
            case ">": safe += "\\u003e"
            case "&": safe += "\\u0026"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return "<script type=\"application/ld+json\">" + safe + "</script>"
    }
}

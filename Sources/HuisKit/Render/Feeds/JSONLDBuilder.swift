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

/// One JSON-LD node: the compact JSON text of a schema.org object (without
/// `@context`), `<`, `>` and `&` escaped for HTML. `JSONLDBuilder.document`
/// puts one or more of them on a page.
public struct JSONLDNode: Hashable, Sendable {
    /// The object's text, UTF-8.
    public let json: [UInt8]

    public var text: String { String(decoding: json, as: UTF8.self) }
}

/// schema.org structured data (JSON-LD) for the pages of one region.
///
/// Each method returns one node without `@context`; `document(_:)` wraps one
/// or more nodes for a page, and `scriptTag(_:)` makes the `<script>` element.
/// URLs are absolute when the region has a `base_url`, and left out when not
/// (structured data with relative URLs is read wrongly by search engines).
///
/// Every page has a block, so nodes are written straight as text (no tree of
/// `JSONValue`s to build, sort and free): each object writes its members in
/// the order of their keys' bytes, the order `JSONValue` would sort them in.
public struct JSONLDBuilder: Sendable {
    let site: Site
    let region: Region
    let address: SiteAddress?

    public init(site: Site, region: Region) {
        self.site = site
        self.region = region
        self.address = SiteAddress(region.baseURL)
    }

    static let style = JSONValue.Style.compactHTMLSafe

    func url(_ path: String) -> String? { address.map { $0.absolute(path) } }

    private func node(_ write: (inout JSONWriter) -> Void) -> JSONLDNode {
        var out = JSONWriter(style: Self.style, capacity: 1024)
        write(&out)
        return JSONLDNode(json: out.bytes)
    }

    /// The Huis van het Kind itself (home page): an `Organization` with its
    /// contact details, serving its municipalities.
    public func homeOrganization(description: String? = nil) -> JSONLDNode {
        let contact = region.contact
        return node { out in
            out.beginObject()
            writeIdentity(&out)
            out.optional("address", contact.address) { SchemaOrgValues.writePostalAddress($1, to: &$0) }
            out.optional("alternateName", region.shortTitle) { $0.string($1) }
            out.key("areaServed")
            Self.writeCities(region.municipalities, to: &out)
            out.optional("description", description) { $0.string($1) }
            out.optional("email", contact.email) { $0.string($1.address) }
            writeLogoNameAndURL(&out, telephone: contact.phone)
            out.endObject()
        }
    }

    /// The region as publisher, author and organiser: name, url and logo,
    /// with the same `@id` as on the home page.
    func writePublisher(_ out: inout JSONWriter) {
        out.beginObject()
        writeIdentity(&out)
        writeLogoNameAndURL(&out, telephone: nil)
        out.endObject()
    }

    /// `@id` and `@type` of the region's organisation.
    private func writeIdentity(_ out: inout JSONWriter) {
        out.optional("@id", address) { $0.string($1.base + "#organisatie") }
        out.key("@type")
        out.string("Organization")
    }

    /// `logo`, `name`, `telephone` (when given) and `url` of the region's organisation.
    private func writeLogoNameAndURL(_ out: inout JSONWriter, telephone: PhoneNumber?) {
        out.optional("logo", region.logo.flatMap { logo in address.map { $0.absolute(logo) } }) { $0.string($1) }
        out.key("name")
        out.string(region.title)
        out.optional("telephone", telephone) { $0.string(Self.telephone($1)) }
        out.optional("url", url(SitePath.home)) { $0.string($1) }
    }

    /// A partner: an `Organization` with its contact details, opening hours,
    /// languages and the municipalities it serves.
    public func organization(_ partner: Partner) -> JSONLDNode {
        let contact = partner.contact
        let served = partner.municipalities.isEmpty ? region.municipalities : partner.municipalities
        let page = url(SitePath.partner(partner.slug))
        return node { out in
            out.beginObject()
            out.optional("@id", address) { $0.string($1.absolute(SitePath.partner(partner.slug)) + "#organisatie") }
            out.key("@type")
            out.string("Organization")
            out.optional("address", contact.address) { SchemaOrgValues.writePostalAddress($1, to: &$0) }
            if !served.isEmpty {
                out.key("areaServed")
                Self.writeCities(served, to: &out)
            }
            out.key("description")
            out.string(partner.summary)
            out.optional("email", contact.email) { $0.string($1.address) }
            if !partner.languages.isEmpty {
                out.key("knowsLanguage")
                out.beginArray()
                for language in partner.languages { out.string(language.code) }
                out.endArray()
            }
            out.optional("logo", partner.logo.flatMap { logo in address.map { $0.absolute(logo) } }) { $0.string($1) }
            out.optional("mainEntityOfPage", page) { $0.string($1) }
            out.key("name")
            out.string(partner.title)
            if let hours = partner.hours { SchemaOrgValues.writeOpeningHours(hours, to: &out) }
            out.optional("telephone", contact.phone) { $0.string(Self.telephone($1)) }
            out.optional("url", contact.website?.absoluteString ?? page) { $0.string($1) }
            out.endObject()
        }
    }

    /// A contact point: a `Place` with address, contact details and opening hours.
    public func place(_ location: Location) -> JSONLDNode {
        node { out in
            out.beginObject()
            out.key("@type")
            out.string("Place")
            out.key("address")
            SchemaOrgValues.writePostalAddress(location.address, to: &out)
            out.optional("description", location.hoursNote) { $0.string($1) }
            out.optional("email", location.email) { $0.string($1.address) }
            out.key("name")
            out.string(location.title)
            if let hours = location.hours { SchemaOrgValues.writeOpeningHours(hours, to: &out) }
            out.optional("telephone", location.phone) { $0.string(Self.telephone($1)) }
            out.optional("url", url(SitePath.contact)) { $0.string($1) }
            out.endObject()
        }
    }

    /// An activity: an offline, scheduled `Event`, organised by the region.
    /// Timed starts and ends carry the Brussels offset; all-day ones are dates
    /// (an all-day `endDate` is the last day, inclusive).
    public func event(_ event: Event, locations: [Location], bodyText: String? = nil) -> JSONLDNode {
        let pageURL = address?.absolute(SitePath.event(event.slug))
        return node { out in
            out.beginObject()
            out.key("@type")
            out.string("Event")
            out.optional("description", Excerpt.description(summary: event.summary, plainText: bodyText)) { $0.string($1) }
            out.optional("endDate", event.end) { $0.string(Self.dateValue($1)) }
            out.key("eventAttendanceMode")
            out.string("https://schema.org/OfflineEventAttendanceMode")
            out.key("eventStatus")
            out.string("https://schema.org/EventScheduled")
            out.key("inLanguage")
            out.string(site.language)
            out.optional("location", eventLocation(event.place, locations: locations)) { $0.value($1) }
            out.key("name")
            out.string(event.title)
            out.optional("offers", SchemaOrgValues.offer(price: event.price, registration: event.registration, pageURL: pageURL)) {
                $0.value($1)
            }
            out.key("organizer")
            writePublisher(&out)
            out.key("startDate")
            out.string(Self.dateValue(event.start))
            out.optional("url", pageURL) { $0.string($1) }
            out.endObject()
        }
    }

    /// A news item: a `NewsArticle` published by the region.
    public func newsArticle(_ item: NewsItem, bodyText: String? = nil) -> JSONLDNode {
        let date = FeedTimestamp.rfc3339(startOf: item.date)
        let page = url(SitePath.news(item.slug))
        return node { out in
            out.beginObject()
            out.key("@type")
            out.string("NewsArticle")
            out.key("author")
            writePublisher(&out)
            out.key("dateModified")
            out.string(date)
            out.key("datePublished")
            out.string(date)
            out.optional("description", Excerpt.description(summary: item.summary, plainText: bodyText)) { $0.string($1) }
            out.key("headline")
            out.string(item.title)
            out.optional("image", region.logo.flatMap { logo in address.map { $0.absolute(logo) } }) { $0.string($1) }
            out.key("inLanguage")
            out.string(site.language)
            out.optional("mainEntityOfPage", page) { $0.string($1) }
            out.key("publisher")
            writePublisher(&out)
            out.optional("url", page) { $0.string($1) }
            out.endObject()
        }
    }

    /// A `BreadcrumbList`, or nil without `base_url` (each step needs an absolute URL).
    public func breadcrumbList(_ trail: [Breadcrumb]) -> JSONLDNode? {
        guard let address, !trail.isEmpty else { return nil }
        return node { out in
            out.beginObject()
            out.key("@type")
            out.string("BreadcrumbList")
            out.key("itemListElement")
            out.beginArray()
            for (index, crumb) in trail.enumerated() {
                out.beginObject()
                out.key("@type")
                out.string("ListItem")
                out.key("item")
                out.string(address.absolute(crumb.path))
                out.key("name")
                out.string(crumb.name)
                out.key("position")
                out.int(index + 1)
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
    }

    /// `[{"@type": "City", "name": …}, …]`
    private static func writeCities(_ names: [String], to out: inout JSONWriter) {
        out.beginArray()
        for name in names {
            out.beginObject()
            out.key("@type")
            out.string("City")
            out.key("name")
            out.string(name)
            out.endObject()
        }
        out.endArray()
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
                "url": url(SitePath.contact).map(JSONValue.string),
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
    public static func document(_ nodes: [JSONLDNode]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(nodes.reduce(64) { $0 + $1.json.count + 1 })
        appendDocument(nodes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `scriptTag(document(nodes))` in one go: the nodes' text is escaped for
    /// HTML already, so it needs no second look.
    static func scriptElement(_ nodes: [JSONLDNode]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(nodes.reduce(128) { $0 + $1.json.count + 1 })
        out.append(contentsOf: #"<script type="application/ld+json">"#.utf8)
        appendDocument(nodes, to: &out)
        out.append(contentsOf: "</script>".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendDocument(_ nodes: [JSONLDNode], to out: inout [UInt8]) {
        out.append(contentsOf: #"{"@context":"https://schema.org""#.utf8)
        if nodes.count == 1, nodes[0].json.count >= 2, nodes[0].json.first == UInt8(ascii: "{") {
            // "@context" sorts before every other key: it goes first, as `JSONValue` would put it.
            let members = nodes[0].json.dropFirst()
            if members.first != UInt8(ascii: "}") { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: members)
        } else {
            out.append(contentsOf: #","@graph":["#.utf8)
            for (index, node) in nodes.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: node.json)
            }
            out.append(contentsOf: "]}".utf8)
        }
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

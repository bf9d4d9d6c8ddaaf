import Foundation

/// Turns model values into template values. Paths in these values are relative
/// to the region's root (`partners/caw/index.html`); templates prefix them with
/// `{{root}}`, so one value serves every page it appears on.
struct ModelValues: Sendable {
    let site: Site
    let format: DisplayFormat
    let bodies: RenderedBodies
    /// The label value of each age group and topic by id: the same on every
    /// page that shows it, so made once.
    private let ageLabel: [String: TemplateValue]
    private let topicLabel: [String: TemplateValue]

    init(site: Site, format: DisplayFormat, bodies: RenderedBodies) {
        self.site = site
        self.format = format
        self.bodies = bodies
        func page(_ folder: String) -> String { SitePath.relative(from: "", to: folder) }
        ageLabel = Dictionary(site.ages.map { age in
            (age.id, ["id": .string(age.id), "label": .string(age.label), "path": .string(page(SitePath.age(age.id)))])
        }, uniquingKeysWith: { first, _ in first })
        topicLabel = Dictionary(site.topics.map { topic in
            (topic.id, ["id": .string(topic.id), "label": .string(topic.label), "path": .string(page(SitePath.topic(topic.id)))])
        }, uniquingKeysWith: { first, _ in first })
    }

    func page(_ folder: String) -> String { SitePath.relative(from: "", to: folder) }

    func ageLabels(_ ids: [String]) -> TemplateValue {
        .list(ids.compactMap { ageLabel[$0] })
    }

    func topicLabels(_ ids: [String]) -> TemplateValue {
        .list(ids.compactMap { topicLabel[$0] })
    }

    func partnerCard(_ p: Partner) -> TemplateValue {
        [
            "title": .string(p.title),
            "summary": .string(p.summary),
            "path": .string(page(SitePath.partner(p.slug))),
            "network": .bool(p.isNetworkLevel),
            "municipalities": .string(p.municipalities.joined(separator: ", ")),
        ]
    }

    func newsCard(_ n: NewsItem) -> TemplateValue {
        [
            "title": .string(n.title),
            "summary": n.summary.map(TemplateValue.string) ?? .null,
            "path": .string(page(SitePath.news(n.slug))),
            "date": .string(format.date(n.date)),
            "date_iso": .string(n.date.description),
        ]
    }

    func eventCard(_ e: Event, locations: [String: Location]) -> TemplateValue {
        [
            "title": .string(e.title),
            "summary": e.summary.map(TemplateValue.string) ?? .null,
            "path": .string(page(SitePath.event(e.slug))),
            "when": .string(format.eventWhen(start: e.start, end: e.end)),
            "date_iso": .string(e.start.date.description),
            "place": place(e, locations: locations),
        ]
    }

    func place(_ e: Event, locations: [String: Location]) -> TemplateValue {
        switch e.place {
        case .location(let slug)?:
            guard let location = locations[slug] else { return .null }
            return ["title": .string(location.title), "address": .string(location.address),
                    "path": .string(SitePath.relative(from: "", to: SitePath.contact, fragment: slug))]
        case .text(let text)?:
            return ["title": .string(text)]
        case nil:
            return .null
        }
    }

    func contact(_ c: Contact) -> TemplateValue {
        if c.isEmpty { return .null }
        return [
            "address": c.address.map(TemplateValue.string) ?? .null,
            "map": c.address.map { .string(Self.mapURL($0)) } ?? .null,
            "phone": c.phone.map { ["display": .string($0.display), "tel": .string($0.telURI)] } ?? .null,
            "email": c.email.map { ["address": .string($0.address), "mailto": .string($0.mailtoURI)] } ?? .null,
            "website": c.website.map { ["url": .string($0.absoluteString), "display": .string(Self.displayURL($0))] } ?? .null,
        ]
    }

    /// A table of the week, Monday first, for `<table>` markup; `day_number`
    /// (1 = Monday) lets the theme's script mark today in the browser.
    func hours(_ h: OpeningHours?) -> TemplateValue {
        guard let h else { return .null }
        let rows: [TemplateValue] = OpeningHours.Day.allCases.map { day in
            let schedule = h.schedule(on: day)
            var closed = false
            if case .closed = schedule { closed = true }
            return ["day": .string(format.weekday(day)), "day_number": .int(day.rawValue),
                    "text": .string(format.schedule(schedule)), "closed": .bool(closed)]
        }
        return ["rows": .array(rows),
                "exceptions": .list(h.exceptions.map { .string(format.date($0)) })]
    }

    func languages(_ languages: [Language]) -> TemplateValue {
        .list(languages.map { ["code": .string($0.code), "name": .string($0.dutchName)] })
    }

    func location(_ l: Location) -> TemplateValue {
        [
            "title": .string(l.title),
            "slug": .string(l.slug),
            "address": .string(l.address),
            "map": .string(Self.mapURL(l.address)),
            "municipality": l.municipality.map(TemplateValue.string) ?? .null,
            "phone": l.phone.map { ["display": .string($0.display), "tel": .string($0.telURI)] } ?? .null,
            "email": l.email.map { ["address": .string($0.address), "mailto": .string($0.mailtoURI)] } ?? .null,
            "hours": hours(l.hours),
            "hours_note": l.hoursNote.map(TemplateValue.string) ?? .null,
            "accessibility": l.accessibility.map(TemplateValue.string) ?? .null,
            "body": body(l.source),
        ]
    }

    /// The rendered Markdown of a file, or null when it has none.
    func body(_ source: SourceFile) -> TemplateValue {
        guard let html = bodies[source]?.html, !html.isEmpty else { return .null }
        return .string(html)
    }

    /// A search for the address on openstreetmap.org.
    static func mapURL(_ address: String) -> String {
        mapURLASCII(address) ?? mapURLByFoundation(address)
    }

    /// `mapURL` on the bytes of an ASCII address (nearly all): lines joined
    /// with ", ", then every byte but letters, digits and `-._~` as `%XX`,
    /// as Foundation encodes it. Nil for other text.
    static func mapURLASCII(_ address: String) -> String? {
        var out = Array("https://www.openstreetmap.org/search?query=".utf8)
        out.reserveCapacity(out.count + 3 * address.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        var pendingBreak = false
        var wroteLine = false
        for byte in address.utf8 {
            if byte >= 0x80 { return nil }
            // "\n", "\r", vertical tab and form feed are new lines as Characters.
            if byte >= 0x0A && byte <= 0x0D {
                pendingBreak = wroteLine
                continue
            }
            if pendingBreak {
                out.append(contentsOf: "%2C%20".utf8)
                pendingBreak = false
            }
            wroteLine = true
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func mapURLByFoundation(_ address: String) -> String {
        let flat = address.split(whereSeparator: \.isNewline).joined(separator: ", ")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "https://www.openstreetmap.org/search?query="
            + (flat.addingPercentEncoding(withAllowedCharacters: allowed) ?? flat)
    }

    /// `www.kindengezin.be` for `https://www.kindengezin.be/`.
    static func displayURL(_ url: WebURL) -> String {
        var s = Substring(url.absoluteString)
        for prefix in ["https://", "http://"] where s.lowercased().hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        if s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}

extension TemplateValue {
    /// A list for templates that wrap it in an element: null when empty (so
    /// `{{^x}}` shows a "none yet" text), otherwise `{items, count}`.
    static func list(_ items: [TemplateValue]) -> TemplateValue {
        items.isEmpty ? .null : ["items": .array(items), "count": .int(items.count)]
    }
}

/// Reads `regions/<id>/region.md`.
enum RegionDecoder {
    static func decode(_ file: ParsedFile, id: String, files: Set<String>) -> Region? {
        let r = file.reader(ContentSchemas.region)
        let municipalities = (r.list("municipalities") ?? []).map(\.text)
        var seen = Set<String>()
        for name in municipalities where !seen.insert(name.lowercased()).inserted {
            r.bag.error("the municipality '\(name)' is listed twice", at: r.keyPosition("municipalities") ?? r.anchor,
                        hint: "List every municipality once.")
        }
        let contact = r.nested("contact", ContentSchemas.regionContact).map { c in
            Contact(address: c.paragraph("address"), phone: c.phone("phone"), email: c.email("email"))
        } ?? Contact()
        let colors = r.nested("colors", ContentSchemas.colors).map { c in
            Region.Colors(primary: c.color("primary"), accent: c.color("accent"),
                          positions: Dictionary(uniqueKeysWithValues: ["primary", "accent"].compactMap { key in
                              c.node(key).map { (key, $0.position) }
                          }))
        } ?? Region.Colors()
        let base = "regions/\(id)"
        let logo = r.file("logo", base: base, files: files)
        let logoAlt = r.text("logo_alt")
        if r.has("logo"), logoAlt == nil {
            r.bag.error("the logo has no text alternative", at: r.keyPosition("logo") ?? r.anchor,
                        hint: "Add `logo_alt:` with what the logo says, e.g. `logo_alt: Logo Huis van het Kind Ranst`.")
        }
        let accessibility = AccessibilityDecoder.decode(r)
        let title = r.text("title")
        guard let title, !municipalities.isEmpty else { return nil }
        return Region(
            id: id, title: title, shortTitle: r.text("short_title"), municipalities: municipalities,
            baseURL: r.url("base_url"), contact: contact, colors: colors, logo: logo, logoAlt: logoAlt,
            languages: r.languages("languages") ?? [], accessibility: accessibility,
            intro: file.body, source: file.source)
    }
}

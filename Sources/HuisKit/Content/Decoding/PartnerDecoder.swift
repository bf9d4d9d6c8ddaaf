/// Reads a partner file, local (`regions/<id>/partners/`) or network-level
/// (`partners/`).
enum PartnerDecoder {
    /// `region` is nil for a network-level partner.
    static func decode(_ file: ParsedFile, region: Region?, context: DecodingContext) -> Partner {
        let r = file.reader(ContentSchemas.partner)
        let scope: Partner.Scope
        let allowedMunicipalities: [String]
        if let region {
            scope = .local(region: region.id)
            allowedMunicipalities = region.municipalities
            if let position = r.keyPosition("regions") {
                r.bag.error("a partner of one region cannot have 'regions'", at: position,
                            hint: "Remove 'regions:', or move the file to content/partners/ to make it a partner of several regions.")
            }
        } else {
            let regions = r.ids("regions", known: context.regionIDs, allowAll: true, noun: "region")
            if !r.has("regions") {
                r.bag.error("missing required field 'regions' for a network-level partner", at: file.document.openingPosition,
                            hint: "Partners in content/partners/ serve several regions: add `regions: all` or e.g. `regions: [ranst, kortenberg]`.")
            }
            scope = .network(regions: regions ?? [])
            allowedMunicipalities = (regions ?? []).flatMap { context.municipalitiesByRegion[$0] ?? [] }
        }
        let contact = r.nested("contact", ContentSchemas.partnerContact).map { c in
            Contact(address: c.paragraph("address"), phone: c.phone("phone"), email: c.email("email"), website: c.url("website"))
        } ?? Contact()
        let base = region.map { "regions/\($0.id)" } ?? ""
        let logo = r.file("logo", base: base, files: context.files)
        let logoAlt = r.text("logo_alt")
        if r.has("logo"), logoAlt == nil {
            r.bag.error("the logo has no text alternative", at: r.keyPosition("logo") ?? r.anchor,
                        hint: "Add `logo_alt:` with what the logo shows, e.g. `logo_alt: Logo van CAW De Kempen`.")
        }
        let partner = Partner(
            slug: file.slug,
            title: r.text("title") ?? "",
            summary: r.paragraph("summary") ?? "",
            ages: r.ids("ages", known: context.ageIDs, allowAll: true, noun: "age group") ?? [],
            topics: r.ids("topics", known: context.topicIDs, allowAll: false, noun: "topic") ?? [],
            municipalities: r.municipalities("municipalities", known: allowedMunicipalities) ?? [],
            scope: scope, contact: contact, hours: r.hours("hours"),
            languages: r.languages("languages") ?? [], logo: logo, logoAlt: logoAlt,
            updated: r.date("updated"), draft: r.boolean("draft") ?? false,
            body: file.body, source: file.source)
        return partner
    }
}

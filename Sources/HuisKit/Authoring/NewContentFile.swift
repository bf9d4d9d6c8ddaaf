import Foundation

/// `huis new`: a new content file with a slug from its title, front matter
/// from the schema (required fields filled in so the file checks clean, every
/// other field commented with Dutch help), and today's date where the kind has one.
public enum NewContentFile {
    public enum Kind: String, CaseIterable, Sendable {
        case partner, news, event, page, location

        var schema: Schema {
            switch self {
            case .partner: return ContentSchemas.partner
            case .news: return ContentSchemas.news
            case .event: return ContentSchemas.event
            case .page: return ContentSchemas.page
            case .location: return ContentSchemas.location
            }
        }

        var folder: String {
            switch self {
            case .partner: return "partners"
            case .news: return "news"
            case .event: return "events"
            case .page: return "pages"
            case .location: return "locations"
            }
        }
    }

    public enum Failure: Error, Equatable {
        case noRegion(String, known: [String])
        case emptyTitle
    }

    /// Creates the file and returns its path relative to `content`. With
    /// `region` nil a partner becomes a network-level one in `partners/`.
    public static func create(_ kind: Kind, title: String, region: String?, content: URL, today: LocalDate) throws -> String {
        let trimmed = title.trimmingSpaces
        guard !trimmed.isEmpty, !Slug.make(from: trimmed).isEmpty else { throw Failure.emptyTitle }
        let folder: String
        if let region {
            let regions = (try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("regions").path)) ?? []
            guard regions.contains(region) else { throw Failure.noRegion(region, known: regions.sorted()) }
            folder = "regions/\(region)/\(kind.folder)"
        } else {
            folder = "partners"
        }
        let directory = content.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let slug = uniqueSlug(Slug.make(from: trimmed), in: directory)
        let text = FrontMatterTemplate.render(kind.schema, values: values(kind, title: trimmed, network: region == nil, today: today,
                                                                          site: SiteDefaults.read(content)),
                                              header: "Nieuw bestand. Velden met # ervoor zijn niet ingevuld: haal het # weg om ze te gebruiken.")
            + "\n" + body(kind)
        let path = "\(folder)/\(slug).md"
        guard FileManager.default.createFile(atPath: content.appendingPathComponent(path).path, contents: Data(text.utf8)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return path
    }

    /// `kind-en-gezin`, then `kind-en-gezin-2`, `kind-en-gezin-3` … when taken
    /// (also by a name that differs only in capitals).
    static func uniqueSlug(_ base: String, in directory: URL) -> String {
        let taken = Set(((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).map { $0.lowercased() })
        if !taken.contains(base + ".md") { return base }
        var n = 2
        while taken.contains("\(base)-\(n).md") { n += 1 }
        return "\(base)-\(n)"
    }

    static func values(_ kind: Kind, title: String, network: Bool, today: LocalDate, site: SiteDefaults) -> [String: String] {
        var values = ["title": quoted(title)]
        switch kind {
        case .partner:
            values["summary"] = "Eén zin over wat deze partner voor gezinnen doet."
            values["ages"] = "[\(site.exampleAge)]"
            values["updated"] = today.description
            if network { values["regions"] = "all" }
        case .news:
            values["date"] = today.description
        case .event:
            values["start"] = "\"\(today) 10:00\""
        case .location:
            values["address"] = "\"Straat 1, 0000 Gemeente\""
        case .page:
            break
        }
        return values
    }

    static func body(_ kind: Kind) -> String {
        switch kind {
        case .partner: return "Schrijf hier wat de partner doet, voor wie, en hoe ouders er terechtkunnen.\n"
        case .news: return "Schrijf hier het bericht. Houd zinnen kort.\n"
        case .event: return "Schrijf hier wat er te doen is en wat ouders moeten meebrengen.\n"
        case .page: return "Schrijf hier de tekst van de pagina.\n"
        case .location: return ""
        }
    }

    /// A title in double quotes when plain YAML would misread it.
    static func quoted(_ text: String) -> String {
        let risky = text.contains(": ") || text.contains(" #") || text.hasPrefix("'") || text.hasPrefix("\"")
            || text.first.map { "[]{}&*!|>%@`,-?".contains($0) } == true
        guard risky else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// The few settings of `site.md` a new file needs (the first age id), read
/// leniently: a new file must be possible even when site.md has problems.
struct SiteDefaults {
    var exampleAge = AgeGroup.defaults[1].id

    static func read(_ content: URL) -> SiteDefaults {
        var defaults = SiteDefaults()
        guard let text = try? String(contentsOf: content.appendingPathComponent("site.md"), encoding: .utf8),
              let document = try? FrontMatterParser.parse(text, file: "site.md"),
              let ages = document.root?["ages"]?.sequence else { return defaults }
        let ids = ages.compactMap { $0["id"]?.scalar }
        if ids.count > 1 { defaults.exampleAge = ids[1] } else if let first = ids.first { defaults.exampleAge = first }
        return defaults
    }
}

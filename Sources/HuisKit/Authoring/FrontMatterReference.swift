/// The reference of every front-matter field of every kind, in Dutch, made
/// from the schema: `huis reference` prints it, docs/front-matter.md holds it,
/// and a test fails when the two differ.
public enum FrontMatterReference {
    struct Kind {
        let title: String
        let place: String
        let schema: Schema
    }

    static let kinds: [Kind] = [
        Kind(title: "Netwerk (`site.md`)", place: "`content/site.md`", schema: ContentSchemas.site),
        Kind(title: "Regio (`region.md`)", place: "`content/regions/<regio>/region.md`; de tekst eronder is de inleiding op de startpagina",
             schema: ContentSchemas.region),
        Kind(title: "Partner", place: "`content/regions/<regio>/partners/<naam>.md`, of `content/partners/<naam>.md` voor een partner van meerdere regio's",
             schema: ContentSchemas.partner),
        Kind(title: "Pagina", place: "`content/regions/<regio>/pages/<naam>.md`", schema: ContentSchemas.page),
        Kind(title: "Nieuws", place: "`content/regions/<regio>/news/<naam>.md`", schema: ContentSchemas.news),
        Kind(title: "Activiteit", place: "`content/regions/<regio>/events/<naam>.md`", schema: ContentSchemas.event),
        Kind(title: "Locatie", place: "`content/regions/<regio>/locations/<naam>.md`", schema: ContentSchemas.location),
    ]

    public static func markdown() -> String {
        var out = """
        # Front matter: alle velden

        <!-- Dit bestand wordt gemaakt met `huis reference > docs/front-matter.md`. Pas het niet met de hand aan. -->

        Elk bestand begint met front matter: velden tussen twee regels `---`. Daarna
        volgt de tekst in Markdown. Elke waarde is tekst; het veld bepaalt wat erin mag.
        Een veld met **ja** in de kolom *verplicht* moet er altijd staan.

        """
        for kind in kinds {
            out += "\n## \(kind.title)\n\nWaar: \(kind.place).\n\n"
            out += table(kind.schema)
            for field in kind.schema.fields {
                switch field.type {
                case .mapping(let nested), .list(of: let nested):
                    out += "\n### `\(field.name)` in \(kind.title.lowercased().split(separator: " ").first ?? "")\n\n"
                    out += table(nested)
                case .hours:
                    out += "\n### `\(field.name)` (openingsuren)\n\n"
                    out += table(ContentSchemas.hours)
                default:
                    continue
                }
            }
        }
        return out
    }

    private static func table(_ schema: Schema) -> String {
        var rows = ["| veld | verplicht | wat | voorbeeld |", "|---|---|---|---|"]
        for field in schema.fields {
            let example = field.example.map { "`\(field.name): \($0.replacingOccurrences(of: "|", with: "\\|"))`" } ?? ""
            rows.append("| `\(field.name)` | \(field.required ? "ja" : "nee") | \(field.help) \(field.type.dutchForm) | \(example) |")
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

extension FieldType {
    /// What a value looks like, in Dutch, for the reference.
    var dutchForm: String {
        switch self {
        case .text, .paragraph: return "Tekst."
        case .date: return "Een datum: JJJJ-MM-DD."
        case .dateTime: return "Datum en uur: JJJJ-MM-DD UU:MM."
        case .dateOrDateTime: return "Een datum (JJJJ-MM-DD) of datum en uur (JJJJ-MM-DD UU:MM), Belgische tijd."
        case .url: return "Een volledig webadres met https://."
        case .email: return "Een e-mailadres."
        case .phone: return "Een Belgisch telefoonnummer, een kort nummer (102) of +landcode."
        case .boolean: return "`true` of `false`."
        case .integer: return "Een geheel getal."
        case .color: return "Een kleur: #rrggbb, tussen aanhalingstekens."
        case .file: return "Een pad naar een bestand in files/."
        case .identifier: return "Kleine letters, cijfers en streepjes."
        case .ageIDs: return "Een lijst van leeftijd-ids, of `all`."
        case .topicIDs: return "Een lijst van thema-ids."
        case .municipalities: return "Een lijst van gemeenten van de regio."
        case .regionIDs: return "Een lijst van regio-ids, of `all`."
        case .languages: return "Een lijst van taalcodes (ISO 639-1, plus `vgt`)."
        case .hours: return "Per dag `closed`, `appointment` of uren als 09:00-12:00, 13:00-16:30."
        case .locationReference: return "De naam van een bestand in locations/ (zonder .md), of een adres."
        case .textList: return "Een lijst."
        case .synonymGroups: return "Een lijst van groepen woorden."
        case .mapping: return "Velden eronder, twee spaties ingesprongen."
        case .list: return "Een lijst van items die met `- ` beginnen."
        }
    }
}

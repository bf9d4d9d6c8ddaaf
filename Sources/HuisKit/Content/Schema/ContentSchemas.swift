/// The schema of every kind of content file. Help texts are Dutch: they are
/// shown to editors (in `huis new` templates and the front-matter reference).
public enum ContentSchemas {
    public static let site = Schema("site", [
        FieldSpec("title", .text, required: true, help: "De naam van het netwerk, getoond op de overzichtspagina van alle regio's.",
                  example: "Huizen van het Kind"),
        FieldSpec("language", .text, help: "De taal van de sites als taalcode. Standaard nl-BE.", example: "nl-BE"),
        FieldSpec("theme", .identifier, help: "Het thema (de vormgeving) in de map themes/. Standaard default.", example: "default"),
        FieldSpec("ages", .list(of: ageGroup), help: "De leeftijdsgroepen. Zonder deze lijst gelden zwanger, 0-3, 3-6, 6-12, 12-18 en 18-24."),
        FieldSpec("topics", .list(of: topic), help: "De thema's waarin partners, nieuws en activiteiten ingedeeld worden."),
        FieldSpec("synonyms", .synonymGroups, help: "Groepen woorden die bij het zoeken hetzelfde betekenen.",
                  example: "[[crèche, kinderopvang, kinderdagverblijf], [zwanger, zwangerschap]]"),
        FieldSpec("unsafe_html", .boolean, help: "Zet op true om HTML in Markdown toe te laten. Standaard false: laat dit zo, tenzij een ontwikkelaar het vraagt.",
                  example: "false"),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let ageGroup = Schema("leeftijdsgroep", [
        FieldSpec("id", .identifier, required: true, help: "Korte id, gebruikt in de webadressen en in ages: van partners.", example: "0-3"),
        FieldSpec("label", .text, required: true, help: "De naam zoals bezoekers hem zien.", example: "0 tot 3 jaar"),
        FieldSpec("from", .integer, help: "Vanaf deze leeftijd in jaren (inbegrepen). Leeg bij zwangerschap.", example: "0"),
        FieldSpec("to", .integer, help: "Tot deze leeftijd in jaren (niet inbegrepen). Leeg bij zwangerschap.", example: "3"),
    ])

    public static let topic = Schema("thema", [
        FieldSpec("id", .identifier, required: true, help: "Korte id, gebruikt in de webadressen en in topics: van partners.", example: "gezondheid"),
        FieldSpec("label", .text, required: true, help: "De naam zoals bezoekers hem zien.", example: "Gezondheid"),
    ])

    public static let regionContact = Schema("contact", [
        FieldSpec("address", .paragraph, help: "Het postadres.", example: "\"Markt 1, 2400 Mol\""),
        FieldSpec("phone", .phone, help: "Het telefoonnummer.", example: "\"014 00 00 00\""),
        FieldSpec("email", .email, help: "Het e-mailadres.", example: "info@huisvanhetkind.example"),
    ])

    public static let colors = Schema("colors", [
        FieldSpec("primary", .color, help: "De hoofdkleur (kopbalk, knoppen). Het thema controleert het contrast.", example: "\"#0b5a8a\""),
        FieldSpec("accent", .color, help: "De accentkleur (lijnen, markeringen).", example: "\"#c2410c\""),
    ])

    public static let accessibility = Schema("accessibility", [
        FieldSpec("status", .identifier,
                  help: "Hoe goed de site voldoet aan WCAG 2.1 niveau AA: full (volledig), partial (gedeeltelijk) of none (niet). "
                      + "Standaard partial. Kies full alleen na een volledige evaluatie.",
                  example: "partial"),
        FieldSpec("evaluated", .date, help: "Wanneer de toegankelijkheid van de site het laatst geëvalueerd is.", example: "2026-01-15"),
        FieldSpec("method", .paragraph, help: "Hoe die evaluatie gebeurde: een zelfevaluatie, of een audit door een externe partij.",
                  example: "Zelfevaluatie met een schermlezer, het toetsenbord en automatische tests."),
        FieldSpec("statement_date", .date, help: "Wanneer deze toegankelijkheidsverklaring opgesteld of het laatst herzien is.",
                  example: "2026-01-20"),
        FieldSpec("exceptions", .list(of: accessibilityException),
                  help: "Wat nog niet toegankelijk is: per onderdeel wat, waarom, en hoe bezoekers de informatie toch krijgen."),
    ])

    public static let accessibilityException = Schema("exceptions", [
        FieldSpec("what", .paragraph, required: true, help: "Wat niet toegankelijk is.",
                  example: "Sommige oudere pdf-folders zijn niet leesbaar met een schermlezer."),
        FieldSpec("reason", .paragraph, help: "Waarom: bv. een onevenredige last, of inhoud die niet onder de regels valt.",
                  example: "De folders komen van partners; we vragen toegankelijke versies."),
        FieldSpec("alternative", .paragraph, help: "Hoe bezoekers de informatie toch krijgen.",
                  example: "Mail ons en we sturen de tekst van de folder."),
    ])

    public static let lint = Schema("lint", [
        FieldSpec("ignore", .textList,
                  help: "De controles die huis voor dit bestand overslaat, met hun naam uit docs/lints.md. "
                      + "Gebruik dit alleen als je zeker bent, bv. voor een afbeelding die enkel versiering is.",
                  example: "[sentence-too-long]"),
    ])

    public static let region = Schema("region", [
        FieldSpec("title", .text, required: true, help: "De naam van het Huis van het Kind.", example: "Huis van het Kind Ranst"),
        FieldSpec("short_title", .text, help: "Een korte naam voor kleine schermen.", example: "HvhK Ranst"),
        FieldSpec("municipalities", .textList, required: true, help: "De gemeenten van de regio.", example: "[Ranst]"),
        FieldSpec("base_url", .url, help: "Het volledige webadres van de site, voor zoekmachines en feeds.",
                  example: "https://www.huisvanhetkind-ranst.example/"),
        FieldSpec("contact", .mapping(regionContact), help: "Hoe bezoekers het Huis van het Kind bereiken."),
        FieldSpec("colors", .mapping(colors), help: "De kleuren van de site."),
        FieldSpec("logo", .file, help: "Het logo, een bestand in files/.", example: "files/logo.png"),
        FieldSpec("logo_alt", .text, help: "Wat er op het logo staat, voor wie het niet ziet.", example: "Logo Huis van het Kind Ranst"),
        FieldSpec("languages", .languages, help: "De talen van de site.", example: "[nl]"),
        FieldSpec("accessibility", .mapping(accessibility),
                  help: "Gegevens voor de toegankelijkheidsverklaring op toegankelijkheid/. Zonder deze gegevens staat er: gedeeltelijk toegankelijk."),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let partnerContact = Schema("contact", [
        FieldSpec("address", .paragraph, help: "Het adres waar ouders terechtkunnen.", example: "\"Kerkstraat 1, 2520 Ranst\""),
        FieldSpec("phone", .phone, help: "Het telefoonnummer.", example: "\"03 000 00 00\""),
        FieldSpec("email", .email, help: "Het e-mailadres.", example: "info@partner.example"),
        FieldSpec("website", .url, help: "De eigen website van de partner.", example: "https://www.partner.example/"),
    ])

    public static let hours = Schema("hours", [
        FieldSpec("mon", .text, help: "Maandag: closed, appointment of uren zoals 09:00-12:00, 13:00-16:30.", example: "09:00-12:00, 13:00-16:30"),
        FieldSpec("tue", .text, help: "Dinsdag.", example: "09:00-12:00"),
        FieldSpec("wed", .text, help: "Woensdag.", example: "appointment"),
        FieldSpec("thu", .text, help: "Donderdag.", example: "closed"),
        FieldSpec("fri", .text, help: "Vrijdag.", example: "09:00-12:00"),
        FieldSpec("sat", .text, help: "Zaterdag. Dagen die je weglaat, zijn gesloten."),
        FieldSpec("sun", .text, help: "Zondag."),
        FieldSpec("exceptions", .textList, help: "Datums waarop het gesloten is, bv. feestdagen.", example: "[2026-12-25, 2027-01-01]"),
    ])

    public static let partner = Schema("partner", [
        FieldSpec("title", .text, required: true, help: "De naam van de partner.", example: "Consultatiebureau Kind en Gezin"),
        FieldSpec("summary", .paragraph, required: true, help: "Eén zin over wat de partner doet, getoond in lijsten en zoekresultaten.",
                  example: "Gratis opvolging van de gezondheid en groei van je kind."),
        FieldSpec("ages", .ageIDs, required: true, help: "Voor welke leeftijden de partner er is, of all.", example: "[zwanger, 0-3]"),
        FieldSpec("topics", .topicIDs, help: "De thema's van de partner.", example: "[gezondheid, opvoeding]"),
        FieldSpec("municipalities", .municipalities, help: "In welke gemeenten. Laat weg als het voor de hele regio geldt.", example: "[Mol]"),
        FieldSpec("regions", .regionIDs, help: "Alleen voor bovenlokale partners in content/partners/: de regio's waar ze werken, of all.",
                  example: "all"),
        FieldSpec("contact", .mapping(partnerContact), help: "Hoe ouders de partner bereiken."),
        FieldSpec("hours", .hours, help: "Openingsuren per dag (mon … sun)."),
        FieldSpec("languages", .languages, help: "Talen die de partner spreekt (taalcodes).", example: "[nl, fr, en]"),
        FieldSpec("logo", .file, help: "Een logo in files/.", example: "files/partner-logo.png"),
        FieldSpec("logo_alt", .text, help: "Wat er op het logo staat.", example: "Logo van de partner"),
        FieldSpec("updated", .date, help: "Wanneer deze info het laatst nagekeken is.", example: "2026-01-15"),
        FieldSpec("draft", .boolean, help: "true: nog niet publiceren.", example: "false"),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let page = Schema("page", [
        FieldSpec("title", .text, required: true, help: "De titel van de pagina.", example: "Over ons"),
        FieldSpec("summary", .paragraph, help: "Eén zin over de pagina, voor zoekresultaten.", example: "Wie we zijn en hoe we samenwerken."),
        FieldSpec("menu", .integer, help: "Plaats in het hoofdmenu (1 = eerst). Laat weg om de pagina niet in het menu te zetten.", example: "1"),
        FieldSpec("draft", .boolean, help: "true: nog niet publiceren.", example: "false"),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let news = Schema("news", [
        FieldSpec("title", .text, required: true, help: "De titel van het nieuwsbericht.", example: "Nieuwe openingsuren"),
        FieldSpec("date", .date, required: true, help: "De publicatiedatum. Een datum in de toekomst verschijnt pas op die dag.", example: "2026-03-01"),
        FieldSpec("summary", .paragraph, help: "Eén zin over het bericht.", example: "Vanaf maart zijn we ook op woensdag open."),
        FieldSpec("ages", .ageIDs, help: "Voor welke leeftijden, of all.", example: "[0-3]"),
        FieldSpec("topics", .topicIDs, help: "De thema's.", example: "[kinderopvang]"),
        FieldSpec("expires", .date, help: "Na deze datum verdwijnt het bericht van de site.", example: "2026-06-30"),
        FieldSpec("draft", .boolean, help: "true: nog niet publiceren.", example: "false"),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let event = Schema("event", [
        FieldSpec("title", .text, required: true, help: "De naam van de activiteit.", example: "Babymassage"),
        FieldSpec("start", .dateOrDateTime, required: true, help: "Wanneer het begint: een datum, of een datum en uur.", example: "2026-04-12 14:00"),
        FieldSpec("end", .dateOrDateTime, help: "Wanneer het eindigt.", example: "2026-04-12 16:00"),
        FieldSpec("location", .locationReference, help: "Waar: de id van een locatie (bestandsnaam in locations/) of een adres in tekst.",
                  example: "antenne-mol"),
        FieldSpec("summary", .paragraph, help: "Eén zin over de activiteit.", example: "Leer je baby ontspannen met zachte massage."),
        FieldSpec("ages", .ageIDs, help: "Voor welke leeftijden, of all.", example: "[0-3]"),
        FieldSpec("topics", .topicIDs, help: "De thema's.", example: "[gezondheid]"),
        FieldSpec("registration", .url, help: "Waar je je inschrijft.", example: "https://www.voorbeeld.example/inschrijven"),
        FieldSpec("price", .text, help: "De prijs, in gewone tekst.", example: "Gratis"),
        FieldSpec("draft", .boolean, help: "true: nog niet publiceren.", example: "false"),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])

    public static let location = Schema("location", [
        FieldSpec("title", .text, required: true, help: "De naam van de plek.", example: "Antennepunt Mol"),
        FieldSpec("address", .paragraph, required: true, help: "Het adres.", example: "\"Markt 1, 2400 Mol\""),
        FieldSpec("municipality", .text, help: "De gemeente (een van de gemeenten van de regio).", example: "Mol"),
        FieldSpec("phone", .phone, help: "Het telefoonnummer.", example: "\"014 00 00 00\""),
        FieldSpec("email", .email, help: "Het e-mailadres.", example: "antenne@voorbeeld.example"),
        FieldSpec("hours", .hours, help: "Openingsuren per dag (mon … sun)."),
        FieldSpec("hours_note", .paragraph, help: "Uitleg bij de openingsuren.", example: "In de schoolvakanties alleen op afspraak."),
        FieldSpec("accessibility", .paragraph, help: "Hoe toegankelijk de plek is, bv. voor rolstoelen.", example: "Gelijkvloers, met rolstoeltoilet."),
        FieldSpec("lint", .mapping(lint), help: "Controles van huis die je voor dit bestand uitzet. Zie docs/lints.md."),
    ])
}

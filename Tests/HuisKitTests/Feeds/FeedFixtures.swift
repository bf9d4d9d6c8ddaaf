import Foundation
@testable import HuisKit

/// Content for the feed tests: the shared fixture network, and a small
/// network written on the fly whose titles hold everything that breaks
/// careless writers (`&`, `<`, `>`, quotes, emoji, diacritics, `</script>`).
enum FeedFixtures {
    static let network = ContentChecker.check(ContentLoader(root: TestPaths.fixtures.appendingPathComponent("network"),
                                                            displayRoot: "network"))

    /// The moment the tricky network is published at (a Wednesday in spring).
    static let now = LocalDateTime(iso: "2026-04-15 10:00")!

    static let tricky = loadTricky()

    /// Writes the tricky network to a fresh temporary folder and reads it.
    static func loadTricky() -> ContentChecker.Result {
        let folder = try! TemporaryFolder()
        for (path, text) in trickyFiles { try! folder.write(path, text) }
        return ContentChecker.check(ContentLoader(root: folder.url, displayRoot: "tricky"))
    }

    static func published(_ result: ContentChecker.Result, now: LocalDateTime = now) -> PublishedSite {
        PublishedSite(result.content!, now: now)
    }

    static func region(_ id: String, in result: ContentChecker.Result = tricky, now: LocalDateTime = now) -> PublishedRegion {
        published(result, now: now).regions.first { $0.id == id }!
    }

    /// The strings the tests look for in every format.
    static let regionTitle = #"Huis "Ëïé" & <Co> 👶 </script>"#
    static let partnerTitle = #"Kind & Gezin <b>"Ëïé"</b> 👶 </script>"#
    static let newsTitle = #"Nieuws: "zomer" & <herfst> 👶 é ë ï </script>"#
    static let eventTitle = #"Baby's eerste <liedjes> & "rijmpjes" 👶 – één keer, met \ en ; erin, twee keer</script>"#
    static let locationTitle = #"Bib "Ë" & Co"#

    /// A single-quoted front-matter scalar.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static let trickyFiles: [(String, String)] = [
        ("site.md", """
            ---
            title: 'Netwerk "Test" & <Co>'
            ---
            """),
        ("regions/tricky/region.md", """
            ---
            title: \(quoted(regionTitle))
            short_title: 'HvhK <&>'
            municipalities: [Sint-Ëlooi, 'Bree & Co']
            base_url: https://tricky.example/
            contact:
              address: 'Kerkstraat 1 "bis", 3000 Leuven'
              phone: 016 00 00 00
              email: info@tricky.example
            ---
            Welkom.
            """),
        ("regions/tricky/partners/special.md", """
            ---
            title: \(quoted(partnerTitle))
            summary: 'Hulp; advies, en meer \\ backslash & <tags> 👶'
            ages: [0-3]
            topics: [gezondheid]
            municipalities: ['Bree & Co']
            contact:
              address: 'Dorpsstraat 3, 2490 Heidebeek'
              phone: 014 00 00 01
              email: hallo@special.example
              website: https://special.example/?a=1&b=2
            hours:
              mon: 09:00-12:00, 13:00-16:30
              tue: appointment
              sun: 00:00-24:00
              exceptions: [2026-12-25]
            languages: [nl, ar]
            updated: 2026-01-10
            ---
            Tekst met **vet** & `</script>` en "quotes", émoji 👶.
            """),
        ("regions/tricky/partners/zonder-details.md", """
            ---
            title: Ander
            summary: Zonder contact.
            ages: all
            ---
            """),
        ("regions/tricky/news/lente.md", """
            ---
            title: \(quoted(newsTitle))
            date: 2026-03-29
            summary: 'Samenvatting met <b>tags</b> & "quotes" 👶'
            ages: [0-3]
            topics: [gezondheid]
            ---
            Lees `</script>` & meer op de [partner](../partners/special.md).
            """),
        ("regions/tricky/news/winter.md", """
            ---
            title: Winter
            date: 2026-01-05
            ---
            Koud.
            """),
        ("regions/tricky/news/zomer.md", """
            ---
            title: Zomer (nog niet gepubliceerd)
            date: 2026-07-01
            ---
            Later.
            """),
        ("regions/tricky/locations/bib.md", """
            ---
            title: \(quoted(locationTitle))
            address: Kerkplein 2, 2400 Bergdorp
            phone: 014 00 00 02
            hours:
              tue: 14:00-18:00
            ---
            """),
        ("regions/tricky/events/timed.md", """
            ---
            title: \(quoted(eventTitle))
            start: 2026-03-29 14:00
            end: 2026-03-29 16:00
            location: bib
            summary: 'Zingen; spelen, en "rijmen" – voor baby’s 👶 & ouders, ook een heel lange samenvatting die zeker gevouwen moet worden.'
            ages: [0-3]
            topics: [gezondheid]
            registration: https://tricky.example/inschrijven?a=1&b=2
            price: € 2,50
            ---
            Breng een dekentje mee.

            Tweede alinea.
            """),
        ("regions/tricky/events/allday.md", """
            ---
            title: Speeldag
            start: 2026-05-10
            location: 'Zaal "De Schakel", Noordrand; zaal 2'
            ages: [3-6]
            price: Gratis
            ---
            """),
        ("regions/tricky/events/multiday.md", """
            ---
            title: Kamp
            start: 2026-07-01
            end: 2026-07-03
            ---
            """),
        ("regions/tricky/events/recent.md", """
            ---
            title: Voorbij maar recent
            start: 2026-02-20 10:00
            ages: [0-3]
            ---
            """),
        ("regions/tricky/events/old.md", """
            ---
            title: Lang geleden
            start: 2025-10-01 10:00
            end: 2025-10-01 11:00
            ages: [0-3]
            ---
            """),
        ("regions/tricky/events/concept.md", """
            ---
            title: Concept
            start: 2026-05-01
            draft: true
            ---
            """),
        ("regions/zonder/region.md", """
            ---
            title: Zonder adres
            municipalities: [Ergens]
            ---
            """),
        ("regions/zonder/news/n.md", """
            ---
            title: Nieuws
            date: 2026-04-01
            ---
            """),
        ("regions/zonder/events/e.md", """
            ---
            title: Activiteit
            start: 2026-05-01 09:00
            ---
            """),
    ]
}

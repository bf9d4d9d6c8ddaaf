import Testing
@testable import HuisKit

@Suite struct SiteAddressTests {
    @Test func joinsPathsAsCleanFolderURLs() {
        let address = SiteAddress(WebURL("https://www.huisvanhetkind.example/mol")!)
        #expect(address.base == "https://www.huisvanhetkind.example/mol/")
        #expect(address.absolute("") == "https://www.huisvanhetkind.example/mol/")
        #expect(address.absolute("index.html") == "https://www.huisvanhetkind.example/mol/")
        #expect(address.absolute("partners/caw/index.html") == "https://www.huisvanhetkind.example/mol/partners/caw/")
        #expect(address.absolute("/feed.xml") == "https://www.huisvanhetkind.example/mol/feed.xml")
        #expect(address.absolute("gemeente/é x/") == "https://www.huisvanhetkind.example/mol/gemeente/%C3%A9%20x/")
    }

    @Test(arguments: [
        ("https://Mol.Example/", "mol.example"),
        ("http://user@site.example:8080/x", "site.example"),
        ("https://a.example?x=1", "a.example"),
    ])
    func findsTheHost(_ url: String, _ host: String) {
        #expect(SiteAddress(WebURL(url)!).host == host)
    }

    @Test func isNilWithoutABaseURL() {
        #expect(SiteAddress(nil as WebURL?) == nil)
    }
}

@Suite struct ExcerptTests {
    @Test func prefersTheSummary() {
        #expect(Excerpt.description(summary: "  Kort\n en goed. ", plainText: "Lang verhaal") == "Kort en goed.")
        #expect(Excerpt.description(summary: " ", plainText: "Titel\nEerste alinea.") == "Titel Eerste alinea.")
        #expect(Excerpt.description(summary: nil, plainText: " \n ") == nil)
    }

    @Test func cutsAtAWordAndNeverInsideAnEmoji() {
        #expect(Excerpt.shorten("een twee drie vier", limit: 12) == "een twee…")
        #expect(Excerpt.shorten("kort", limit: 12) == "kort")
        let babies = String(repeating: "👶", count: 30)
        #expect(Excerpt.shorten(babies, limit: 10) == String(repeating: "👶", count: 9) + "…")
    }
}

@Suite struct SchemaOrgValueTests {
    @Test(arguments: [
        ("Gratis", "0"), ("gratis voor gezinnen", "0"), ("€ 5", "5"), ("2,50 euro", "2.50"),
        ("€ 3.5 per kind, € 8 per gezin", "3.5"), ("Vrije bijdrage", nil),
    ] as [(String, String?)])
    func readsAnAmount(_ text: String, _ amount: String?) {
        #expect(SchemaOrgValues.amount(in: text) == amount)
    }

    @Test func splitsBelgianAddresses() {
        #expect(SchemaOrgValues.postalAddress("Markt 1, 2400 Mol") == [
            "@type": "PostalAddress", "streetAddress": "Markt 1", "postalCode": "2400",
            "addressLocality": "Mol", "addressCountry": "BE",
        ])
        #expect(SchemaOrgValues.postalAddress("Zaal De Schakel, Noordrand") ==
                ["@type": "PostalAddress", "streetAddress": "Zaal De Schakel, Noordrand"])
        #expect(SchemaOrgValues.postalAddress("Markt 1, 24000 Mol") ==
                ["@type": "PostalAddress", "streetAddress": "Markt 1, 24000 Mol"])
    }

    @Test func writesAddressesAsTheirValues() {
        for text in ["Markt 1, 2400 Mol", "Zaal De Schakel, Noordrand", " Kerkstraat 1 \"bis\", 3000 <Leuven> ", "", ", 2400 Mol"] {
            var out = JSONWriter(style: .compactHTMLSafe)
            SchemaOrgValues.writePostalAddress(text, to: &out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == SchemaOrgValues.postalAddress(text).serialized(.compactHTMLSafe))
        }
    }

    @Test func asciiAddressesSplitAsByCharacters() {
        let addresses = ["Markt 1, 2400 Mol", " Markt 1 , 2400  Mol ", "Markt 1,2400 Mol", "Markt 1, 2400Mol", "Markt 1, 240 Mol",
                         "Markt 1, 2400 ", ", 2400 Mol", "a, b, 2400 Mol", "Markt 1\r\n, 2400\r\nMol", "Markt 1, 2400\tMol",
                         "Markt 1, 24x0 Mol", "", " ", ",", "Markt 1, 2400 Mol\r\n", "Markt 1, 12345 Mol", "Zaal, Noordrand"]
        for address in addresses {
            let fast = SchemaOrgValues.postalAddressPartsASCII(address)
            let slow = SchemaOrgValues.postalAddressPartsByCharacters(address)
            #expect(fast?.street == slow.street && fast?.postalCode == slow.postalCode && fast?.locality == slow.locality,
                    "\(address.debugDescription)")
        }
        #expect(SchemaOrgValues.postalAddressPartsASCII("Grote Markt 1, 3000 Leuvén") == nil)
    }

    @Test func formatsTimesAsBefore() {
        for minutes in -130...6100 {
            #expect(OpeningHours.TimeRange.format(minutes) == Digits.pad(minutes / 60, 2) + ":" + Digits.pad(minutes % 60, 2))
        }
        #expect(OpeningHours.TimeRange.format(0) == "00:00" && OpeningHours.TimeRange.format(1_440) == "24:00")
        #expect(Digits.pad(7, 3) == "007" && Digits.pad(-7, 3) == "0-7" && Digits.pad(1234, 2) == "1234")
    }
}

@Suite struct XMLTextTests {
    @Test func escapesMarkupAndDropsWhatXMLForbids() {
        #expect(XMLText.escape("plain één 👶") == "plain één 👶")
        #expect(XMLText.escape(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLText.escape("tab\tline\ncr\r bell\u{7} esc\u{1B} del\u{7F}") == "tab\tline\ncr\r bell esc del\u{7F}")
        // U+FFFE and U+FFFF are dropped; their neighbours U+FFFD and U+FFEF stay.
        #expect(XMLText.escape("a\u{FFFE}b\u{FFFF}c\u{FFFD}d\u{FFEF}") == "abc\u{FFFD}d\u{FFEF}")
        #expect(XMLText.escape("\u{FFFF}") == "" && XMLText.escape("x\u{EFFF}") == "x\u{EFFF}")
    }
}

@Suite struct GeneratedFileTests {
    @Test func textAndBytesAreTheSameFile() {
        let file = GeneratedFile(path: "a.txt", contents: "één 👶\r\n")
        #expect(file.bytes == Array("één 👶\r\n".utf8))
        #expect(file == GeneratedFile(path: "a.txt", bytes: Array("één 👶\r\n".utf8)))
        #expect(file.contents == "één 👶\r\n")
    }
}

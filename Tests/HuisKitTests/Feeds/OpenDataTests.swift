import Foundation
import Testing
@testable import HuisKit

@Suite struct OpenDataTests {
    func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func partners(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["partners"] as? [[String: Any]])
    }

    @Test func writesAVersionedRegionFileWithoutATimestamp() throws {
        let site = FeedFixtures.published(FeedFixtures.tricky)
        let json = try parse(OpenDataWriter(site: site).regionFile(site.regions[0]))
        #expect(json["schema_version"] as? String == "1.0")
        let source = try #require(json["generated_from"] as? [String: Any])
        #expect(Set(source.keys) == ["generator", "content_revision", "regions"])
        #expect(source["content_revision"] is NSNull)
        #expect(source["regions"] as? [String] == ["tricky"])
        let region = try #require(json["region"] as? [String: Any])
        #expect(region["title"] as? String == FeedFixtures.regionTitle)
        #expect(region["url"] as? String == "https://tricky.example/")
        #expect(try partners(json).map { $0["slug"] as? String } == ["zonder-details", "special"])
        let revised = try parse(OpenDataWriter(site: site, revision: "abc123").regionFile(site.regions[0]))
        #expect((revised["generated_from"] as? [String: Any])?["content_revision"] as? String == "abc123")
    }

    @Test func describesEveryFieldOfAPartner() throws {
        let site = FeedFixtures.published(FeedFixtures.tricky)
        let partner = try #require(try partners(parse(OpenDataWriter(site: site).regionFile(site.regions[0])))
            .first { $0["slug"] as? String == "special" })
        #expect(partner["title"] as? String == FeedFixtures.partnerTitle)
        #expect(partner["summary"] as? String == #"Hulp; advies, en meer \ backslash & <tags> 👶"#)
        #expect((partner["ages"] as? [[String: Any]])?.first?["label"] as? String == "0 tot 3 jaar")
        #expect((partner["ages"] as? [[String: Any]])?.first?["from"] as? Int == 0)
        #expect(partner["topics"] as? [[String: String]] == [["id": "gezondheid", "label": "Gezondheid"]])
        #expect(partner["municipalities"] as? [String] == ["Bree & Co"])
        #expect(partner["serves_whole_region"] as? Bool == false)
        let contact = try #require(partner["contact"] as? [String: Any])
        #expect(contact["phone"] as? [String: String] == ["display": "014 00 00 01", "uri": "tel:+3214000001"])
        #expect(contact["website"] as? String == "https://special.example/?a=1&b=2")
        let hours = try #require(partner["hours"] as? [String: Any])
        let days = try #require(hours["days"] as? [[String: Any]])
        #expect(days.map { $0["day"] as? String } == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        #expect(days.map { $0["status"] as? String } == ["open", "appointment", "closed", "closed", "closed", "closed", "open"])
        #expect(days[0]["ranges"] as? [[String: String]] == [["from": "09:00", "to": "12:00"], ["from": "13:00", "to": "16:30"]])
        #expect(days[6]["ranges"] as? [[String: String]] == [["from": "00:00", "to": "24:00"]])
        #expect(hours["exceptions"] as? [String] == ["2026-12-25"])
        #expect(partner["languages"] as? [[String: String]] == [["code": "nl", "name": "Nederlands"], ["code": "ar", "name": "Arabisch"]])
        #expect((partner["scope"] as? [String: Any])?["level"] as? String == "local")
        #expect((partner["scope"] as? [String: Any])?["regions"] as? [String] == ["tricky"])
        #expect(partner["pages"] as? [[String: String]] == [["region": "tricky", "path": "partners/special/",
                                                              "url": "https://tricky.example/partners/special/"]])
        #expect(partner["updated"] as? String == "2026-01-10")
    }

    @Test func writesTheWholeRegionWhenAPartnerNamesNoMunicipalities() throws {
        let site = FeedFixtures.published(FeedFixtures.tricky)
        let partner = try #require(try partners(parse(OpenDataWriter(site: site).regionFile(site.regions[0]))).first)
        #expect(partner["municipalities"] as? [String] == ["Sint-Ëlooi", "Bree & Co"])
        #expect(partner["serves_whole_region"] as? Bool == true)
        #expect(partner["hours"] is NSNull)
        #expect(partner["contact"] as? [String: NSNull] == ["address": NSNull(), "phone": NSNull(), "email": NSNull(), "website": NSNull()])
    }

    @Test func theNetworkFileListsEachPartnerOnceWithItsRegions() throws {
        let site = FeedFixtures.published(FeedFixtures.network)
        let json = try parse(OpenDataWriter(site: site).networkFile())
        #expect((json["regions"] as? [[String: Any]])?.map { $0["id"] as? String } == ["noordrand", "zuiderkempen"])
        let list = try partners(json)
        #expect(list.map { $0["slug"] as? String } == ["caw", "consultatiebureau", "speelotheek"])
        let bureau = list[1]
        #expect((bureau["scope"] as? [String: Any])?["level"] as? String == "network")
        #expect((bureau["scope"] as? [String: Any])?["regions"] as? [String] == ["noordrand", "zuiderkempen"])
        #expect((bureau["pages"] as? [[String: String]])?.map { $0["url"] } ==
                ["https://noordrand.example/partners/consultatiebureau/", "https://zuiderkempen.example/partners/consultatiebureau/"])
        #expect(bureau["municipalities"] as? [String] == ["Noordrand", "Bergdorp", "Heidebeek"])
        #expect(bureau["source"] as? String == "partners/consultatiebureau.md")
    }

    @Test func aRegionWithoutAddressHasNullURLs() throws {
        let site = FeedFixtures.published(FeedFixtures.tricky)
        let zonder = try #require(site.regions.first { $0.id == "zonder" })
        let json = try parse(OpenDataWriter(site: site).regionFile(zonder))
        #expect((json["region"] as? [String: Any])?["url"] is NSNull)
        #expect(try partners(json).isEmpty)
    }

    @Test func isPrettyWithSortedKeys() throws {
        let site = FeedFixtures.published(FeedFixtures.network)
        let text = OpenDataWriter(site: site).networkFile()
        #expect(text.hasPrefix("{\n  \"generated_from\": {\n    \"content_revision\": null,\n"))
        #expect(text.hasSuffix("\n  \"schema_version\": \"1.0\"\n}\n"))
    }
}

@Suite struct JSONValueTests {
    @Test func sortsKeysWhateverTheInsertionOrder() {
        var a: [String: JSONValue] = [:]
        var b: [String: JSONValue] = [:]
        let keys = ["zeta", "@type", "alpha", "Beta", "é", "a"]
        for key in keys { a[key] = .string(key) }
        for key in keys.reversed() { b[key] = .string(key) }
        let style = JSONValue.Style(pretty: false, htmlSafe: false)
        #expect(JSONValue.object(a).serialized(style) == JSONValue.object(b).serialized(style))
        #expect(JSONValue.object(a).serialized(style) ==
                #"{"@type":"@type","Beta":"Beta","a":"a","alpha":"alpha","zeta":"zeta","é":"é"}"#)
    }

    @Test func escapesStrings() {
        let value = JSONValue.string("\"\\\n\r\t\u{1}\u{2028}<>&/👶")
        #expect(value.serialized(.init(pretty: false, htmlSafe: false)) == #""\"\\\n\r\t\u0001\u2028<>&/👶""#)
        #expect(value.serialized(.compactHTMLSafe) == #""\"\\\n\r\t\u0001\u2028\u003c\u003e\u0026/👶""#)
    }

    @Test func dropsNilMembersAndPrintsPretty() {
        let value = JSONValue.object(dropping: ["a": .int(1), "b": nil, "c": [true, .null], "d": [:], "e": []])
        #expect(value.serialized(.prettyFile) == "{\n  \"a\": 1,\n  \"c\": [\n    true,\n    null\n  ],\n  \"d\": {},\n  \"e\": []\n}\n")
    }
}

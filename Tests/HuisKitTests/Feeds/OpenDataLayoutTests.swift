import Testing
@testable import HuisKit

/// The open data is written straight as text: these tests hold it to the
/// layout `JSONValue` gives the same data (sorted keys, indentation, escaping).
@Suite struct OpenDataLayoutTests {
    static func canonical(_ text: String) throws -> String {
        try JSONTestParser.parse(text).serialized(.prettyFile)
    }

    @Test(arguments: ["network", "tricky"])
    func everyFileIsInTheCanonicalLayout(_ fixture: String) throws {
        let site = FeedFixtures.published(fixture == "network" ? FeedFixtures.network : FeedFixtures.tricky)
        let writer = OpenDataWriter(site: site, revision: "abc \"1\"")
        for region in site.regions {
            let text = writer.regionFile(region)
            #expect(try Self.canonical(text) == text)
        }
        let network = writer.networkFile()
        #expect(try Self.canonical(network) == network)
    }

    @Test func bytesAreTheUTF8OfTheText() {
        let site = FeedFixtures.published(FeedFixtures.tricky)
        let writer = OpenDataWriter(site: site)
        #expect(writer.networkFileBytes() == Array(writer.networkFile().utf8))
        #expect(writer.regionFileBytes(site.regions[0]) == Array(writer.regionFile(site.regions[0]).utf8))
    }

    @Test func sharedRecordsGiveTheSameFilesInAnyOrder() {
        let site = FeedFixtures.published(FeedFixtures.network)
        let alone = OpenDataWriter(site: site)
        let expectedRegions = site.regions.map { OpenDataWriter(site: site).regionFile($0) }
        let expectedNetwork = alone.networkFile()
        // The network file first, then the regions, and the other way round.
        let records = OpenDataRecords()
        let shared = OpenDataWriter(site: site, records: records)
        #expect(shared.networkFile() == expectedNetwork)
        #expect(site.regions.map(shared.regionFile) == expectedRegions)
        let other = OpenDataWriter(site: site, records: OpenDataRecords())
        #expect(site.regions.map(other.regionFile) == expectedRegions)
        #expect(other.networkFile() == expectedNetwork)
    }

    @Test func aRecordIsMadeOnceForTwoUses() {
        let records = OpenDataRecords()
        var made = 0
        let first = records.record("a") { made += 1; return [1, 2] }
        let second = records.record("a") { made += 1; return [9] }
        #expect(first == [1, 2] && second == [1, 2] && made == 1)
        // Taken twice, it is let go: a third use makes it again.
        #expect(records.record("a") { made += 1; return [3] } == [3])
        #expect(made == 2)
    }
}

@Suite struct JSONWriterTests {
    static let value: JSONValue = [
        "a": [], "b": [:], "c": [1, [true, .null], ["x": "é\n<&>"]], "d": ["e": ["f": []]],
    ]

    static func write(_ out: inout JSONWriter) {
        out.beginObject()
        out.key("a")
        out.beginArray()
        out.endArray()
        out.key("b")
        out.beginObject()
        out.endObject()
        out.key("c")
        out.beginArray()
        out.int(1)
        out.beginArray()
        out.bool(true)
        out.null()
        out.endArray()
        out.value(["x": "é\n<&>"])
        out.endArray()
        out.key("d")
        out.beginObject()
        out.key("e")
        out.beginObject()
        out.key("f")
        out.beginArray()
        out.endArray()
        out.endObject()
        out.endObject()
        out.endObject()
    }

    @Test(arguments: [JSONValue.Style.prettyFile, .compactHTMLSafe])
    func writesWhatJSONValueWrites(_ style: JSONValue.Style) {
        var out = JSONWriter(style: style)
        Self.write(&out)
        var expected: [UInt8] = []
        Self.value.write(to: &expected, style: style, depth: 0)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func embedsTextWrittenAtItsDepth() {
        var inner = JSONWriter(style: .prettyFile, depth: 2)
        Self.write(&inner)
        var out = JSONWriter(style: .prettyFile)
        out.beginObject()
        out.key("list")
        out.beginArray()
        out.embed(inner.bytes)
        out.embed(inner.bytes)
        out.endArray()
        out.endObject()
        let expected: JSONValue = ["list": [Self.value, Self.value]]
        #expect(String(decoding: out.bytes, as: UTF8.self) + "\n" == expected.serialized(.prettyFile))
    }
}

@Suite struct JSONKeyOrderTests {
    @Test func keysAreOrderedByTheirBytes() {
        let keys = ["", "a", "ab", "b", "B", "@type", "é", "e\u{301}", "z", "zz", "👶", "a\u{0}", "aa", "short_title",
                    "several_municipalities_and_more_than_fifteen_bytes", "several_municipalities_and_more"]
        for a in keys {
            for b in keys {
                #expect(JSONValue.keyPrecedes(a, b) == Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)), "\(a) < \(b)")
            }
        }
    }
}

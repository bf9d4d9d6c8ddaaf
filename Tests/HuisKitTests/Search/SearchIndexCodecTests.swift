import Foundation
import Testing
@testable import HuisKit

@Suite struct SearchIndexCodecTests {
    @Test func postingListsRoundTrip() throws {
        let postings = [SearchPosting(document: 0, score: 5), SearchPosting(document: 40, score: 63),
                        SearchPosting(document: 41, score: 1), SearchPosting(document: 70_000, score: 17)]
        let text = SearchIndexCodec.encode(postings)
        #expect(text.hasPrefix("05d1_01"), "the documented example")
        #expect(try SearchIndexCodec.decodePostings(text) == postings)
        #expect(try SearchIndexCodec.decodePostings("") == [])
    }

    @Test func documentSetsPickTheShorterForm() throws {
        let dense = Array(0..<600).filter { $0 % 3 != 0 }
        let denseText = SearchIndexCodec.encode(documentSet: dense, count: 600)
        #expect(denseText.hasPrefix("b"))
        #expect(try SearchIndexCodec.decodeDocumentSet(denseText) == dense)
        let sparse = [3, 500, 599]
        let sparseText = SearchIndexCodec.encode(documentSet: sparse, count: 600)
        #expect(sparseText.hasPrefix("l"))
        #expect(try SearchIndexCodec.decodeDocumentSet(sparseText) == sparse)
    }

    @Test func badTextIsAnError() {
        #expect(throws: SearchIndexCodec.DecodingError.self) { try SearchIndexCodec.decodePostings("0") }
        #expect(throws: SearchIndexCodec.DecodingError.self) { try SearchIndexCodec.decodePostings("0*") }
    }

    @Test func jsonEscapesWhatJavaScriptNeedsEscaped() throws {
        let value = SearchJSON.object(sorted: ["b": .string("\"a\\b\"\n\u{2028}é</script>"), "a": .int(-3)])
        let text = String(decoding: value.bytes, as: UTF8.self)
        #expect(text == #"{"a":-3,"b":"\"a\\b\"\n\u2028é</script>"}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(value.bytes)) as? [String: Any]
        #expect(parsed?["b"] as? String == "\"a\\b\"\n\u{2028}é</script>")
    }

    @Test func jsonStringsAreEscapedScalarByScalar() {
        // What the writer did before it worked on bytes: one scalar at a time.
        func reference(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, UInt8(ascii: "n")]
                case 0x00..<0x20, 0x2028, 0x2029: out += Array(String(format: "\\u%04x", scalar.value).utf8)
                default: out += Array(String(scalar).utf8)
                }
            }
            return out + [0x22]
        }
        let texts = ["", "plain", "\"", "\\", "\n\t\r\u{0}\u{1F}", "\u{2027}\u{2028}\u{2029}\u{202A}", "é\u{2028}",
                     "a\u{2029}", "\u{2028}", "âæ€\u{E280}", "👶🏽 \u{1D400}", "x\"y\\z\u{7}"]
        for text in texts {
            var out: [UInt8] = []
            SearchJSON.writeString(text, to: &out)
            #expect(out == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func keysSortAsJavaScriptComparesThem() {
        // By UTF-16 code units: "~" (U+007E) before "é" (U+00E9), and an astral letter before U+FFxx.
        let keys = ["é", "~0", "a", "\u{1D400}", "\u{FF41}"]
        #expect(keys.sorted(by: SearchKeyOrder.less) == ["a", "~0", "é", "\u{1D400}", "\u{FF41}"])
        #expect(SearchKeyOrder.order(keys).map { keys[$0] } == ["a", "~0", "é", "\u{1D400}", "\u{FF41}"])
        // Without characters beyond U+FFFF the bytes decide, prefixes first.
        let plain = ["ab", "a", "", "b", "~", "é", "\u{FF41}", "aa", "\u{7F}"]
        #expect(SearchKeyOrder.order(plain).map { plain[$0] } == plain.sorted(by: SearchKeyOrder.less))
    }

    @Test func shardsAreBalancedAndFoundByBinarySearch() {
        let keys = (0..<2000).map { String(format: "k%05d", $0) }
        let plan = ShardPlan(keys: keys) { _ in 100 }
        #expect(plan.shards.count > 10)
        let sizes = plan.shards.map(\.count)
        #expect(sizes.dropLast().allSatisfy { $0 == sizes[0] }, "equal sizes for equal keys")
        #expect(plan.shards.flatMap { $0 } == keys)
        for (number, shard) in plan.shards.enumerated() {
            for key in shard { #expect(plan.shard(for: key) == number) }
        }
        #expect(plan.shard(for: "") == 0)
        #expect(plan.shard(for: "zzz") == plan.shards.count - 1)
    }
}

import Foundation
import Testing
@testable import HuisKit

@Suite("DutchStemmer")
struct DutchStemmerTests {
    private static let vectors = TestPaths.testData.appendingPathComponent("snowball-dutch")

    private static func lines(_ name: String) throws -> [Substring] {
        let text = try String(contentsOf: vectors.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
    }

    @Test("stems every word of the Snowball Dutch vocabulary exactly")
    func fullVocabulary() throws {
        let words = try Self.lines("voc.txt")
        let stems = try Self.lines("output.txt")
        #expect(words.count == stems.count)
        #expect(words.count > 45_000)

        let stemmer = DutchStemmer()
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = stemmer.stem(String(word))
            if actual != expected {
                mismatches.append("\(word): expected \(expected), got \(actual)")
            }
        }
        let mismatchCount = mismatches.count
        #expect(mismatchCount == 0, "first mismatches:\n\(mismatches.prefix(40).joined(separator: "\n"))")
    }

    @Test("reduces forms used on Huis van het Kind pages", arguments: [
        ("kinderen", "kinder"),
        ("kind", "kind"),
        ("zwangerschap", "zwanrschap"),
        ("opvoeding", "opvoed"),
        ("opvoedingen", "opvoed"),
        ("gemaakt", "maak"),
    ])
    func knownStems(word: String, stem: String) {
        #expect(DutchStemmer().stem(word) == stem)
    }

    @Test("leaves short and non-Dutch tokens alone")
    func untouched() {
        let stemmer = DutchStemmer()
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("a") == "a")
        #expect(stemmer.stem("2024") == "2024")
    }
}

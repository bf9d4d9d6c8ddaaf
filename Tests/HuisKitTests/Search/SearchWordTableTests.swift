import Testing
@testable import HuisKit

@Suite struct SearchWordTableTests {
    @Test func findsWhatWasInsertedAndNothingElse() {
        var table = SearchWordTable(capacity: 4)
        // Enough keys to make the table grow several times, of every tail length.
        let keys = (0..<5_000).map { "w\($0)" + String(repeating: "é", count: $0 % 11) }
        for (index, key) in keys.enumerated() {
            let added = table.value(of: key, insertingIfMissing: Int32(index))
            #expect(added.value == Int32(index) && added.inserted)
        }
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(table.find(key) == Int32(index))
            let found = table.value(of: key, insertingIfMissing: -5)
            #expect(found.value == Int32(index) && !found.inserted)
        }
        #expect(table.find("w1x") == nil)
        #expect(table.find("") == nil)
        #expect(table.find("w12", tag: 1) == nil, "the tag is part of the key")
    }

    @Test func keysOfEveryLengthAreToldApart() {
        var table = SearchWordTable()
        // Same bytes in other places, lengths 0 to 20 (the tail loads overlap).
        let keys = (0...20).flatMap { length in
            ["", "a", "b"].map { prefix in String((prefix + String(repeating: "x", count: length)).prefix(length)) }
        }
        let distinct = Array(Set(keys)).sorted()
        for (index, key) in distinct.enumerated() { _ = table.value(of: key, insertingIfMissing: Int32(index)) }
        for (index, key) in distinct.enumerated() { #expect(table.find(key) == Int32(index), "\(key)") }
        #expect(table.count == distinct.count)
    }

    @Test func stringsFromScalarsMatchTheStandardLibrary() {
        for text in ["", "kind", "crèche", "Ĳsselmonde", "日本語", "👶🏽𝔘", "a\u{300}"] {
            #expect(String(scalars: Array(text.unicodeScalars)) == text)
            #expect(String(scalars: Array(text.unicodeScalars)).utf8.elementsEqual(text.utf8))
        }
    }
}

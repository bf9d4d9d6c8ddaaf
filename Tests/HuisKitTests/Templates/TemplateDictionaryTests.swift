import Testing
@testable import HuisKit

/// The dictionaries of template contexts: small, ordered, looked up by
/// fingerprint; they must behave like the Swift dictionaries they replace.
@Suite struct TemplateDictionaryTests {
    @Test func findsEveryKeyAndNothingElse() {
        let keys = ["", "a", "b", "ab", "ba", "title", "titles", "short_title", "several_municipalities", "é", "e\u{301}", "👶"]
        var dictionary = TemplateDictionary()
        for (index, key) in keys.enumerated() { dictionary[key] = .int(index) }
        #expect(dictionary.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(dictionary[key] == .int(index))
            #expect(dictionary[TemplateKey(key)] == .int(index))
        }
        // Canonically equal spellings are different keys, as in template names.
        #expect(dictionary["x"] == nil && dictionary["Title"] == nil && dictionary["title "] == nil)
    }

    @Test func aLaterLiteralKeyWinsAndStringsKeepTheFirst() {
        let literal: TemplateDictionary = ["a": 1, "b": 2, "a": 3]
        #expect(literal.count == 2 && literal["a"] == 3 && literal.keys == ["a", "b"])
        let first = TemplateDictionary([("a", 1), ("a", 2)], uniquingKeysWith: { a, _ in a })
        #expect(first["a"] == 1 && first.count == 1)
    }

    @Test func largeMappingsFindRepeatsToo() {
        let pairs = (0..<300).map { ("key\($0 % 200)", TemplateValue.int($0)) }
        let dictionary = TemplateDictionary(pairs, uniquingKeysWith: { _, last in last })
        #expect(dictionary.count == 200)
        #expect(dictionary["key0"] == .int(200))
        #expect(dictionary["key150"] == .int(150))
        #expect(dictionary["key199"] == .int(199))
    }

    @Test func settingReplacesAddsAndRemoves() {
        var dictionary: TemplateDictionary = ["a": 1, "b": 2]
        dictionary["a"] = "x"
        dictionary["c"] = true
        dictionary["b"] = nil
        dictionary["missing"] = nil
        #expect(dictionary.keys == ["a", "c"])
        #expect(dictionary["a"] == "x" && dictionary["c"] == true && dictionary["b"] == nil)
    }

    @Test func equalityIgnoresOrder() {
        let a: TemplateDictionary = ["a": 1, "b": ["c": 2, "d": 3]]
        let b: TemplateDictionary = ["b": ["d": 3, "c": 2], "a": 1]
        #expect(a == b)
        #expect(a != ["a": 1, "b": ["c": 2]])
        #expect(a != ["a": 1, "b": ["c": 2, "d": 3], "e": 4])
        #expect(TemplateDictionary(["a": TemplateValue.int(1), "b": 2]) == ["b": 2, "a": 1])
    }
}

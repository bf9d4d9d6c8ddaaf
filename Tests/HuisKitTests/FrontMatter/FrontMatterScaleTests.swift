import Testing
@testable import HuisKit

/// Big inputs stay linear: long lines with non-ASCII text, many keys.
@Suite struct FrontMatterScaleTests {
    @Test func longLineWithManyNodesHasExactColumns() throws {
        let items = (0..<20_000).map { "é\($0)" }
        let line = "list: [" + items.joined(separator: ", ") + "]\n"
        let root = try #require(try FrontMatterTesting.parse("title: ë\n" + line).root)
        let parsed = try #require(root["list"]?.sequence)
        #expect(parsed.count == 20_000)
        let prefix = "list: [" + items.dropLast().joined(separator: ", ") + ", "
        #expect(parsed.last?.position == SourcePosition(3, prefix.unicodeScalars.count + 1))
        #expect(parsed.last?.scalar == "é19999")
    }

    @Test func manyKeysAndFlowMappingsOnOneLine() throws {
        let keys = (0..<5_000).map { "key\($0): wäarde \($0)\n" }.joined()
        let root = try #require(try FrontMatterTesting.parse(keys).root)
        #expect(root.mapping?.count == 5_000)
        #expect(root.mapping?.last?.keyPosition == SourcePosition(5_001, 1))

        let maps = "m: [" + (0..<5_000).map { "{ë: \($0)}" }.joined(separator: ",") + "]\n"
        let list = try #require(try FrontMatterTesting.parse(maps).root?["m"]?.sequence)
        #expect(list.count == 5_000)
        #expect(list[1].position == SourcePosition(2, 12))
        #expect(list[1].mapping?.first?.value.position == SourcePosition(2, 16))
    }
}

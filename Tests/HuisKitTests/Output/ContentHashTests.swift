import Testing
@testable import HuisKit

/// The key hash is XXH64 as published (values from the reference library),
/// and a key of several parts depends on where the parts split.
@Suite struct ContentHashTests {
    @Test func xxh64MatchesTheReference() {
        func xxh64(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes(XXH64.hash) }
        #expect(xxh64([]) == 0xEF46_DB37_51D8_E999)
        #expect(xxh64(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(xxh64(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(xxh64(Array("Nobody inspects the spammish repetition".utf8)) == 0xFBCE_A83C_8A37_8BF1)
        #expect(xxh64(Array("0123456789abcdef0123456789abcdef0123".utf8)) == 0xC425_5BA3_D1AF_5461)
        #expect(xxh64(Array(repeating: Array(0...255), count: 3).flatMap { $0 }) == 0x8E03_C838_C596_036F)
        #expect(ContentHash.key(utf8: "abc") == "44bc2cf5ad770999")
        #expect(ContentHash.key(Array("abc".utf8)) == "44bc2cf5ad770999")
    }

    @Test func keysOfPartsDependOnTheSplit() {
        #expect(BuildCache.key(["ab", "c"]) != BuildCache.key(["a", "bc"]))
        #expect(BuildCache.key(["a", ""]) != BuildCache.key(["a"]))
        #expect(BuildCache.key(["x", "y"]) == BuildCache.key(["x", "y"]))
        #expect(BuildCache.key(["x", "y"]).count == 16)
    }
}

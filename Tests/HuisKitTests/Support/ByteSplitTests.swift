import Testing
@testable import HuisKit

/// Splitting on an ASCII separator's byte gives what `split` on characters
/// gives, also next to accents, combining marks and emoji.
@Suite struct ByteSplitTests {
    static let pieces = ["a", "bc", "/", ",", "@", ".", "-", " ", "é", "e\u{301}", "\u{301}", "👶", "", "regions", "😀\u{200D}"]

    @Test func splittingOnBytesEqualsSplittingOnCharacters() {
        var generator = SplitMix64(seed: 9)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for separator: Unicode.Scalar in ["/", ",", "@", ".", "-"] {
                for omitting in [true, false] {
                    let expected = text.split(separator: Character(separator), omittingEmptySubsequences: omitting).map(String.init)
                    #expect(text.split(ascii: separator, omittingEmptySubsequences: omitting).map(String.init) == expected, "\(text.debugDescription)")
                    let sub = text.dropFirst()
                    #expect(sub.split(ascii: separator, omittingEmptySubsequences: omitting).map(String.init)
                            == sub.split(separator: Character(separator), omittingEmptySubsequences: omitting).map(String.init))
                }
            }
        }
    }

    @Test func hiddenPathsAreThoseWithANameStartingWithADot() {
        #expect(BuildFingerprint.isHidden(".git/config"))
        #expect(BuildFingerprint.isHidden("regions/.DS_Store"))
        #expect(BuildFingerprint.isHidden("a/.b/c.md"))
        #expect(!BuildFingerprint.isHidden("regions/r/partners/a.b.md"))
        #expect(!BuildFingerprint.isHidden("site.md"))
    }
}

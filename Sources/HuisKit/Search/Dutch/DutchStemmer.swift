/// Reduces a Dutch word to its stem, so that inflected and derived forms
/// ("kinderen", "opvoedingen") meet the same search term.
///
/// This is the current Snowball `dutch` stemmer, the algorithm of Wessel
/// Kraaij and Renée Pohlmann as defined in Snowball 3 (`algorithms/dutch.sbl`),
/// written from that definition. It reproduces the Snowball vocabulary
/// (`snowball-dutch/voc.txt` → `output.txt`) exactly; the tests check
/// every line.
///
/// The input must already be lower-cased. Accented letters are understood
/// in precomposed (NFC) form, as in the Snowball vocabulary ("geïnd" → "inn").
/// ``DutchAnalyzer`` folds accents away *before* stemming, so that a word
/// typed without them always meets the page's spelling; see its notes.
///
/// Stemming is pure and allocation-light (it works on an array of Unicode
/// scalars), so one stemmer can be shared freely between threads.
public struct DutchStemmer: Sendable {
    public init() {}

    /// The stem of a lower-cased word. Words the rules do not apply to come
    /// back unchanged.
    public func stem(_ word: String) -> String {
        var word = DutchStemWord(word)
        word.measureRegions()

        var stemmed = false
        if word.removePluralEnding() { stemmed = true }
        if word.removeDiminutiveOrE() { stemmed = true }
        if word.removeNounSuffix() { stemmed = true }
        if word.removeAdjectiveSuffix() { stemmed = true }

        // A past participle: "gemaakt" → "maakt" → "maak".
        if word.removeGePrefix() {
            stemmed = true
            word.measureRegions()
            word.removeParticipleDOrT()
        }
        // A participle of a separable verb: "opgelost" → "oplost" → "oplos".
        if word.removeGeInfix() {
            stemmed = true
            word.measureRegions()
            word.removeParticipleDOrT()
        }

        if word.removeFinalT() { stemmed = true }
        // Only a word that lost an ending has a final consonant to normalise.
        if stemmed { word.normaliseFinalConsonant() }
        return word.string
    }
}

/// Common Dutch function words that carry no meaning on their own in a
/// search ("de", "het", "voor", ...), left out of the index and of queries.
///
/// The words are stored folded (lower case, no accents), and are looked
/// up in their folded form, before stemming.
public struct DutchStopwords: Sendable {
    /// The folded stopwords.
    public let words: Set<String>

    /// A list of your own; the words are folded first.
    public init<Words: Sequence<String>>(_ words: Words) {
        self.words = Set(words.map(TextFolding.folded))
    }

    /// Whether a folded word is a stopword.
    public func contains(_ foldedWord: String) -> Bool {
        words.contains(foldedWord)
    }

    /// The default list: articles, pronouns, prepositions, conjunctions,
    /// auxiliary verbs and small adverbs. Content words that matter on a
    /// Huis van het Kind site ("kind", "ouder", "zorg", "hulp") are not in it.
    public static let standard = DutchStopwords(standardWords)

    /// Written for huis; also shipped to the browser so queries drop the same words.
    public static let standardWords: [String] = [
        // Articles and what is left of "'s" and "'t" after tokenizing.
        "de", "het", "een", "s", "t",
        // Personal and possessive pronouns.
        "ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie",
        "mij", "me", "jou", "hem", "haar", "ons", "hen", "hun", "zich", "zelf",
        "mijn", "jouw", "uw", "zijn", "onze", "men",
        // Demonstratives and question words.
        "dit", "dat", "deze", "die", "wat", "wie", "welk", "welke",
        "waar", "wanneer", "hoe", "waarom",
        // Prepositions.
        "aan", "bij", "door", "in", "met", "na", "naar", "om", "onder", "op",
        "over", "per", "te", "tegen", "tot", "tussen", "uit", "van", "via",
        "voor", "zonder", "sinds", "binnen", "buiten", "rond", "vanaf",
        // Conjunctions.
        "en", "of", "maar", "want", "dus", "als", "omdat", "terwijl", "toen", "zoals", "noch",
        // Forms of zijn, hebben, worden and the modal verbs.
        "ben", "bent", "is", "was", "waren", "geweest",
        "heb", "hebt", "heeft", "hebben", "had", "hadden",
        "word", "wordt", "worden", "werd", "werden",
        "zal", "zult", "zullen", "zou", "zouden",
        "kan", "kunt", "kunnen", "kon", "konden",
        "moet", "moeten", "mag", "mogen", "wil", "wilt", "willen",
        // Small adverbs and quantifiers.
        "er", "hier", "daar", "niet", "geen", "ook", "nog", "al", "wel", "toch",
        "dan", "zo", "nu", "heel", "zeer", "erg", "meer", "veel", "weinig",
        "alle", "alles", "iets", "niets", "iemand", "niemand", "elk", "elke", "ieder", "iedere",
    ]
}

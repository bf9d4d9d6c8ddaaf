/// Splits Dutch compound words into the words they are made of, so that
/// "opvang" finds "kinderopvang" and "opvoedingsondersteuning" finds pages
/// about "opvoeding" and about "ondersteuning".
///
/// Dutch writes compounds as one word, with a linking sound between some
/// parts: `opvoeding·s·ondersteuning`, `zwanger·schap`, `pannen·koek`. A word
/// is split when it can be read as two or three *known* parts:
/// - a part is known when it is in ``DutchCompoundLexicon`` (words that are
///   often part of compounds on these sites), or when it is a word of the
///   index's own vocabulary of at least ``minimumVocabularyPart`` letters
///   that is not a stopword;
/// - a non-final part may also be the stem of a vocabulary word ("kinder",
///   the stem of "kinderen");
/// - between parts may stand one of ``linkingMorphemes`` (-s-, -e-, -en-);
/// - the last part (the head) may be inflected: its stem is known
///   ("…ondersteuningen");
/// - every part has at least three letters, and a head is never a mere
///   ending such as "-heid" or "-ing".
///
/// When several readings exist, the one with the fewest parts wins, then
/// the one with the longest first part.
public struct DutchDecompounder: Sendable {
    /// Linking sounds between the parts of a compound, longest first.
    public static let linkingMorphemes = ["en", "s", "e"]
    /// Words shorter than this are never split.
    public static let minimumCompoundLength = 7
    public static let minimumPartLength = 3
    /// Vocabulary words shorter than this count as parts only when the lexicon lists them.
    public static let minimumVocabularyPart = 4
    /// Endings that look like words but never stand as the head of a compound.
    public static let endingsThatAreNotHeads: Set<String> = [
        "eren", "ende", "enden", "ing", "ingen", "heid", "heden", "tje", "tjes", "lijk", "lijke",
        "isch", "ische", "baar", "bare", "loos", "loze", "schap", "ster", "sters", "erig", "achtig",
        "nen", "sen", "ten", "den", "ers", "tie", "ties", "ies", "ner", "aar", "aars",
    ]

    /// Folded words that may be parts.
    private let words: Set<String>
    /// Stems that may be non-final parts or the stem of a head.
    private let stems: Set<String>
    private let stemmer = DutchStemmer()
    private let stopwords: DutchStopwords

    /// A decompounder that knows the lexicon plus `vocabulary` (folded
    /// words of the index) and `stems` (their stems).
    public init<Words: Sequence<String>, Stems: Sequence<String>>(
        vocabulary: Words, stems: Stems, stopwords: DutchStopwords = .standard
    ) {
        var words = DutchCompoundLexicon.words
        for word in vocabulary where word.unicodeScalars.count >= Self.minimumVocabularyPart && !stopwords.contains(word) {
            words.insert(word)
        }
        var stemSet = Set<String>()
        for stem in stems where stem.unicodeScalars.count >= Self.minimumVocabularyPart && !stopwords.contains(stem) {
            stemSet.insert(stem)
        }
        for word in DutchCompoundLexicon.words {
            stemSet.insert(stemmer.stem(word))
        }
        self.words = words
        self.stems = stemSet
        self.stopwords = stopwords
    }

    /// The parts of a folded word, or nil when it is not a compound of known parts.
    public func parts(of folded: String) -> [String]? {
        let letters = Array(folded.unicodeScalars)
        guard letters.count >= Self.minimumCompoundLength,
              letters.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        return split(letters[...], depth: 0)
    }

    /// Splits `letters` into a first part and a rest that is a head or, at
    /// most once more, a compound itself.
    private func split(_ letters: ArraySlice<Unicode.Scalar>, depth: Int) -> [String]? {
        let minimum = Self.minimumPartLength
        guard letters.count >= 2 * minimum else { return nil }
        var best: [String]?
        var end = letters.endIndex - minimum
        while end - letters.startIndex >= minimum {
            let first = string(letters[letters.startIndex..<end])
            if isKnownFirstPart(first) {
                for link in [""] + Self.linkingMorphemes {
                    let linkScalars = Array(link.unicodeScalars)
                    let restStart = end + linkScalars.count
                    guard letters.endIndex - restStart >= minimum,
                          Array(letters[end..<restStart]) == linkScalars else { continue }
                    let rest = letters[restStart...]
                    let head = string(rest)
                    if isKnownHead(head) {
                        // Two parts: the fewest possible, and the first part is the longest so far.
                        return [first, head]
                    }
                    if depth == 0, best == nil, let restParts = split(rest, depth: 1) {
                        best = [first] + restParts
                    }
                }
            }
            end -= 1
        }
        return best
    }

    private func isKnownFirstPart(_ part: String) -> Bool {
        guard !stopwords.contains(part) else { return false }
        return words.contains(part) || stems.contains(part)
    }

    private func isKnownHead(_ part: String) -> Bool {
        guard !stopwords.contains(part), !Self.endingsThatAreNotHeads.contains(part) else { return false }
        if words.contains(part) { return true }
        return part.unicodeScalars.count >= Self.minimumVocabularyPart && stems.contains(stemmer.stem(part))
    }

    private func string(_ letters: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: letters)
    }
}

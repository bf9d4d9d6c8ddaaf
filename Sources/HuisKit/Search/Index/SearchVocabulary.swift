/// The words and index terms of a region with integer ids, so that scoring
/// and postings work on arrays instead of String-keyed dictionaries.
///
/// Every String is looked up once per document that has it (to give the
/// document's words their ids) or once per region (stems, compound parts,
/// synonym keys); everything after that is indexing by id.
struct SearchVocabulary {
    /// Folded words by word id, and the stem of each: the first one a
    /// document gives it (a folded word always has the same stem).
    private(set) var words: [String] = []
    private(set) var stems: [String] = []
    /// Index terms by term id: stems, the stems of compound parts, and
    /// synonym keys.
    private(set) var terms: [String] = []
    /// The term of each word's stem.
    private(set) var stemTerms: [Int32] = []
    /// The terms of each word's compound parts, other than its own stem.
    private(set) var partTerms: [[Int32]] = []
    /// The term of each synonym group.
    private(set) var groupTerms: [Int32] = []
    /// Per document: the word id of each of its analysis's words.
    private(set) var documentWords: [[Int32]] = []

    private var wordTable = SearchWordTable(capacity: 8192)
    private var termTable = SearchWordTable(capacity: 8192)

    init(_ analyses: [SearchDocumentAnalysis], synonymGroups: Int) {
        documentWords.reserveCapacity(analyses.count)
        for analysis in analyses {
            var ids: [Int32] = []
            ids.reserveCapacity(analysis.words.count)
            for (index, word) in analysis.words.enumerated() {
                let id = wordTable.value(of: word, insertingIfMissing: Int32(words.count))
                if id.inserted {
                    words.append(word)
                    stems.append(analysis.stems[index])
                }
                ids.append(id.value)
            }
            documentWords.append(ids)
        }
        stemTerms = stems.map { term($0) }
        partTerms = Array(repeating: [], count: words.count)
        groupTerms = (0..<synonymGroups).map { term(SearchIndex.synonymKey($0)) }
    }

    /// The id of a folded word of the region, or nil.
    func word(_ folded: String) -> Int32? {
        wordTable.find(folded)
    }

    /// Notes the stems of the parts of compound words (word id → part stems).
    mutating func setParts(_ parts: [(word: Int32, stems: [String])]) {
        for (word, partStems) in parts {
            let stem = stemTerms[Int(word)]
            partTerms[Int(word)] = partStems.map { term($0) }.filter { $0 != stem }
        }
    }

    private mutating func term(_ text: String) -> Int32 {
        let id = termTable.value(of: text, insertingIfMissing: Int32(terms.count))
        if id.inserted { terms.append(text) }
        return id.value
    }
}

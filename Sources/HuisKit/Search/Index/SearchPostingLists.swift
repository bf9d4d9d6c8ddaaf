/// The scoring pass of the index build: every document's score for every
/// term it has (``SearchScoring``), then the postings of each term with
/// the idf applied and the scores put on the stored scale.
struct SearchPostingLists {
    /// Postings by term id, documents ascending; empty for a term that no
    /// document has.
    let lists: [[SearchPosting]]

    init(_ documents: [SearchDocument], analyses: [SearchDocumentAnalysis], vocabulary: SearchVocabulary) {
        let termCount = vocabulary.terms.count
        let averageBodyLength = Double(analyses.reduce(0) { $0 + $1.bodyLength }) / Double(max(analyses.count, 1))
        let chunks = max(1, min(documents.count, ParallelWork.cores * 4))
        // Term scores without idf, per document; each chunk of documents sums
        // into one array by term id.
        let scores = Array(0..<chunks).parallelMap { chunk -> [[(term: Int32, score: Double)]] in
            var scorer = DocumentScorer(terms: termCount, averageBodyLength: averageBodyLength)
            let range = (documents.count * chunk / chunks)..<(documents.count * (chunk + 1) / chunks)
            return range.map { document in
                scorer.score(analyses[document], words: vocabulary.documentWords[document], kind: documents[document].kind,
                             vocabulary: vocabulary)
            }
        }.flatMap { $0 }

        var containing = [Int](repeating: 0, count: termCount)
        for document in scores {
            for entry in document { containing[Int(entry.term)] += 1 }
        }
        let idf = containing.map { SearchScoring.idf(documents: documents.count, containing: $0) }
        var best = 0.0
        for document in scores {
            for entry in document { best = max(best, entry.score * idf[Int(entry.term)]) }
        }
        var lists = containing.map { count -> [SearchPosting] in
            var list: [SearchPosting] = []
            list.reserveCapacity(count)
            return list
        }
        for (document, terms) in scores.enumerated() {
            for entry in terms {
                let level = SearchScoring.level(entry.score * idf[Int(entry.term)], best: best)
                lists[Int(entry.term)].append(SearchPosting(document: document, score: level))
            }
        }
        self.lists = lists
    }
}

/// Sums one document's term frequencies per field into arrays by term id,
/// which it keeps from one document to the next.
private struct DocumentScorer {
    private var counts: [FieldCounts]
    private var seen: [Bool]
    private var touched: [Int32] = []
    private let averageBodyLength: Double

    init(terms: Int, averageBodyLength: Double) {
        counts = Array(repeating: FieldCounts(), count: terms)
        seen = Array(repeating: false, count: terms)
        self.averageBodyLength = averageBodyLength
    }

    /// The document's score for each of its terms, without the idf.
    mutating func score(_ analysis: SearchDocumentAnalysis, words: [Int32], kind: SearchDocument.Kind,
                        vocabulary: SearchVocabulary) -> [(term: Int32, score: Double)] {
        let stemTerms = vocabulary.stemTerms, partTerms = vocabulary.partTerms, groupTerms = vocabulary.groupTerms
        // Sums in a fixed order (fields, then words in String order), so
        // rounding is the same in every run.
        for field in SearchDocument.Field.allCases {
            for entry in analysis.counts[field.rawValue] {
                let word = Int(words[Int(entry.word)])
                let count = Double(entry.count)
                add(stemTerms[word], field, count)
                for part in partTerms[word] {
                    add(part, field, count * SearchScoring.compoundPartWeight)
                }
            }
            for entry in analysis.groups[field.rawValue] {
                add(groupTerms[entry.group], field, Double(entry.count) * SearchScoring.synonymWeight)
            }
        }
        let kindWeight = SearchScoring.weight(kind)
        let bodyLength = Double(analysis.bodyLength)
        var scored: [(term: Int32, score: Double)] = []
        scored.reserveCapacity(touched.count)
        for term in touched {
            let index = Int(term)
            scored.append((term, kindWeight * SearchScoring.termScore(counts[index], bodyLength: bodyLength,
                                                                       averageBodyLength: averageBodyLength)))
            counts[index] = FieldCounts()
            seen[index] = false
        }
        touched.removeAll(keepingCapacity: true)
        return scored
    }

    private mutating func add(_ term: Int32, _ field: SearchDocument.Field, _ count: Double) {
        let index = Int(term)
        if !seen[index] {
            seen[index] = true
            touched.append(term)
        }
        counts[index][field] += count
    }
}

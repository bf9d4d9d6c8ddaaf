/// The scoring pass of the index build: every document's score for every
/// term it has (``SearchScoring``), then the postings of each term with
/// the idf applied and the scores put on the stored scale.
struct SearchPostingLists {
    /// Postings by term id, documents ascending; empty for a term that no
    /// document has.
    let lists: [[SearchPosting]]

    init(_ documents: [SearchDocument], analyses: [SearchIndexBuilder.Analysis], vocabulary: SearchVocabulary) {
        let termCount = vocabulary.terms.count
        let averageBodyLength = Double(analyses.reduce(0) { $0 + $1.bodyLength }) / Double(max(analyses.count, 1))
        let chunks = max(1, min(documents.count, ParallelWork.cores * 4))
        // Term scores without idf, per document; each chunk of documents sums
        // into one array by term id.
        let scores = Array(0..<chunks).parallelMap { chunk -> [[(term: Int32, score: Double)]] in
            var counts = [FieldCounts](repeating: FieldCounts(), count: termCount)
            var seen = [Bool](repeating: false, count: termCount)
            var touched: [Int32] = []
            func add(_ term: Int32, _ field: SearchDocument.Field, _ count: Double) {
                if !seen[Int(term)] {
                    seen[Int(term)] = true
                    touched.append(term)
                }
                counts[Int(term)][field] += count
            }
            let range = (documents.count * chunk / chunks)..<(documents.count * (chunk + 1) / chunks)
            return range.map { document in
                let analysis = analyses[document], words = vocabulary.documentWords[document]
                // Sums in a fixed order (fields, then words in String order),
                // so rounding is the same in every run.
                for field in SearchDocument.Field.allCases {
                    for entry in analysis.counts[field.rawValue] {
                        let word = Int(words[Int(entry.word)])
                        let count = Double(entry.count)
                        add(vocabulary.stemTerms[word], field, count)
                        for part in vocabulary.partTerms[word] {
                            add(part, field, count * SearchScoring.compoundPartWeight)
                        }
                    }
                    for entry in analysis.groups[field.rawValue] {
                        add(vocabulary.groupTerms[entry.group], field, Double(entry.count) * SearchScoring.synonymWeight)
                    }
                }
                let kindWeight = SearchScoring.weight(documents[document].kind)
                let bodyLength = Double(analysis.bodyLength)
                var scored: [(term: Int32, score: Double)] = []
                scored.reserveCapacity(touched.count)
                for term in touched {
                    scored.append((term, kindWeight * SearchScoring.termScore(counts[Int(term)], bodyLength: bodyLength,
                                                                               averageBodyLength: averageBodyLength)))
                    counts[Int(term)] = FieldCounts()
                    seen[Int(term)] = false
                }
                touched.removeAll(keepingCapacity: true)
                return scored
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

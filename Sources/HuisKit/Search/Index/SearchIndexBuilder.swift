import Foundation

/// Builds a region's ``SearchIndex`` from its documents.
///
/// 1. Every field of every document is analysed (``DutchAnalyzer``): folded
///    words with their stems, counted per field.
/// 2. The region's vocabulary feeds the ``DutchDecompounder``; each compound
///    word also counts, at ``SearchScoring/compoundPartWeight``, as its parts.
/// 3. Synonym group members found in a field count for the group.
/// 4. Scores (``SearchScoring``) are computed per term and document and
///    stored on a log scale.
///
/// Work per document runs in parallel; every map is keyed and sorted so the
/// result does not depend on thread timing.
public struct SearchIndexBuilder: Sendable {
    public var analyzer = DutchAnalyzer()
    public var synonyms: [[String]]

    public init(synonyms: [[String]]) {
        self.synonyms = synonyms
    }

    /// What pass 1 keeps of a document, in sorted arrays (cheap to keep in
    /// the build cache and to walk in a fixed order).
    struct Analysis: Sendable, Equatable {
        struct WordCount: Sendable, Equatable {
            var word: String
            var count: Int
        }

        struct WordStem: Sendable, Equatable {
            var word: String
            var stem: String
        }

        struct GroupCount: Sendable, Equatable {
            var group: Int
            var count: Int
        }

        /// Per field (by `Field.rawValue`): folded words and counts, by word.
        var words: [[WordCount]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
        /// The stem of every folded word of the document, by word.
        var stems: [WordStem] = []
        /// Per field: synonym groups and counts, by group.
        var groups: [[GroupCount]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
        var bodyLength = 0
    }

    public func build(_ documents: [SearchDocument], region: Region, site: Site) -> SearchIndex {
        build(documents, region: region, site: site, reusing: [:]).index
    }

    /// The key of a document's analysis: its text and the synonym groups.
    func analysisKey(_ document: SearchDocument) -> String {
        BuildCache.key(document.fields.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)\u{1E}\($0.value)" }
                       + synonyms.map { $0.joined(separator: ",") })
    }

    /// The index, taking the analysis of a document from `cache` when its key
    /// is there; returns the analyses by key for the next build.
    func build(_ documents: [SearchDocument], region: Region, site: Site,
               reusing cache: [String: Analysis]) -> (index: SearchIndex, analyses: [String: Analysis]) {
        let synonymIndex = SearchSynonyms(synonyms, analyzer: analyzer)
        let keys = cache.isEmpty ? [] : documents.map(analysisKey)
        // Batches of documents share a cache of folded and stemmed words:
        // most words repeat, and stemming is the costly part.
        let batches = max(1, min(documents.count, ParallelWork.cores * 4))
        let analyses = Array(0..<batches).parallelMap { batch -> [Analysis] in
            var words: [String: (folded: String, stem: String)?] = [:]
            let range = (documents.count * batch / batches)..<(documents.count * (batch + 1) / batches)
            return range.map { i in
                if !keys.isEmpty, let cached = cache[keys[i]] { return cached }
                return analyse(documents[i], synonyms: synonymIndex, cache: &words)
            }
        }.flatMap { $0 }
        let allKeys = keys.isEmpty ? documents.map(analysisKey) : keys
        let byKey = Dictionary(zip(allKeys, analyses), uniquingKeysWith: { a, _ in a })

        var vocabulary: [String: String] = [:]
        for analysis in analyses {
            for entry in analysis.stems where vocabulary[entry.word] == nil { vocabulary[entry.word] = entry.stem }
        }
        let stemOfWord = vocabulary
        let parts = compoundParts(stemOfWord)
        let averageBodyLength = Double(analyses.reduce(0) { $0 + $1.bodyLength }) / Double(max(analyses.count, 1))

        // Term scores without idf, per document.
        let partial: [[(String, Double)]] = Array(zip(documents, analyses)).parallelMap { document, analysis in
            // Sums in a fixed order, so rounding is the same in every run.
            var counts: [String: FieldCounts] = [:]
            for field in SearchDocument.Field.allCases {
                for entry in analysis.words[field.rawValue] {
                    let word = entry.word
                    let count = Double(entry.count)
                    let stem = stemOfWord[word] ?? word
                    counts[stem, default: FieldCounts()][field] += count
                    for part in parts[word] ?? [] where part != stem {
                        counts[part, default: FieldCounts()][field] += count * SearchScoring.compoundPartWeight
                    }
                }
                for entry in analysis.groups[field.rawValue] {
                    counts[SearchIndex.synonymKey(entry.group), default: FieldCounts()][field] += Double(entry.count) * SearchScoring.synonymWeight
                }
            }
            let kindWeight = SearchScoring.weight(document.kind)
            return counts.map { key, fieldCounts in
                (key, kindWeight * SearchScoring.termScore(fieldCounts, bodyLength: Double(analysis.bodyLength),
                                                           averageBodyLength: averageBodyLength))
            }
        }

        var raw: [String: [(document: Int, score: Double)]] = [:]
        for (document, terms) in partial.enumerated() {
            for (key, score) in terms { raw[key, default: []].append((document, score)) }
        }
        var best = 0.0
        for (_, list) in raw {
            let idf = SearchScoring.idf(documents: documents.count, containing: list.count)
            for entry in list { best = max(best, entry.score * idf) }
        }
        var postings: [String: [SearchPosting]] = [:]
        postings.reserveCapacity(raw.count)
        for (key, list) in raw {
            let idf = SearchScoring.idf(documents: documents.count, containing: list.count)
            postings[key] = list.map { SearchPosting(document: $0.document, score: SearchScoring.level($0.score * idf, best: best)) }
        }

        let index = SearchIndex(
            cards: documents.map(SearchResultCard.init),
            postings: postings,
            words: stemOfWord.filter { $0.key != $0.value },
            sounds: soundKeys(stemOfWord),
            synonymGroups: synonymIndex.groups,
            filters: filters(documents, region: region, site: site))
        return (index, byKey)
    }

    // MARK: Passes

    private func analyse(_ document: SearchDocument, synonyms: SearchSynonyms,
                         cache: inout [String: (folded: String, stem: String)?]) -> Analysis {
        var analysis = Analysis()
        var stems: [String: String] = [:]
        for (field, text) in document.fields {
            let terms = analyzer.tokenizer.tokens(in: text).compactMap { token -> DutchTerm? in
                guard token.kind == .word else { return analyzer.term(for: token) }
                if let known = cache[token.text] {
                    return known.map { DutchTerm(stem: $0.stem, folded: $0.folded, token: token) }
                }
                let term = analyzer.term(for: token)
                cache[token.text] = term.map { (folded: $0.folded, stem: $0.stem) }
                return term
            }
            // One dictionary operation per word; the stems are noted once per
            // distinct word (this loop runs for every word of every text).
            var counts: [String: (count: Int, stem: String)] = [:]
            counts.reserveCapacity(terms.count)
            for term in terms {
                counts[term.folded, default: (0, term.stem)].count += 1
            }
            for (word, entry) in counts where stems[word] == nil { stems[word] = entry.stem }
            analysis.words[field.rawValue] = counts.sorted { $0.key < $1.key }.map { Analysis.WordCount(word: $0.key, count: $0.value.count) }
            let groups = synonyms.isEmpty ? [:] : synonyms.occurrences(in: SearchSynonyms.wholeWords(terms).map(\.stem))
            analysis.groups[field.rawValue] = groups.sorted { $0.key < $1.key }.map { Analysis.GroupCount(group: $0.key, count: $0.value) }
            if field == .body { analysis.bodyLength = terms.count }
        }
        analysis.stems = stems.sorted { $0.key < $1.key }.map { Analysis.WordStem(word: $0.key, stem: $0.value) }
        return analysis
    }

    /// The stems of the parts of every compound in the vocabulary.
    private func compoundParts(_ stemOfWord: [String: String]) -> [String: [String]] {
        let decompounder = DutchDecompounder(vocabulary: stemOfWord.keys, stems: stemOfWord.values)
        let stemmer = analyzer.stemmer
        let candidates = stemOfWord.keys.filter { $0.unicodeScalars.count >= DutchDecompounder.minimumCompoundLength }.sorted()
        let split = candidates.parallelMap { word -> [String]? in
            decompounder.parts(of: word).map { parts in parts.map { stemOfWord[$0] ?? stemmer.stem($0) } }
        }
        var parts: [String: [String]] = [:]
        for (word, stems) in zip(candidates, split) {
            if let stems { parts[word] = stems }
        }
        return parts
    }

    /// Sound keys of the stems, so that every inflection of a word heard
    /// meets every inflection in the texts ("psigologen" → "psycholoog").
    private func soundKeys(_ stemOfWord: [String: String]) -> [String: [String]] {
        var sounds: [String: Set<String>] = [:]
        for stem in Set(stemOfWord.values) where DutchSoundKey.applies(to: stem) {
            let key = DutchSoundKey.key(stem)
            if key != stem { sounds[key, default: []].insert(stem) }
        }
        return sounds.mapValues { $0.sorted() }
    }

    private func filters(_ documents: [SearchDocument], region: Region, site: Site) -> SearchFilters {
        func value(_ id: String, _ label: String, _ matches: (SearchDocument) -> Bool) -> SearchFilters.Value {
            SearchFilters.Value(id: id, label: label, documents: documents.indices.filter { matches(documents[$0]) })
        }
        // Items without ages concern every age, as on the age pages.
        let ages = site.ages.filter { age in documents.contains { $0.ages.contains(age.id) } }.map { age in
            value(age.id, age.label) { $0.ages.isEmpty || $0.ages.contains(age.id) }
        }
        let topics = site.topics.filter { topic in documents.contains { $0.topics.contains(topic.id) } }.map { topic in
            value(topic.id, topic.label) { $0.topics.contains(topic.id) }
        }
        // Items without municipalities concern the whole region.
        let municipalities = region.hasSeveralMunicipalities ? region.municipalities.map { name in
            value(name, name) { $0.municipalities.isEmpty || $0.municipalities.contains(name) }
        } : []
        return SearchFilters(ages: ages, topics: topics, municipalities: municipalities)
    }
}

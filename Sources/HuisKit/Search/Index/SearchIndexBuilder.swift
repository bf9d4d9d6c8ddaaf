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

    public func build(_ documents: [SearchDocument], region: Region, site: Site) -> SearchIndex {
        build(documents, keys: analysisKeys(documents), region: region, site: site, reusing: [:]).index
    }

    /// The keys of the documents' analyses: each document's text and the
    /// synonym groups (see ``KeyDigest``).
    func analysisKeys(_ documents: [SearchDocument]) -> [String] {
        var groups = KeyDigest(capacity: synonyms.count)
        for group in synonyms { groups.add(group) }
        return documents.map { document in
            var digest = KeyDigest(capacity: SearchDocument.Field.allCases.count + 1)
            digest.add(groups)
            for field in SearchDocument.Field.allCases {
                digest.add(document.fields[field])
            }
            return digest.key
        }
    }

    /// The index, taking the analysis of a document from `cache` when its key
    /// (in `keys`, by document) is there; returns the analyses by key for
    /// the next build.
    func build(_ documents: [SearchDocument], keys: [String], region: Region, site: Site,
               reusing cache: [String: Analysis]) -> (index: SearchIndex, analyses: [String: Analysis]) {
        let synonymIndex = SearchSynonyms(synonyms, analyzer: analyzer)
        let analysed = analyse(documents, keys: keys, reusing: cache, synonyms: synonymIndex)
        let analyses = analysed.map(\.analysis)
        let byKey = Dictionary(zip(keys, analysed.map(\.stored)), uniquingKeysWith: { a, _ in a })

        var vocabulary = SearchVocabulary(analyses, synonymGroups: synonymIndex.groups.count)
        vocabulary.setParts(compoundParts(vocabulary))
        let postings = SearchPostingLists(documents, analyses: analyses, vocabulary: vocabulary)

        var postingsByTerm: [String: [SearchPosting]] = [:]
        postingsByTerm.reserveCapacity(vocabulary.terms.count)
        for (term, list) in zip(vocabulary.terms, postings.lists) where !list.isEmpty {
            postingsByTerm[term] = list
        }
        var words: [String: String] = [:]
        for (word, stem) in zip(vocabulary.words, vocabulary.stems) where word != stem { words[word] = stem }
        let index = SearchIndex(
            cards: documents.map(SearchResultCard.init),
            postings: postingsByTerm,
            words: words,
            sounds: soundKeys(Set(vocabulary.stems)),
            synonymGroups: synonymIndex.groups,
            filters: filters(documents, region: region, site: site))
        return (index, byKey)
    }

    // MARK: Passes

    /// The analysis of every document, from `cache` or made anew, with its
    /// stored form for the next build. Batches of documents share their
    /// table of words: most words repeat, and analysing a word (folding,
    /// stemming) is the costly part.
    private func analyse(_ documents: [SearchDocument], keys: [String], reusing cache: [String: Analysis],
                         synonyms: SearchSynonyms) -> [(analysis: SearchDocumentAnalysis, stored: Analysis)] {
        let batches = max(1, min(documents.count, ParallelWork.cores * 4))
        return Array(0..<batches).parallelMap { batch -> [(analysis: SearchDocumentAnalysis, stored: Analysis)] in
            let range = (documents.count * batch / batches)..<(documents.count * (batch + 1) / batches)
            var analyser = SearchDocumentAnalyser(analyzer: analyzer, synonyms: synonyms)
            var fresh: [Int] = [], pending: [SearchDocumentAnalyser.Pending] = []
            var analyses: [(analysis: SearchDocumentAnalysis, stored: Analysis)?] = range.map { i in
                if let cached = cache[keys[i]], let analysis = cached.decoded { return (analysis, cached) }
                fresh.append(i - range.lowerBound)
                pending.append(analyser.count(documents[i]))
                return nil
            }
            for (position, analysis) in zip(fresh, analyser.analyses(pending)) {
                analyses[position] = (analysis, Analysis(analysis))
            }
            return analyses.map { $0! }
        }.flatMap { $0 }
    }

    /// The stems of the parts of every compound in the vocabulary.
    private func compoundParts(_ vocabulary: SearchVocabulary) -> [(word: Int32, stems: [String])] {
        let decompounder = DutchDecompounder(vocabulary: vocabulary.words, stems: vocabulary.stems)
        let stemmer = analyzer.stemmer
        let candidates = vocabulary.words.indices.filter {
            vocabulary.words[$0].unicodeScalars.count >= DutchDecompounder.minimumCompoundLength
        }
        let split = candidates.parallelMap { word -> [String]? in
            decompounder.parts(of: vocabulary.words[word]).map { parts in
                parts.map { part in vocabulary.word(part).map { vocabulary.stems[Int($0)] } ?? stemmer.stem(part) }
            }
        }
        return zip(candidates, split).compactMap { word, stems in stems.map { (Int32(word), $0) } }
    }

    /// Sound keys of the stems, so that every inflection of a word heard
    /// meets every inflection in the texts ("psigologen" → "psycholoog").
    private func soundKeys(_ stems: Set<String>) -> [String: [String]] {
        var sounds: [String: Set<String>] = [:]
        for stem in stems where DutchSoundKey.applies(to: stem) {
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

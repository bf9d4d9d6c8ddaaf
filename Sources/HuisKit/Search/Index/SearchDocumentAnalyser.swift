/// The first pass of the index build over a batch of documents: every field
/// tokenized, every token turned into a folded word with its stem, counted,
/// and the synonym groups found (see `SearchDocumentAnalysis`).
///
/// The same analysis as ``DutchAnalyzer/term(for:)`` on every token of
/// ``DutchTokenizer/tokens(in:)``, but without a String per token: a token
/// is looked up by its bytes in a table of the tokens seen before in the
/// batch, which gives a small word id; only a token not seen before is made
/// a String and analysed. Words repeat a lot, so that is a small share of
/// them. Counting is done on word ids, and the batch's words are put in
/// String order once, at the end, instead of once per document.
struct SearchDocumentAnalyser {
    /// A document's counts by word id, before the batch's words are ordered.
    struct Pending {
        var fields: [[(word: Int32, count: Int32)]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
        var groups: [[SearchDocumentAnalysis.GroupCount]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
        var bodyLength = 0
    }

    private let analyzer: DutchAnalyzer
    /// A token's kind and bytes → word id, or -1 for a token without a term.
    private var tokens = SearchWordTable(capacity: 4096)
    /// Folded word → word id: spellings such as "Kind" and "kind" share one.
    private var wordIds = SearchWordTable(capacity: 4096)
    private var words: [String] = []
    private var stems: [String] = []

    // Synonyms: the stems of all members get a number; a word whose stem is
    // one of them carries that number, any other word -1.
    private let synonymStemNumbers: [String: Int32]
    private var synonymStemOfWord: [Int32] = []
    /// By synonym stem number: the groups of which it is a one-word member.
    private let groupsOfStem: [[Int]]
    /// By synonym stem number: the phrases that start with it.
    private let phrasesOfStem: [[(rest: [Int32], group: Int)]]
    private let groupCount: Int

    // Buffers reused from one field to the next.
    private var scalars: [Unicode.Scalar] = []
    private var fieldCounts: [Int32] = []
    private var touched: [Int32] = []
    private var sequence: [Int32] = []
    private var groupCounts: [Int]

    init(analyzer: DutchAnalyzer, synonyms: SearchSynonyms) {
        self.analyzer = analyzer
        var numbers: [String: Int32] = [:]
        func number(_ stem: String) -> Int32 {
            if let known = numbers[stem] { return known }
            numbers[stem] = Int32(numbers.count)
            return Int32(numbers.count - 1)
        }
        for members in synonyms.groups {
            for stems in members { for stem in stems { _ = number(stem) } }
        }
        var groups = Array(repeating: [Int](), count: numbers.count)
        var phrases = Array(repeating: [(rest: [Int32], group: Int)](), count: numbers.count)
        for (stem, list) in synonyms.groupsByStem { groups[Int(number(stem))] = list }
        for (stem, list) in synonyms.phrasesByFirstStem {
            phrases[Int(number(stem))] = list.map { (rest: $0.rest.map(number), group: $0.group) }
        }
        synonymStemNumbers = numbers
        groupsOfStem = groups
        phrasesOfStem = phrases
        groupCount = synonyms.groups.count
        groupCounts = Array(repeating: 0, count: synonyms.groups.count)
    }

    /// Counts the words of every field of `document` by word id.
    mutating func count(_ document: SearchDocument) -> Pending {
        var pending = Pending()
        for field in SearchDocument.Field.allCases {
            guard let text = document.fields[field] else { continue }
            let terms = countField(text)
            var entries: [(word: Int32, count: Int32)] = []
            entries.reserveCapacity(touched.count)
            for word in touched {
                entries.append((word, fieldCounts[Int(word)]))
                fieldCounts[Int(word)] = 0
            }
            pending.fields[field.rawValue] = entries
            touched.removeAll(keepingCapacity: true)
            if groupCount > 0 { pending.groups[field.rawValue] = groupsInSequence() }
            if field == .body { pending.bodyLength = terms }
        }
        return pending
    }

    /// The analyses of documents counted with `count`: the batch's words are
    /// put in String order once, and the documents' words are laid out in
    /// that order by counting, without a sort per document.
    func analyses(_ batch: [Pending]) -> [SearchDocumentAnalysis] {
        let fieldCount = SearchDocument.Field.allCases.count
        let order = words.indices.sorted { words[$0] < words[$1] }
        var rank = [Int32](repeating: 0, count: words.count)
        for (position, word) in order.enumerated() { rank[word] = Int32(position) }

        // Each document's distinct words, and how many documents have each word.
        var seen = [Bool](repeating: false, count: words.count)
        var documentsWith = [Int32](repeating: 0, count: words.count + 1)
        let distinct = batch.map { pending -> [Int32] in
            var ids: [Int32] = []
            for field in pending.fields {
                for entry in field where !seen[Int(entry.word)] {
                    seen[Int(entry.word)] = true
                    ids.append(entry.word)
                }
            }
            for id in ids {
                seen[Int(id)] = false
                documentsWith[Int(rank[Int(id)]) + 1] += 1
            }
            return ids
        }
        // The documents of each word, words in rank order.
        for position in 0..<words.count { documentsWith[position + 1] += documentsWith[position] }
        var next = documentsWith
        var byRank = [Int32](repeating: 0, count: Int(documentsWith[words.count]))
        for (document, ids) in distinct.enumerated() {
            for id in ids {
                let position = Int(rank[Int(id)])
                byRank[Int(next[position])] = Int32(document)
                next[position] += 1
            }
        }
        var ordered = distinct.map { ids -> [Int32] in
            var list: [Int32] = []
            list.reserveCapacity(ids.count)
            return list
        }
        for (position, word) in order.enumerated() {
            for document in byRank[Int(documentsWith[position])..<Int(documentsWith[position + 1])] {
                ordered[Int(document)].append(Int32(word))
            }
        }

        // Words, stems and the counts per field, in that order.
        var counts = [Int32](repeating: 0, count: words.count * fieldCount)
        return batch.indices.map { document in
            let pending = batch[document], ids = ordered[document]
            var analysis = SearchDocumentAnalysis()
            analysis.groups = pending.groups
            analysis.bodyLength = pending.bodyLength
            analysis.words.reserveCapacity(ids.count)
            analysis.stems.reserveCapacity(ids.count)
            for (field, entries) in pending.fields.enumerated() {
                for entry in entries { counts[Int(entry.word) * fieldCount + field] = entry.count }
                analysis.counts[field].reserveCapacity(entries.count)
            }
            for (index, id) in ids.enumerated() {
                analysis.words.append(words[Int(id)])
                analysis.stems.append(stems[Int(id)])
                for field in 0..<fieldCount where counts[Int(id) * fieldCount + field] > 0 {
                    analysis.counts[field].append(.init(word: Int32(index), count: counts[Int(id) * fieldCount + field]))
                    counts[Int(id) * fieldCount + field] = 0
                }
            }
            return analysis
        }
    }

    // MARK: Passes

    /// Counts the words of one text into `fieldCounts` and `touched`, and
    /// notes the synonym stems of its whole words in `sequence`; returns the
    /// number of terms.
    private mutating func countField(_ text: String) -> Int {
        var scalars = self.scalars
        self.scalars = []
        defer { self.scalars = scalars }
        sequence.removeAll(keepingCapacity: true)
        let synonyms = groupCount > 0
        let tokenizer = analyzer.tokenizer
        return tokenizer.scan(text, scalars: &scalars) { utf8, spans in
            var terms = 0
            var compoundEnd = -1
            for span in spans {
                let bytes = UnsafeBufferPointer(rebasing: utf8[span.utf8])
                let found = tokens.find(bytes, tag: Self.tag(span.kind))
                let word = found.value ?? analyse(bytes, span, probe: found.probe)
                guard word >= 0 else { continue }
                terms += 1
                if fieldCounts[Int(word)] == 0 { touched.append(word) }
                fieldCounts[Int(word)] += 1
                guard synonyms else { continue }
                // Whole words only: not the parts after a hyphenated whole,
                // as `SearchSynonyms.wholeWords` reads a text.
                if span.utf8.lowerBound < compoundEnd { continue }
                if span.kind == .compound { compoundEnd = span.utf8.upperBound }
                sequence.append(synonymStemOfWord[Int(word)])
            }
            return terms
        }
    }

    /// A token not seen before in the batch: its term, as the analyser
    /// makes it, and the id of its folded word (-1 when it has no term).
    private mutating func analyse(_ bytes: UnsafeBufferPointer<UInt8>, _ span: DutchTokenSpan,
                                  probe: SearchWordTable.Probe) -> Int32 {
        let token = DutchToken(text: String(decoding: bytes, as: UTF8.self), kind: span.kind,
                               utf8Range: span.utf8, utf16Range: span.utf16)
        guard let term = analyzer.term(for: token) else {
            tokens.insert(bytes, value: -1, at: probe)
            return -1
        }
        let word = wordIds.value(of: term.folded, insertingIfMissing: Int32(words.count))
        if word.inserted {
            words.append(term.folded)
            stems.append(term.stem)
            synonymStemOfWord.append(synonymStemNumbers[term.stem] ?? -1)
            fieldCounts.append(0)
        }
        tokens.insert(bytes, value: word.value, at: probe)
        return word.value
    }

    /// The synonym groups whose members occur in `sequence`, with how often
    /// (as `SearchSynonyms.occurrences`), by group.
    private mutating func groupsInSequence() -> [SearchDocumentAnalysis.GroupCount] {
        var found: [Int] = []
        for (position, stem) in sequence.enumerated() where stem >= 0 {
            for group in groupsOfStem[Int(stem)] {
                if groupCounts[group] == 0 { found.append(group) }
                groupCounts[group] += 1
            }
            for phrase in phrasesOfStem[Int(stem)] {
                let end = position + 1 + phrase.rest.count
                guard end <= sequence.count, sequence[(position + 1)..<end].elementsEqual(phrase.rest) else { continue }
                if groupCounts[phrase.group] == 0 { found.append(phrase.group) }
                groupCounts[phrase.group] += 1
            }
        }
        var counts: [SearchDocumentAnalysis.GroupCount] = []
        for group in found.sorted() {
            counts.append(.init(group: group, count: groupCounts[group]))
            groupCounts[group] = 0
        }
        return counts
    }

    private static func tag(_ kind: DutchToken.Kind) -> UInt8 {
        switch kind {
        case .word: 0
        case .number: 1
        case .compound: 2
        case .email: 3
        case .url: 4
        }
    }
}

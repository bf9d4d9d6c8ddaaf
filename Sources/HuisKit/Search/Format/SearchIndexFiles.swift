/// Writes a ``SearchIndex`` as the files of `<region>/zoekindex/`:
///
/// - `index.js`: the manifest (format version, build token, shard bounds,
///   numbers of documents and chunks, stopwords, synonym groups, filter labels);
/// - `t<n>.js`: shard n of the key space (postings, words, sound keys);
/// - `d<n>.js`: result cards of documents `n * chunk ..< (n + 1) * chunk`;
/// - `filters.js`: the document set of every filter value.
///
/// Each file is one call `huisZoekindex("<name>",<JSON>);` so the browser
/// can load it with `fetch` (and parse the JSON) over http, or as a script
/// when the site is opened from disk, where `fetch` is not allowed. The
/// JSON is written deterministically: the same index gives the same bytes.
/// See docs/search.md for the format.
public struct SearchIndexFiles: Sendable {
    public static let folder = "zoekindex/"
    public static let formatVersion = 1
    public static let callback = "huisZoekindex"
    /// Result cards per chunk file.
    public static let defaultChunkSize = 8

    /// File name (inside ``folder``) → bytes.
    public var files: [String: [UInt8]]

    public init(_ index: SearchIndex, stopwords: [String] = DutchStopwords.standardWords,
                chunkSize: Int = defaultChunkSize) {
        var files: [String: [UInt8]] = [:]

        let entries = Self.entries(index)
        let plan = ShardPlan(sorted: entries.map(\.key), sizes: entries.map(\.size))
        // Shards and chunks are written on all cores: after an edit, the
        // index of the region is the last work of the build to finish.
        var firsts: [Int] = []
        var first = 0
        for keys in plan.shards {
            firsts.append(first)
            first += keys.count
        }
        let shards = Array(zip(firsts, plan.shards.map(\.count)).enumerated()).parallelMap { number, range in
            ("t\(number)", Self.wrap("t\(number)", Self.shard(entries[range.0..<(range.0 + range.1)])))
        }
        let chunkCount = (index.cards.count + chunkSize - 1) / chunkSize
        let chunks = Array(0..<chunkCount).parallelMap { chunk in
            let cards = index.cards[(chunk * chunkSize)..<min(index.cards.count, (chunk + 1) * chunkSize)]
            return ("d\(chunk)", Self.wrap("d\(chunk)", .array(cards.map(Self.card))))
        }
        for (name, bytes) in shards + chunks {
            files[name + ".js"] = bytes
        }
        files["filters.js"] = Self.wrap("filters", Self.filterSets(index.filters, count: index.cards.count))

        // The build token: a fingerprint of all other files, for cache busting.
        var everything: [UInt8] = []
        everything.reserveCapacity(files.reduce(0) { $0 + $1.key.utf8.count + $1.value.count + 2 })
        for name in files.keys.sorted() {
            everything.append(contentsOf: name.utf8)
            everything.append(0)
            everything.append(contentsOf: files[name]!)
            everything.append(0)
        }
        let manifest: SearchJSON = .object([
            ("format", .int(Self.formatVersion)),
            ("build", .string(ContentHash.hex(everything))),
            ("documents", .int(index.cards.count)),
            ("chunk", .int(chunkSize)),
            ("chunks", .int(chunkCount)),
            ("shards", .strings(plan.bounds)),
            ("levels", .int(SearchScoring.levels)),
            ("range", .int(Int(SearchScoring.range))),
            ("stopwords", .strings(stopwords.sorted(by: SearchKeyOrder.less))),
            ("synonyms", .array(index.synonymGroups.map { .array($0.map(SearchJSON.strings)) })),
            ("filters", .object([
                ("ages", Self.labels(index.filters.ages)),
                ("topics", Self.labels(index.filters.topics)),
                ("municipalities", Self.labels(index.filters.municipalities)),
            ])),
        ])
        files["index.js"] = Self.wrap("index", manifest)
        self.files = files
    }

    // MARK: Parts

    /// What one key of the index has: postings, a stem, sound-alike stems.
    struct Entry: Sendable {
        var key: String
        var postings: [SearchPosting]?
        var stem: String?
        var sounds: [String]?

        /// About the bytes it takes in a shard.
        var size: Int {
            var size = key.utf8.count + 6
            if let postings { size += postings.count * 3 }
            if let stem { size += stem.utf8.count + key.utf8.count + 6 }
            if let sounds { size += sounds.reduce(key.utf8.count + 8) { $0 + $1.utf8.count + 3 } }
            return size
        }
    }

    /// Every key of the index once, in ``SearchKeyOrder``, with all it has.
    static func entries(_ index: SearchIndex) -> [Entry] {
        var all: [Entry] = []
        all.reserveCapacity(index.postings.count + index.words.count + index.sounds.count)
        for (key, postings) in index.postings { all.append(Entry(key: key, postings: postings)) }
        for (key, stem) in index.words { all.append(Entry(key: key, stem: stem)) }
        for (key, stems) in index.sounds { all.append(Entry(key: key, sounds: stems)) }
        var entries: [Entry] = []
        entries.reserveCapacity(all.count)
        for position in SearchKeyOrder.order(all.map(\.key)) {
            let entry = all[position]
            guard let last = entries.last, last.key == entry.key else {
                entries.append(entry)
                continue
            }
            entries[entries.count - 1].postings = last.postings ?? entry.postings
            entries[entries.count - 1].stem = last.stem ?? entry.stem
            entries[entries.count - 1].sounds = last.sounds ?? entry.sounds
        }
        return entries
    }

    static func shard(_ entries: ArraySlice<Entry>) -> SearchJSON {
        var terms: [(String, SearchJSON)] = [], words: [(String, SearchJSON)] = [], sounds: [(String, SearchJSON)] = []
        for entry in entries {
            if let postings = entry.postings { terms.append((entry.key, .string(SearchIndexCodec.encode(postings)))) }
            if let stem = entry.stem { words.append((entry.key, .string(stem))) }
            if let stems = entry.sounds { sounds.append((entry.key, .strings(stems))) }
        }
        var members: [(String, SearchJSON)] = [("t", .object(terms))]
        if !words.isEmpty { members.append(("w", .object(words))) }
        if !sounds.isEmpty { members.append(("s", .object(sounds))) }
        return .object(members)
    }

    static func card(_ card: SearchResultCard) -> SearchJSON {
        var members: [(String, SearchJSON)] = [("k", .string(card.kind.rawValue)), ("t", .string(card.title)), ("u", .string(card.path))]
        if let summary = card.summary { members.append(("s", .string(summary))) }
        if let meta = card.meta { members.append(("m", .string(meta))) }
        if !card.ages.isEmpty { members.append(("a", .strings(card.ages))) }
        if !card.topics.isEmpty { members.append(("o", .strings(card.topics))) }
        if !card.municipalities.isEmpty { members.append(("g", .strings(card.municipalities))) }
        return .object(members)
    }

    static func labels(_ values: [SearchFilters.Value]) -> SearchJSON {
        .array(values.map { .strings([$0.id, $0.label]) })
    }

    static func filterSets(_ filters: SearchFilters, count: Int) -> SearchJSON {
        func sets(_ values: [SearchFilters.Value]) -> SearchJSON {
            .object(values.map { ($0.id, .string(SearchIndexCodec.encode(documentSet: $0.documents, count: count))) })
        }
        return .object([("ages", sets(filters.ages)), ("topics", sets(filters.topics)),
                        ("municipalities", sets(filters.municipalities))])
    }

    static func wrap(_ name: String, _ json: SearchJSON) -> [UInt8] {
        var out = Array("\(callback)(\"\(name)\",".utf8)
        json.write(to: &out)
        out.append(contentsOf: Array(");\n".utf8))
        return out
    }
}

import Foundation

/// Reads the files of ``SearchIndexFiles`` back into a ``SearchIndex``: the
/// round trip the tests use, and a check that the format says what the docs
/// say it says.
public enum SearchIndexReader {
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `file(name)` gives the bytes of a file in the index folder.
    public static func read(_ file: (String) throws -> [UInt8]) throws -> SearchIndex {
        let manifest = try object(unwrap(try file("index.js"), name: "index"))
        guard manifest["format"] as? Int == SearchIndexFiles.formatVersion else {
            throw FormatError(description: "unknown index format \(manifest["format"] ?? "none")")
        }
        let shardCount = (manifest["shards"] as? [String])?.count ?? 0
        var postings: [String: [SearchPosting]] = [:]
        var words: [String: String] = [:]
        var sounds: [String: [String]] = [:]
        for number in 0..<shardCount {
            let shard = try object(unwrap(try file("t\(number).js"), name: "t\(number)"))
            for (key, value) in shard["t"] as? [String: String] ?? [:] {
                postings[key] = try SearchIndexCodec.decodePostings(value)
            }
            for (key, value) in shard["w"] as? [String: String] ?? [:] { words[key] = value }
            for (key, value) in shard["s"] as? [String: [String]] ?? [:] { sounds[key] = value }
        }

        var cards: [SearchResultCard] = []
        for chunk in 0..<(manifest["chunks"] as? Int ?? 0) {
            guard let list = try JSONSerialization.jsonObject(with: Data(unwrap(try file("d\(chunk).js"), name: "d\(chunk)"))) as? [[String: Any]] else {
                throw FormatError(description: "d\(chunk).js is not a list")
            }
            cards += try list.map(card)
        }

        let sets = try object(unwrap(try file("filters.js"), name: "filters"))
        let labels = manifest["filters"] as? [String: [[String]]] ?? [:]
        func values(_ group: String) throws -> [SearchFilters.Value] {
            let encoded = sets[group] as? [String: String] ?? [:]
            return try (labels[group] ?? []).map { pair in
                SearchFilters.Value(id: pair[0], label: pair[1], documents: try SearchIndexCodec.decodeDocumentSet(encoded[pair[0]] ?? "l"))
            }
        }
        return SearchIndex(
            cards: cards, postings: postings, words: words, sounds: sounds,
            synonymGroups: manifest["synonyms"] as? [[[String]]] ?? [],
            filters: SearchFilters(ages: try values("ages"), topics: try values("topics"),
                                   municipalities: try values("municipalities")))
    }

    /// The JSON inside `huisZoekindex("<name>",<JSON>);`.
    public static func unwrap(_ bytes: [UInt8], name: String) throws -> [UInt8] {
        let prefix = Array("\(SearchIndexFiles.callback)(\"\(name)\",".utf8)
        let suffix = Array(");\n".utf8)
        guard bytes.count >= prefix.count + suffix.count, Array(bytes.prefix(prefix.count)) == prefix,
              Array(bytes.suffix(suffix.count)) == suffix else {
            throw FormatError(description: "\(name) is not wrapped in \(SearchIndexFiles.callback)(\"\(name)\",…);")
        }
        return Array(bytes[prefix.count..<(bytes.count - suffix.count)])
    }

    private static func object(_ json: [UInt8]) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            throw FormatError(description: "not a JSON object")
        }
        return object
    }

    private static func card(_ json: [String: Any]) throws -> SearchResultCard {
        guard let kindName = json["k"] as? String, let kind = SearchDocument.Kind(rawValue: kindName),
              let title = json["t"] as? String, let path = json["u"] as? String else {
            throw FormatError(description: "a result card lacks its kind, title or link")
        }
        return SearchResultCard(kind: kind, title: title, path: path, summary: json["s"] as? String, meta: json["m"] as? String,
                                ages: json["a"] as? [String] ?? [], topics: json["o"] as? [String] ?? [],
                                municipalities: json["g"] as? [String] ?? [])
    }
}

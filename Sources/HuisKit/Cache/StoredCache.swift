import Foundation

/// The cache the last build left, read part by part when first asked for:
/// the bodies of one shard when a body of that shard is looked up, the
/// analyses of a region when that region's search index is built. Lookups
/// come from many threads; each part is read once, and different parts are
/// read side by side.
final class StoredCache: @unchecked Sendable {
    let folder: String
    let program: String
    private let lock = NSLock()
    private var bodies: [Int: LazyPart<[String: BuildCache.Body]>] = [:]
    private var partners: [Int: LazyPart<[String: BuildCache.PartnerEntry]>] = [:]
    private var analyses: [String: LazyPart<[String: SearchIndexBuilder.Analysis]>] = [:]
    /// The digest of every part read so far that could be used (see `CachePart`).
    private var usable: [String: String] = [:]

    init(folder: String, program: String) {
        self.folder = folder
        self.program = program
    }

    func body(_ path: String) -> BuildCache.Body? {
        bodyPart(CachePart.shard(path, of: BuildCache.bodyShards))[path]
    }

    func partner(_ path: String) -> BuildCache.PartnerEntry? {
        partnerPart(CachePart.shard(path, of: BuildCache.partnerShards))[path]
    }

    /// Reads every part of bodies, or of partners, side by side. A build
    /// that looks up every one of them would otherwise have its threads
    /// wait on each other: each asks for parts in its own order, and a part
    /// is read by the first thread that needs it while the others wait.
    func readAllBodies() {
        _ = Array(0..<BuildCache.bodyShards).parallelMap { bodyPart($0).count }
    }

    func readAllPartners() {
        _ = Array(0..<BuildCache.partnerShards).parallelMap { partnerPart($0).count }
    }

    private func bodyPart(_ shard: Int) -> [String: BuildCache.Body] {
        part(\.bodies, shard).value { entries(BuildCache.bodiesPart(shard), decode: BuildCache.decodeBodies) }
    }

    private func partnerPart(_ shard: Int) -> [String: BuildCache.PartnerEntry] {
        part(\.partners, shard).value { entries(BuildCache.partnersPart(shard), decode: BuildCache.decodePartners) }
    }

    /// The lazily read part under `key` in one of the tables, made on first use.
    private func part<Key, Value>(_ table: ReferenceWritableKeyPath<StoredCache, [Key: LazyPart<Value>]>, _ key: Key) -> LazyPart<Value> {
        lock.withLock {
            if let part = self[keyPath: table][key] { return part }
            let part = LazyPart<Value>()
            self[keyPath: table][key] = part
            return part
        }
    }

    /// The analyses of a region's documents, by document key.
    func analyses(region: String) -> [String: SearchIndexBuilder.Analysis] {
        let parts = (0..<BuildCache.analysisShards).map { shard in
            let name = BuildCache.analysesPart(region: region, shard: shard)
            return (name, part(\.analyses, name))
        }
        let values = parts.parallelMap { name, part in part.value { entries(name, decode: BuildCache.decodeAnalyses) } }
        var all: [String: SearchIndexBuilder.Analysis] = [:]
        all.reserveCapacity(values.reduce(0) { $0 + $1.count })
        for value in values { all.merge(value) { a, _ in a } }
        return all
    }

    /// The page keys and the manifest hash they were recorded with.
    func pages() -> (pages: [String: String], manifest: String) {
        read(BuildCache.pagesPart, decode: BuildCache.decodePages) ?? ([:], "")
    }

    /// The digests of the parts read so far that could be used, by name.
    func digests() -> [String: String] {
        lock.withLock { usable }
    }

    /// Reads a part; nil (as if the part were empty) when it cannot be used.
    private func read<T>(_ name: String, decode: (inout BinaryReader) throws(CacheError) -> T) -> T? {
        switch CachePart.read(folder + "/" + name, name: name, program: program) {
        case .missing:
            lock.withLock { usable[name] = CachePart.emptyDigest }
            return nil
        case .unusable:
            return nil
        case .payload(let digest, var reader):
            guard let value = try? decode(&reader), reader.isAtEnd else { return nil }
            lock.withLock { usable[name] = digest }
            return value
        }
    }

    private func entries<Key, Value>(_ name: String, decode: (inout BinaryReader) throws(CacheError) -> [Key: Value]) -> [Key: Value] {
        read(name, decode: decode) ?? [:]
    }
}

/// A value made once, on first use, whichever thread asks first.
final class LazyPart<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

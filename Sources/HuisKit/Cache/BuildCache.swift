import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work a build can take over from the build before, so a rebuild after a
/// small change does not redo everything:
/// - decoded partners with their findings, by a key made of the file's bytes
///   and everything decoding it depends on;
/// - rendered Markdown bodies with their lint findings, by a key made of the
///   body's text and everything its links depend on;
/// - search analyses, by a key made of the document's text;
/// - the key of every page made from one content file, so an unchanged page
///   is not rendered again.
///
/// Every key is a hash of the inputs themselves (not of file times), so a
/// stale entry can never be used: at worst an entry is not found and the
/// work is done again. The cache lives beside the output, in the folder
/// `<out>.huis-cache`, split into parts (see `CachePart`): the partners and
/// the bodies in shards by path, the analyses by region and shards of document keys, and
/// the page keys. A rebuild reads a part when it first needs it and writes
/// only the parts whose entries changed. Parts written by another build of
/// huis, or damaged, are ignored.
public struct BuildCache: Sendable {
    static let formatVersion = 3
    static let bodyShards = 32
    static let partnerShards = 32
    static let analysisShards = 8

    /// A rendered body with its key and lint findings. Entries are classes:
    /// ten thousand of them pass from the cache to the model and to the next
    /// cache, and copying a reference is one retain where copying the value
    /// is one for every field.
    final class Body: Sendable {
        let key: String
        let rendered: RenderedMarkdown
        let lint: [Diagnostic]

        init(key: String, rendered: RenderedMarkdown, lint: [Diagnostic]) {
            self.key = key
            self.rendered = rendered
            self.lint = lint
        }
    }

    /// What reading one partner file gave: the partner, the findings in the
    /// file (decoding and `lint:`) and the lint rules it silences.
    final class PartnerEntry: Sendable {
        let key: String
        let partner: Partner
        let diagnostics: [Diagnostic]
        let lintIgnores: [String]

        init(key: String, partner: Partner, diagnostics: [Diagnostic], lintIgnores: [String]) {
            self.key = key
            self.partner = partner
            self.diagnostics = diagnostics
            self.lintIgnores = lintIgnores
        }
    }

    /// The huis program that wrote the cache; another program means no cache.
    var program: String
    /// This build's partners, by content path, for the next build.
    var partners: [String: PartnerEntry] = [:]
    /// This build's bodies, by the body's content path, for the next build.
    var bodies: [String: Body] = [:]
    /// This build's analyses, by region and document key, for the next build.
    var analyses: [String: [String: SearchIndexBuilder.Analysis]] = [:]
    /// Regions whose analyses stay as the last build left them (a build of
    /// some regions only).
    var keptAnalyses: Set<String> = []
    /// Output path → page key: the last build's when loaded, this build's
    /// when saved. Only valid for the output they were recorded with (its
    /// manifest's hash), unlike the rest, which is content-addressed.
    var pages: [String: String] = [:]
    var outputManifest = ""
    /// The last build's parts; nil for an empty cache.
    private let stored: StoredCache?

    init(program: String) {
        self.program = program
        stored = nil
    }

    private init(program: String, stored: StoredCache) {
        self.program = program
        self.stored = stored
    }

    static func folder(for output: URL) -> URL {
        let live = output.standardizedFileURL
        return live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-cache")
    }

    static func bodiesPart(_ shard: Int) -> String { "bodies-\(shard)" }
    static func partnersPart(_ shard: Int) -> String { "partners-\(shard)" }
    static func analysesPart(region: String, shard: Int) -> String { "analyses-\(region)-\(shard)" }
    static let pagesPart = "pages"

    /// The cache left by the last build. Only the page keys are read now, and
    /// dropped unless the live output is the one they were recorded for; the
    /// rest is read when asked for.
    static func load(for output: URL, program: String) -> BuildCache {
        let stored = StoredCache(folder: folder(for: output).path, program: program)
        var cache = BuildCache(program: program, stored: stored)
        let (pages, manifest) = stored.pages()
        if !pages.isEmpty, BuildState.manifestHash(in: output) == manifest {
            cache.pages = pages
            cache.outputManifest = manifest
        }
        return cache
    }

    /// The last build's body of the file at `path`, if it kept one.
    func body(for path: String) -> Body? {
        stored?.body(path)
    }

    /// The last build's reading of the partner file at `path`, if it kept one.
    func partner(for path: String) -> PartnerEntry? {
        stored?.partner(path)
    }

    /// Reads all the bodies the last build kept, on all cores, before a
    /// stage that looks every one of them up (see `StoredCache.readAllBodies`).
    func readAllBodies() {
        stored?.readAllBodies()
    }

    /// Reads all the partners the last build kept, on all cores.
    func readAllPartners() {
        stored?.readAllPartners()
    }

    /// The last build's analyses of a region's documents, by document key.
    func analyses(region: String) -> [String: SearchIndexBuilder.Analysis] {
        stored?.analyses(region: region) ?? [:]
    }

    /// Writes the parts whose entries differ from those `previous` read, on
    /// all cores, and removes parts that are no longer wanted.
    func save(for output: URL, replacing previous: BuildCache? = nil) throws {
        let folder = Self.folder(for: output).path
        var info = stat()
        if lstat(folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { try OutputTree.remove(folder) }  // an older huis's single file
        if mkdir(folder, 0o755) != 0, errno != EEXIST { throw OutputError.cannotWrite(folder, errno) }

        let parts = plannedParts()
        let known = previous?.stored?.digests() ?? [:]
        let program = self.program
        // Digests (and the encoding of changed parts) are worked out on all cores.
        let failures = parts.parallelMap { part -> OutputError? in
            let (digest, encode) = part.prepare()
            guard known[part.name] != digest else { return nil }
            let path = folder + "/" + part.name
            do {
                if part.isEmpty { try OutputTree.remove(path) } else {
                    try CachePart.write(path, name: part.name, program: program, digest: digest, payload: encode())
                }
                return nil
            } catch {
                return error as? OutputError ?? .cannotWrite(path, EIO)
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }

        let wanted = Set(parts.map(\.name))
        let kept = keptAnalyses.map { "analyses-\($0)-" }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where !wanted.contains(name) && !kept.contains(where: { name.hasPrefix($0) && !name.hasSuffix(".tmp") }) {
            try OutputTree.remove(folder + "/" + name)
        }
    }

    /// A part to write: its name, and (when prepared, on any core) the
    /// digest of its entries and how to encode them (only done when the part
    /// changed).
    private struct PlannedPart: Sendable {
        let name: String
        let isEmpty: Bool
        let prepare: @Sendable () -> (digest: String, encode: @Sendable () -> [UInt8])
    }

    private func plannedParts() -> [PlannedPart] {
        var parts: [PlannedPart] = []
        var shards = [[String]](repeating: [], count: Self.bodyShards)
        for path in bodies.keys { shards[CachePart.shard(path, of: Self.bodyShards)].append(path) }
        let bodies = self.bodies
        for (shard, paths) in shards.enumerated() {
            parts.append(PlannedPart(name: Self.bodiesPart(shard), isEmpty: paths.isEmpty) {
                (CachePart.digest(paths.lazy.map { ($0, bodies[$0]!.key) }), { Self.encodeBodies(paths.sorted().map { ($0, bodies[$0]!) }) })
            })
        }
        var partnerShards = [[String]](repeating: [], count: Self.partnerShards)
        for path in partners.keys { partnerShards[CachePart.shard(path, of: Self.partnerShards)].append(path) }
        let partners = self.partners
        for (shard, paths) in partnerShards.enumerated() {
            parts.append(PlannedPart(name: Self.partnersPart(shard), isEmpty: paths.isEmpty) {
                (CachePart.digest(paths.lazy.map { ($0, partners[$0]!.key) }), { Self.encodePartners(paths.sorted().map { ($0, partners[$0]!) }) })
            })
        }
        for (region, byKey) in analyses where !keptAnalyses.contains(region) {
            var shards = [[String]](repeating: [], count: Self.analysisShards)
            for key in byKey.keys { shards[CachePart.shard(key, of: Self.analysisShards)].append(key) }
            for (shard, keys) in shards.enumerated() {
                parts.append(PlannedPart(name: Self.analysesPart(region: region, shard: shard), isEmpty: keys.isEmpty) {
                    (CachePart.digest(keys.lazy.map { ($0, "") }), { Self.encodeAnalyses(keys.sorted().map { ($0, byKey[$0]!) }) })
                })
            }
        }
        let pages = self.pages, manifest = outputManifest
        parts.append(PlannedPart(name: Self.pagesPart, isEmpty: false) {
            // The manifest's entry has a name no page can have.
            (CachePart.digest(pages.lazy.map { ($0.key, $0.value) } + [("\u{0}manifest", manifest)]),
             { Self.encodePages(pages.sorted { $0.key < $1.key }, manifest: manifest) })
        })
        return parts
    }

    /// A key from several parts, without joining them (see ``KeyDigest``).
    static func key(_ parts: [String]) -> String {
        KeyDigest(parts).key
    }
}

import Foundation

/// Work a build can take over from the build before, so a rebuild after a
/// small change does not redo everything:
/// - rendered Markdown bodies with their lint findings, by a key made of the
///   body's text and everything its links depend on;
/// - search analyses, by a key made of the document's text;
/// - the key of every page made from one content file, so an unchanged page
///   is not rendered again.
///
/// Every key is a hash of the inputs themselves (not of file times), so a
/// stale entry can never be used: at worst an entry is not found and the
/// work is done again. The cache lives beside the output, in
/// `<out>.huis-cache`, and is ignored when it was written by another build
/// of huis.
public struct BuildCache: Sendable {
    static let formatVersion = 2

    struct Body: Sendable {
        let key: String
        let rendered: RenderedMarkdown
        let lint: [Diagnostic]
    }

    /// The huis program that wrote the cache; another program means no cache.
    var program: String
    /// By the body's content path.
    var bodies: [String: Body] = [:]
    /// By document key.
    var analyses: [String: SearchIndexBuilder.Analysis] = [:]
    /// Output path → page key. Only valid for the output they were recorded
    /// with (its manifest's hash), unlike the rest, which is content-addressed.
    var pages: [String: String] = [:]
    var outputManifest = ""

    init(program: String) {
        self.program = program
    }

    static func file(for output: URL) -> URL {
        let live = output.standardizedFileURL
        return live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-cache")
    }

    /// The cache left by the last build, or an empty one. The page keys are
    /// dropped unless the live output is the one they were recorded for.
    static func load(for output: URL, program: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: file(for: output).path) else { return BuildCache(program: program) }
        var reader = BinaryReader(Array(data))
        do {
            guard try reader.readString() == "huis-cache", try reader.readInt() == formatVersion,
                  try reader.readString() == program else { return BuildCache(program: program) }
            var cache = BuildCache(program: program)
            cache.outputManifest = try reader.readString()
            for _ in 0..<(try reader.readCount()) {
                let path = try reader.readString()
                cache.bodies[path] = Body(key: try reader.readString(), rendered: try reader.read(), lint: try reader.readArray())
            }
            for _ in 0..<(try reader.readCount()) {
                let key = try reader.readString()
                cache.analyses[key] = try reader.read(SearchIndexBuilder.Analysis.self)
            }
            for _ in 0..<(try reader.readCount()) {
                let path = try reader.readString()
                cache.pages[path] = try reader.readString()
            }
            if BuildState.manifestHash(in: output) != cache.outputManifest { cache.pages = [:] }
            return cache
        } catch {
            return BuildCache(program: program)
        }
    }

    /// Written to a temporary file and renamed into place. On a large site
    /// the cache is tens of megabytes: its sections are encoded on all cores
    /// and joined in a fixed order.
    func save(for output: URL) throws {
        var writer = BinaryWriter()
        writer.write("huis-cache")
        writer.write(Self.formatVersion)
        writer.write(program)
        writer.write(outputManifest)
        let bodies = self.bodies, analyses = self.analyses, pages = self.pages
        let sections: [[UInt8]] = [
            Self.encode(bodies.keys.sorted()) { writer, path in
                let body = bodies[path]!
                writer.write(path)
                writer.write(body.key)
                writer.write(body.rendered)
                writer.write(body.lint)
            },
            Self.encode(analyses.keys.sorted()) { writer, key in
                writer.write(key)
                writer.write(analyses[key]!)
            },
            Self.encode(pages.keys.sorted()) { writer, path in
                writer.write(path)
                writer.write(pages[path]!)
            },
        ]
        var bytes = writer.bytes
        bytes.reserveCapacity(bytes.count + sections.reduce(0) { $0 + $1.count })
        for section in sections { bytes += section }
        let target = Self.file(for: output).path
        try OutputTree.writeNew(target + ".tmp", bytes)
        guard rename(target + ".tmp", target) == 0 else { throw OutputError.cannotWrite(target, errno) }
    }

    /// The count of `keys`, then each entry as `entry` writes it.
    private static func encode(_ keys: [String], _ entry: @Sendable @escaping (inout BinaryWriter, String) -> Void) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt64(keys.count))
        let parts = max(1, min(keys.count, ParallelWork.cores * 4))
        let encoded = Array(0..<parts).parallelMap { part -> [UInt8] in
            var writer = BinaryWriter()
            for key in keys[(keys.count * part / parts)..<(keys.count * (part + 1) / parts)] { entry(&writer, key) }
            return writer.bytes
        }
        var bytes = writer.bytes
        for part in encoded { bytes += part }
        return bytes
    }

    /// A key from several parts (separated, so "ab"+"c" and "a"+"bc" differ).
    static func key(_ parts: [String]) -> String {
        ContentHash.hex(utf8: parts.joined(separator: "\u{1F}"))
    }
}

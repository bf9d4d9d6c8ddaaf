/// The payload of each kind of cache part: a count, then the entries in the
/// order given (sorted by key, so the same entries give the same bytes).
/// Field order is the format: change it and bump `BuildCache.formatVersion`.
extension BuildCache {
    static func encodeBodies(_ entries: [(path: String, body: Body)]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt64(entries.count))
        for (path, body) in entries {
            writer.write(path)
            writer.write(body.key)
            writer.write(body.rendered)
            writer.write(body.lint)
        }
        return writer.bytes
    }

    static func decodeBodies(_ reader: inout BinaryReader) throws(CacheError) -> [String: Body] {
        let count = try reader.readCount()
        var bodies: [String: Body] = [:]
        bodies.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.readString()
            bodies[path] = Body(key: try reader.readString(), rendered: try reader.read(), lint: try reader.readArray())
        }
        return bodies
    }

    static func encodePartners(_ entries: [(path: String, entry: PartnerEntry)]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt64(entries.count))
        for (path, entry) in entries {
            writer.write(path)
            writer.write(entry.key)
            writer.write(entry.partner)
            writer.write(entry.diagnostics)
            writer.write(entry.lintIgnores)
        }
        return writer.bytes
    }

    static func decodePartners(_ reader: inout BinaryReader) throws(CacheError) -> [String: PartnerEntry] {
        let count = try reader.readCount()
        var partners: [String: PartnerEntry] = [:]
        partners.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.readString()
            partners[path] = PartnerEntry(key: try reader.readString(), partner: try reader.read(), diagnostics: try reader.readArray(),
                                          lintIgnores: try reader.readStrings())
        }
        return partners
    }

    static func encodeAnalyses(_ entries: [(key: String, analysis: SearchIndexBuilder.Analysis)]) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt64(entries.count))
        for (key, analysis) in entries {
            writer.write(key)
            writer.write(analysis)
        }
        return writer.bytes
    }

    static func decodeAnalyses(_ reader: inout BinaryReader) throws(CacheError) -> [String: SearchIndexBuilder.Analysis] {
        let count = try reader.readCount()
        var analyses: [String: SearchIndexBuilder.Analysis] = [:]
        analyses.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.readString()
            analyses[key] = try reader.read(SearchIndexBuilder.Analysis.self)
        }
        return analyses
    }

    static func encodePages(_ entries: [(key: String, value: String)], manifest: String) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(manifest)
        writer.write(UInt64(entries.count))
        for (path, key) in entries {
            writer.write(path)
            writer.write(key)
        }
        return writer.bytes
    }

    static func decodePages(_ reader: inout BinaryReader) throws(CacheError) -> (pages: [String: String], manifest: String) {
        let manifest = try reader.readString()
        let count = try reader.readCount()
        var pages: [String: String] = [:]
        pages.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.readString()
            pages[path] = try reader.readString()
        }
        return (pages, manifest)
    }
}

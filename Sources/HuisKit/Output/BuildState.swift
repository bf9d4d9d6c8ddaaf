import Foundation

/// What the last successful build read and made, kept beside the output in
/// `<out>.huis-state.json` (not in it: the output must be byte-identical for
/// the same inputs, and this record holds paths and file times).
///
/// A rebuild whose inputs have the same fingerprint, at a moment inside the
/// same publication window, over the output this record describes (checked
/// by the manifest's hash), has nothing to do.
public struct BuildState: Sendable, Equatable {
    public var inputs: String
    public var validFrom: LocalDateTime?
    public var validUntil: LocalDateTime?
    /// The hash of the live output's manifest when this record was written.
    public var manifestHash: String
    public var pages: Int
    public var regions: Int
    public var warnings: Int

    static func file(for output: URL) -> URL {
        let live = output.standardizedFileURL
        return live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-state.json")
    }

    public static func load(for output: URL) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: file(for: output).path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let inputs = object["inputs"] as? String, let manifestHash = object["manifest"] as? String else { return nil }
        return BuildState(
            inputs: inputs,
            validFrom: (object["valid_from"] as? String).flatMap(LocalDateTime.init(iso:)),
            validUntil: (object["valid_until"] as? String).flatMap(LocalDateTime.init(iso:)),
            manifestHash: manifestHash,
            pages: object["pages"] as? Int ?? 0, regions: object["regions"] as? Int ?? 0, warnings: object["warnings"] as? Int ?? 0)
    }

    /// Written to a temporary file and renamed, so a killed build leaves the
    /// old record or the new one.
    public func save(for output: URL) throws {
        let object: JSONValue = .object(dropping: [
            "inputs": .string(inputs), "manifest": .string(manifestHash),
            "valid_from": validFrom.map { .string($0.description) },
            "valid_until": validUntil.map { .string($0.description) },
            "pages": .int(pages), "regions": .int(regions), "warnings": .int(warnings),
        ])
        let target = Self.file(for: output).path
        try OutputTree.writeNew(target + ".tmp", Array(object.serialized(.prettyFile).utf8))
        guard rename(target + ".tmp", target) == 0 else { throw OutputError.cannotWrite(target, errno) }
    }

    /// The hash of the manifest in a live output, or nil without one (a
    /// key, read by every build: XXH64).
    public static func manifestHash(in output: URL) -> String? {
        FileManager.default.contents(atPath: output.appendingPathComponent(OutputManifest.fileName).path).map { ContentHash.key($0) }
    }
}

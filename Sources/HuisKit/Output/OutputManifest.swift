import Foundation

/// The record, kept in the output folder, of every file huis wrote there: its
/// size and hash. Files that are not in it belong to someone else (a host's
/// `.htaccess` or `CNAME`) and are never changed or removed.
public struct OutputManifest: Sendable, Equatable {
    public static let fileName = ".huis-manifest.json"

    public struct Entry: Sendable, Equatable {
        public var size: Int
        public var hash: String
    }

    public var files: [String: Entry] = [:]

    public init() {}

    public static func load(from folder: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [String: [String: Any]] else { return nil }
        var manifest = OutputManifest()
        for (path, entry) in files {
            guard let size = entry["size"] as? Int, let hash = entry["hash"] as? String else { continue }
            manifest.files[path] = Entry(size: size, hash: hash)
        }
        return manifest
    }

    /// JSON with sorted keys, so the manifest itself is deterministic.
    public func encoded() -> Data {
        let files = self.files.mapValues { JSONValue.object(["size": .int($0.size), "hash": .string($0.hash)]) }
        let object: JSONValue = ["generator": "huis", "version": 1, "files": .object(files)]
        return Data(object.serialized(.prettyFile).utf8)
    }
}

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

    /// Every build reads the manifest and most write one, with an entry per
    /// file of the site: the form huis writes is read directly, anything else
    /// (an older or hand-edited manifest) through a general JSON parser.
    public static func load(from folder: URL) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        let scanned = data.withUnsafeBytes { raw -> OutputManifest? in
            var scanner = ManifestScanner(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.manifest()
        }
        if let scanned { return scanned }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [String: [String: Any]] else { return nil }
        var manifest = OutputManifest()
        for (path, entry) in files {
            guard let size = entry["size"] as? Int, let hash = entry["hash"] as? String else { continue }
            manifest.files[path] = Entry(size: size, hash: hash)
        }
        return manifest
    }

    /// Pretty JSON with sorted keys, so the manifest itself is deterministic;
    /// the same bytes as `JSONValue`'s `.prettyFile` form of
    /// `{"files": {path: {"hash", "size"}}, "generator": "huis", "version": 1}`,
    /// written without building that value.
    public func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(files.count * 110 + 64)
        out.append(contentsOf: "{\n  \"files\": {".utf8)
        // Sorted by UTF-8 bytes, as JSONValue sorts keys; comparing byte
        // arrays with memcmp is many times faster than walking UTF-8 views.
        let paths = files.keys.map { (bytes: Array($0.utf8), path: $0) }.sorted { a, b in
            let common = min(a.bytes.count, b.bytes.count)
            let order = common == 0 ? 0 : a.bytes.withUnsafeBytes { x in b.bytes.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, common) } }
            return order != 0 ? order < 0 : a.bytes.count < b.bytes.count
        }.map(\.path)
        for (index, path) in paths.enumerated() {
            let entry = files[path]!
            out.append(contentsOf: (index == 0 ? "\n    " : ",\n    ").utf8)
            JSONValue.writeString(path, to: &out, htmlSafe: false)
            out.append(contentsOf: ": {\n      \"hash\": ".utf8)
            JSONValue.writeString(entry.hash, to: &out, htmlSafe: false)
            out.append(contentsOf: ",\n      \"size\": ".utf8)
            out.append(contentsOf: String(entry.size).utf8)
            out.append(contentsOf: "\n    }".utf8)
        }
        if !paths.isEmpty { out.append(contentsOf: "\n  ".utf8) }
        out.append(contentsOf: "},\n  \"generator\": \"huis\",\n  \"version\": 1\n}\n".utf8)
        return Data(out)
    }
}

/// Reads a manifest in exactly the form `OutputManifest.encoded` writes, or
/// gives up (nil) at the first difference.
private struct ManifestScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func manifest() -> OutputManifest? {
        var manifest = OutputManifest()
        guard expect("{\n  \"files\": {") else { return nil }
        if !expect("}") {
            repeat {
                guard expect("\n    "), let path = string(), expect(": {\n      \"hash\": "), let hash = string(),
                      expect(",\n      \"size\": "), let size = number(), expect("\n    }") else { return nil }
                manifest.files[path] = OutputManifest.Entry(size: size, hash: hash)
            } while expect(",")
            guard expect("\n  }") else { return nil }
        }
        guard expect(",\n  \"generator\": \"huis\",\n  \"version\": 1\n}\n"), offset == bytes.count else { return nil }
        return manifest
    }

    private mutating func expect(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for i in 0..<count where bytes[offset + i] != text.utf8Start[i] { return false }
        offset += count
        return true
    }

    /// A string without escapes (any escape: give up).
    private mutating func string() -> String? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
        let start = offset + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        offset = end + 1
        return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private mutating func number() -> Int? {
        var value = 0, digits = 0
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9"), digits < 18 {
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }
}

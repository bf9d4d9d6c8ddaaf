/// A file the build writes, with its path relative to the output folder it
/// belongs to (a region's `public/<region-id>/`, or `public/` for network files).
public struct GeneratedFile: Hashable, Sendable {
    public let path: String
    /// The bytes to write: UTF-8, no byte order mark. The writers make bytes
    /// (a region's sitemap and calendars are rewritten on every build), so
    /// the build writes them without a round trip through `String`.
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// The file as text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// A file the build writes, with its path relative to the output folder it
/// belongs to (a region's `public/<region-id>/`, or `public/` for network files).
public struct GeneratedFile: Hashable, Sendable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// The bytes to write: UTF-8, no byte order mark.
    public var bytes: [UInt8] { Array(contents.utf8) }
}

/// An absolute `http` or `https` address.
public struct WebURL: Hashable, Sendable, CustomStringConvertible {
    public let absoluteString: String

    public init?(_ text: String) {
        let s = text.trimmingSpaces
        let rest: Substring
        if Self.hasPrefix(s, "https://") { rest = s.dropFirst(8) }
        else if Self.hasPrefix(s, "http://") { rest = s.dropFirst(7) }
        else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              !s.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        absoluteString = s
    }

    /// A case-insensitive ASCII prefix check without lower-casing the whole text.
    private static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var value = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = value.next(), (byte >= 65 && byte <= 90 ? byte + 32 : byte) == expected else { return false }
        }
        return true
    }

    /// The address with exactly one trailing slash, for joining paths.
    public var withTrailingSlash: String {
        absoluteString.hasSuffix("/") ? absoluteString : absoluteString + "/"
    }

    public var description: String { absoluteString }
}

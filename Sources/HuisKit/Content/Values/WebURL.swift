/// An absolute `http` or `https` address.
public struct WebURL: Hashable, Sendable, CustomStringConvertible {
    public let absoluteString: String

    public init?(_ text: String) {
        let s = text.trimmingSpaces
        let lower = s.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = s.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = s.dropFirst(7) }
        else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
              !s.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        absoluteString = s
    }

    /// The address with exactly one trailing slash, for joining paths.
    public var withTrailingSlash: String {
        absoluteString.hasSuffix("/") ? absoluteString : absoluteString + "/"
    }

    public var description: String { absoluteString }
}

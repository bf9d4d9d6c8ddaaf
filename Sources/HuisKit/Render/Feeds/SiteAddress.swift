/// A region's public address (`base_url`), for the few places that need
/// absolute URLs: canonical links, sitemap, feeds, calendars, structured data.
public struct SiteAddress: Hashable, Sendable {
    /// The base URL with exactly one trailing slash.
    public let base: String

    public init(_ url: WebURL) {
        // Control characters can only come from a quoted scalar; encoding them
        // keeps every output line-safe (robots.txt, calendars).
        let text = url.withTrailingSlash
        // Built for every page and feed entry: take the text as it is unless
        // it has something to encode.
        guard text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else {
            self.base = text
            return
        }
        var base = ""
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F {
                base += "%" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                base.unicodeScalars.append(scalar)
            }
        }
        self.base = base
    }

    /// Nil when the region has no `base_url`.
    public init?(_ url: WebURL?) {
        guard let url else { return nil }
        self.init(url)
    }

    /// The absolute URL of a path inside the region (`partners/caw/`, `feed.xml`).
    /// A trailing `index.html` is dropped: canonical page URLs are clean folders.
    /// Characters that may not appear in a URL path are percent-encoded.
    public func absolute(_ path: String) -> String {
        base + SiteAddress.encodePath(SiteAddress.canonicalPath(path))
    }

    /// The host name in lower case (`zuiderkempen.example`), for calendar UIDs.
    public var host: String {
        var rest = Substring(base)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let host = authority.prefix { $0 != ":" }
        return host.lowercased()
    }

    /// `partners/caw/index.html` → `partners/caw/`; `index.html` → ``.
    public static func canonicalPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("/") { path.removeFirst() }
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return path
    }

    static func encodePath(_ path: String) -> String {
        guard path.utf8.contains(where: { !isAllowedInPath($0) }) else { return path }
        var out = ""
        for byte in path.utf8 {
            if isAllowedInPath(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// RFC 3986 `pchar` plus `/`, and `%` so already-encoded paths stay as they are.
    static func isAllowedInPath(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"),
             UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
             UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

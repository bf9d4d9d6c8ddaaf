/// Where things live inside a region's output folder, with Dutch URL words.
/// Every page is a folder with an `index.html`; paths here are folders ending
/// in `/` (the home page is the empty path).
public enum SitePath {
    public static let home = ""
    public static func partner(_ slug: String) -> String { "partners/\(slug)/" }
    public static let partners = "partners/"
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static func news(_ slug: String) -> String { "nieuws/\(slug)/" }
    public static let newsIndex = "nieuws/"
    public static func event(_ slug: String) -> String { "activiteiten/\(slug)/" }
    public static let events = "activiteiten/"
    public static let eventArchive = "activiteiten/archief/"
    public static let contact = "contact/"
    public static func age(_ id: String) -> String { "leeftijd/\(id)/" }
    public static func topic(_ id: String) -> String { "thema/\(id)/" }
    public static func municipality(_ name: String) -> String { "gemeente/\(Slug.make(from: name))/" }
    public static let search = "zoeken/"
    public static let accessibility = "toegankelijkheid/"
    public static let files = "files/"
    public static let assets = "assets/"

    /// The href from the page in folder `from` to `to` (both relative to the
    /// same root). Folders get an explicit `index.html`, so links also work
    /// when the site is opened from disk (`file://`), where a folder URL would
    /// show a directory listing instead of the page.
    public static func relative(from: String, to target: String, fragment: String? = nil) -> String {
        if let fromParts = PathComponents(from), let toParts = PathComponents(target) {
            return relative(from: fromParts, to: toParts, fragment: fragment)
        }
        return relativeByCharacters(from: from, to: target, fragment: fragment)
    }

    /// The same for any text: split by Character, as Swift compares text.
    static func relativeByCharacters(from: String, to target: String, fragment: String? = nil) -> String {
        let fromParts = from.split(separator: "/")
        var toParts = target.split(separator: "/")
        let isFolder = target.isEmpty || target.hasSuffix("/")
        var common = 0
        while common < fromParts.count, common < toParts.count - (isFolder ? 0 : 1),
              fromParts[common] == toParts[common] {
            common += 1
        }
        toParts.removeFirst(common)
        var href = String(repeating: "../", count: fromParts.count - common) + toParts.joined(separator: "/")
        if isFolder { href += (toParts.isEmpty ? "" : "/") + "index.html" }
        if let fragment, !fragment.isEmpty { href += "#" + fragment }
        return href
    }

    /// `relative(from:to:fragment:)` for ASCII paths, on their bytes.
    private static func relative(from: PathComponents, to target: PathComponents, fragment: String?) -> String {
        let isFolder = target.bytes.isEmpty || target.bytes.last == UInt8(ascii: "/")
        var common = 0
        while common < from.count, common < target.count - (isFolder ? 0 : 1), from.part(common, equals: target, common) {
            common += 1
        }
        var href: [UInt8] = []
        href.reserveCapacity(3 * (from.count - common) + target.bytes.count + 16)
        for _ in common..<from.count { href.append(contentsOf: "../".utf8) }
        target.append(common..<target.count, to: &href)
        if isFolder {
            if target.count > common { href.append(UInt8(ascii: "/")) }
            href.append(contentsOf: "index.html".utf8)
        }
        if let fragment, !fragment.isEmpty {
            href.append(UInt8(ascii: "#"))
            href.append(contentsOf: fragment.utf8)
        }
        return String(decoding: href, as: UTF8.self)
    }
}

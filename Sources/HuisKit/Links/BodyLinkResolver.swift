import Foundation

/// Resolves the links and images of one Markdown body.
///
/// - Full URLs (`https:`, `mailto:`, `tel:` …) and `#anchors` stay as written.
/// - Paths to `.md` files become relative links to the target page.
/// - Paths to files in a `files/` folder become relative links to the copy.
/// - Anything else is reported as broken, with a suggestion.
public struct BodyLinkResolver: Sendable {
    let index: ContentIndex
    /// The Markdown file, relative to the content folder.
    let sourcePath: String
    /// The folder of the page the body is shown on, from the public root
    /// (`ranst/partners/caw/`, or `@region/partners/caw/` for a network partner).
    let pageFolder: String
    /// The region the page belongs to; nil for network partners and site.md.
    let region: String?
    /// For a network partner's body: the regions it is published in.
    let publishedIn: [String]?

    public init(index: ContentIndex, sourcePath: String, pageFolder: String, region: String?, publishedIn: [String]? = nil) {
        self.index = index
        self.sourcePath = sourcePath
        self.pageFolder = pageFolder
        self.region = region
        self.publishedIn = publishedIn
    }

    public func resolveLink(_ destination: String) -> LinkResolution { resolve(destination, image: false) }
    public func resolveImage(_ destination: String) -> LinkResolution { resolve(destination, image: true) }

    private func resolve(_ destination: String, image: Bool) -> LinkResolution {
        if destination.isEmpty || destination.hasPrefix("#") || Self.hasScheme(destination) { return .keep }
        if destination.hasPrefix("//") {
            return .broken(message: "the link '\(destination)' has no https: in front",
                           hint: "Write the full address: https:\(destination)")
        }
        // Links are nearly always ASCII: then their bytes answer the questions
        // below exactly as Characters would, at a fraction of the cost.
        let ascii = Self.isASCII(destination)
        var pathPart = Substring(destination)
        var fragment: String?
        if let hash = ascii ? pathPart.utf8.firstIndex(of: UInt8(ascii: "#")) : pathPart.firstIndex(of: "#") {
            fragment = String(pathPart[pathPart.index(after: hash)...])
            pathPart = pathPart[..<hash]
        }
        if let query = ascii ? pathPart.utf8.firstIndex(of: UInt8(ascii: "?")) : pathPart.firstIndex(of: "?") {
            pathPart = pathPart[..<query]
        }
        // Foundation's decoding is costly; most links have nothing to decode.
        let encoded = ascii ? pathPart.utf8.contains(UInt8(ascii: "%")) : pathPart.contains("%")
        let decoded = encoded ? (String(pathPart).removingPercentEncoding ?? String(pathPart)) : String(pathPart)
        let looksLikeWebsite = decoded.hasPrefix("www.") || (!Self.contains(decoded, "/") && !decoded.hasSuffix(".md")
            && Self.contains(decoded, ".") && !index.files.contains(decoded))
        guard let path = Self.join(folder: folder(of: sourcePath), decoded) else {
            return .broken(message: "the link '\(destination)' points outside the content folder", hint: "Link to files inside the content folder.")
        }
        if !image, Self.hasMarkdownSuffix(path) {
            return resolveMarkdown(path, written: destination, fragment: fragment)
        }
        if let published = index.publishedPath(ofFile: path) {
            let url = SitePath.relative(from: pageFolder, to: published)
            if !image, let size = index.fileSizes[path] {
                return .download(url, details: DownloadDetails.text(path: path, bytes: size))
            }
            return .replace(url)
        }
        let what = image ? "image" : "link"
        if looksLikeWebsite && !image {
            return .broken(message: "the \(what) '\(destination)' is not a file in the content folder",
                           hint: "For a website, write the full address: https://\(decoded)")
        }
        let nearby = index.files.filter { folder(of: $0) == folder(of: path) }.map { relative($0) }
        return .broken(message: "the \(what) '\(destination)' points to '\(path)', which does not exist",
                       hint: Suggestion.closest(to: relative(path), in: nearby).map { "Did you mean '\($0)'?" }
                           ?? "Images and documents go in the region's files/ folder; from a page, write e.g. ../files/folder.pdf.")
    }

    private func resolveMarkdown(_ path: String, written: String, fragment: String?) -> LinkResolution {
        guard let target = index.target(path) else {
            let siblings = index.markdownFiles(in: folder(of: path)).map { relative($0) }
            let suggestion = Suggestion.closest(to: relative(path), in: siblings)
            return .broken(message: "the link '\(written)' points to '\(path)', which does not exist",
                           hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Check the file name and the folder; links are relative to this file.")
        }
        var targetPath = target.path
        if let served = target.networkRegions {
            // A network partner: its page exists only in the regions it serves.
            let needed = publishedIn ?? region.map { [$0] } ?? []
            let missing = needed.filter { !served.contains($0) }
            if !missing.isEmpty {
                return .broken(message: "the link '\(written)' leads to a partner that does not serve \(missing.joined(separator: ", ")), where this page is published",
                               hint: "Link to a partner that serves the same regions, or to its website. The partner serves: \(served.joined(separator: ", ")).")
            }
            if let region, !pageFolder.hasPrefix(ContentIndex.currentRegion) {
                targetPath = region + targetPath.dropFirst(ContentIndex.currentRegion.count)
            }
        } else if pageFolder.hasPrefix(ContentIndex.currentRegion) {
            return .broken(message: "a network-level partner cannot link to '\(path)', which belongs to one region",
                           hint: "Link to other network-level partners, or to a full web address.")
        }
        // A location is shown on the contact page under its own id.
        return .replace(SitePath.relative(from: pageFolder, to: targetPath, fragment: target.fragment ?? fragment))
    }

    private func folder(of path: String) -> String {
        if let parts = PathComponents(path) { return parts.joined(0..<max(parts.count - 1, 0)) }
        return path.split(separator: "/").dropLast().joined(separator: "/")
    }

    static func isASCII(_ text: String) -> Bool { ASCIIText.isASCII(text) }

    /// Whether `text` contains the ASCII character `character`.
    static func contains(_ text: String, _ character: Unicode.Scalar) -> Bool {
        isASCII(text) ? text.utf8.contains(UInt8(character.value)) : text.contains(Character(character))
    }

    /// `.md` in any case, at the end.
    static func hasMarkdownSuffix(_ path: String) -> Bool {
        guard isASCII(path) else { return path.lowercased().hasSuffix(".md") }
        let bytes = path.utf8.suffix(3)
        return bytes.count == 3 && bytes.elementsEqual(".md".utf8) { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    /// A path as written from this file's folder, for suggestions.
    private func relative(_ path: String) -> String {
        let here = folder(of: sourcePath)
        return here.isEmpty || !path.hasPrefix(here + "/") ? path : String(path.dropFirst(here.count + 1))
    }

    /// `folder` joined with a relative path, `.` and `..` resolved; nil when it
    /// climbs above the content folder. A leading `/` means the content folder.
    static func join(folder: String, _ relative: String) -> String? {
        if let folderParts = PathComponents(folder), let relativeParts = PathComponents(relative) {
            return join(folder: folderParts, relative: relativeParts, fromRoot: relative.utf8.first == UInt8(ascii: "/"))
        }
        return joinByCharacters(folder: folder, relative)
    }

    /// The same for any text: split by Character, as Swift compares text.
    static func joinByCharacters(folder: String, _ relative: String) -> String? {
        var parts = relative.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// `join(folder:_:)` for ASCII paths, on their bytes.
    private static func join(folder: PathComponents, relative: PathComponents, fromRoot: Bool) -> String? {
        var parts: [ArraySlice<UInt8>] = fromRoot ? [] : (0..<folder.count).map(folder.part)
        for index in 0..<relative.count {
            if relative.part(index, is: ".") { continue }
            if relative.part(index, is: "..") {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(relative.part(index))
            }
        }
        var out: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "/")) }
            out.append(contentsOf: part)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `https:`, `mailto:`, `tel:` … (a letter, then letters, digits, `+.-`, then `:`).
    static func hasScheme(_ s: String) -> Bool {
        var sawLetter = false
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: ":"): return sawLetter
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if !sawLetter { return false }
            default: return false
            }
        }
        return false
    }
}

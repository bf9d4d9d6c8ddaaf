/// Where every content file and every published file ends up, so Markdown
/// links written as paths between files (`../partners/caw.md`, as they work on
/// a git host) can be turned into links between pages.
///
/// Output paths are relative to the public root and start with the region id;
/// `ContentIndex.currentRegion` stands for "the region being built" (used for
/// network-level partners, which appear in every region they serve).
public struct ContentIndex: Sendable {
    public struct Target: Sendable, Hashable {
        /// Folder (ending in `/`) or file path, from the public root.
        public let path: String
        public let fragment: String?
        /// For a network-level partner: the regions it serves (its page exists
        /// only there). Nil for regional content.
        public let networkRegions: [String]?
    }

    public static let currentRegion = "@region"

    private(set) var targets: [String: Target] = [:]
    /// Non-Markdown files, relative to the content folder.
    let files: Set<String>
    /// Sizes in bytes of `files`, for the details added to links to documents.
    let fileSizes: [String: Int]

    public init(_ content: Content, files: Set<String>, fileSizes: [String: Int] = [:]) {
        self.files = files
        self.fileSizes = fileSizes
        let here = Self.currentRegion
        targets.reserveCapacity(1 + content.networkPartners.count + content.regions.reduce(0) {
            $0 + 1 + $1.partners.count + $1.pages.count + $1.news.count + $1.events.count + $1.locations.count
        })
        for partner in content.networkPartners {
            if case .network(let regions) = partner.scope {
                add(partner.source, "\(here)/" + SitePath.partner(partner.slug), networkRegions: regions)
            }
        }
        add(content.site.source, "")
        for regionContent in content.regions {
            let id = regionContent.region.id
            add(regionContent.region.source, "\(id)/")
            // By index: a loop variable would copy every partner, field by field.
            for i in regionContent.partners.indices {
                add(regionContent.partners[i].source, "\(id)/" + SitePath.partner(regionContent.partners[i].slug))
            }
            for p in regionContent.pages { add(p.source, "\(id)/" + SitePath.page(p.slug)) }
            for n in regionContent.news { add(n.source, "\(id)/" + SitePath.news(n.slug)) }
            for e in regionContent.events { add(e.source, "\(id)/" + SitePath.event(e.slug)) }
            for l in regionContent.locations { add(l.source, "\(id)/" + SitePath.contact, fragment: l.slug) }
        }
    }

    private mutating func add(_ source: SourceFile, _ path: String, fragment: String? = nil, networkRegions: [String]? = nil) {
        targets[source.relativePath] = Target(path: path, fragment: fragment, networkRegions: networkRegions)
    }

    public func target(_ relativePath: String) -> Target? { targets[relativePath] }

    /// Markdown files in a content folder, for suggestions.
    func markdownFiles(in folder: String) -> [String] {
        targets.keys.filter { ($0.split(separator: "/").dropLast().joined(separator: "/")) == folder }.sorted()
    }

    /// Where a non-Markdown file is published: region files under
    /// `<region>/files/`, network files under the current region's `files/`.
    func publishedPath(ofFile path: String) -> String? {
        guard files.contains(path) else { return nil }
        let parts = path.split(separator: "/")
        if parts.first == "files" { return "\(Self.currentRegion)/" + path }
        if parts.count >= 4, parts[0] == "regions", parts[2] == "files" {
            return parts[1...].joined(separator: "/")
        }
        return nil
    }
}

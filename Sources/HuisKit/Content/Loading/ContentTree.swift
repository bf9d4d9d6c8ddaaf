/// What each file in a content folder is, decided from its path alone.
///
/// ```
/// site.md                      site settings
/// partners/*.md                network-level partners
/// files/**                     network-level files
/// regions/<id>/region.md       region settings
/// regions/<id>/<kind>/*.md     partners, pages, news, events, locations
/// regions/<id>/files/**        the region's images and documents
/// ```
enum ContentPath: Hashable {
    case site
    case networkPartner
    case region(String)
    case entry(region: String, kind: EntryKind)
    case file
    /// README files and the like: allowed, not published.
    case ignored
    /// Anything else: reported, with a suggestion where one fits.
    case unexpected(problem: String, hint: String)

    enum EntryKind: String, CaseIterable {
        case partners, pages, news, events, locations
    }

    /// A partner file, network-level or of a region.
    var isPartner: Bool {
        switch self {
        case .networkPartner, .entry(_, .partners): return true
        default: return false
        }
    }

    static func classify(_ path: String) -> ContentPath {
        let parts = path.split(ascii: "/").map(String.init)
        let name = parts.last ?? path
        let isMarkdown = name.lowercased().hasSuffix(".md")
        if ["readme.md", "license", "license.md", "codeowners"].contains(name.lowercased()) { return .ignored }
        switch parts.count {
        case 1 where name == "site.md":
            return .site
        case 2 where parts[0] == "partners" && isMarkdown:
            return .networkPartner
        case _ where parts[0] == "files" && parts.count >= 2:
            return .file
        case 3 where parts[0] == "regions" && name == "region.md":
            return .region(parts[1])
        case 4 where parts[0] == "regions" && isMarkdown:
            if let kind = EntryKind(rawValue: parts[2]) { return .entry(region: parts[1], kind: kind) }
            let known = EntryKind.allCases.map(\.rawValue) + ["files"]
            return .unexpected(problem: "'\(parts[2])' is not a folder huis knows",
                               hint: Suggestion.didYouMean(parts[2], in: known).map { "Rename the folder: \($0)" }
                                   ?? "A region folder holds region.md and the folders \(known.joined(separator: ", ")).")
        case _ where parts.count >= 4 && parts[0] == "regions" && parts[2] == "files":
            return .file
        default:
            if isMarkdown {
                return .unexpected(problem: "this Markdown file is not in a place huis reads",
                                   hint: "Content files go in partners/ (network level) or regions/<region>/{partners,pages,news,events,locations}/.")
            }
            return .unexpected(problem: "this file is not in a files/ folder, so it is not published",
                               hint: "Move images and documents to regions/<region>/files/ (or files/ for every region).")
        }
    }
}

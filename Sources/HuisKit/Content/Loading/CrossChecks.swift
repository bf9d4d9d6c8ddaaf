/// Checks that span several files: unique slugs, page slugs that clash with
/// generated sections, references between files.
enum CrossChecks {
    static func run(_ content: Content, displayRoot: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        out += slugChecks(content.networkPartners.map(\.source), kind: "network partner")
        // Regions are checked side by side: each has thousands of files.
        out += content.regions.parallelMap { regionChecks($0, network: content.networkPartners) }.joined()
        for partner in content.networkPartners {
            if case .network(let regions) = partner.scope, regions.isEmpty {
                out.append(.warning("this network-level partner serves no region, so it is not published",
                                    file: partner.source.displayPath, at: .start,
                                    hint: "Set `regions: all` or list region ids."))
            }
        }
        return out
    }

    /// The checks within one region.
    private static func regionChecks(_ regionContent: RegionContent, network: [Partner]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let region = regionContent.region
        let served = network.filter { $0.serves(region: region.id) }
        out += slugChecks(served.map(\.source) + regionContent.partners.map(\.source), kind: "partner",
                          note: " (network-level partners share the partners/ folder of every region they serve)")
        out += slugChecks(regionContent.pages.map(\.source), kind: "page")
        out += slugChecks(regionContent.news.map(\.source), kind: "news item")
        out += slugChecks(regionContent.events.map(\.source), kind: "event")
        out += slugChecks(regionContent.locations.map(\.source), kind: "location")
        for page in regionContent.pages where SiteSections.reserved.contains(page.slug) {
            out.append(.error("the page '\(page.slug)' would replace the generated '\(page.slug)/' section",
                              file: page.source.displayPath, at: .start,
                              hint: "Rename the file; these names are taken: \(SiteSections.reserved.joined(separator: ", ")). "
                                  + "(A page named \(SiteSections.introSections.joined(separator: ", ")) becomes that section's intro.)"))
        }
        let locationSlugs = regionContent.locations.map(\.slug)
        for event in regionContent.events {
            guard case .text(let text)? = event.place, Identifier.isValid(text), !text.contains(" ") else { continue }
            let suggestion = Suggestion.closest(to: text, in: locationSlugs)
            out.append(.warning("'location: \(text)' is not a location of this region; it is shown as plain text",
                                file: event.source.displayPath, at: .start,
                                hint: suggestion.map { "Did you mean '\($0)'?" }
                                    ?? "Locations are the files in locations/: \(locationSlugs.joined(separator: ", "))."))
        }
        return out
    }

    /// Slugs must be valid in URLs and unique, also across letter case.
    static func slugChecks(_ sources: [SourceFile], kind: String, note: String = "") -> [Diagnostic] {
        var out: [Diagnostic] = []
        var first: [String: SourceFile] = [:]
        for source in sources.sorted(by: { $0.relativePath < $1.relativePath }) {
            let name = String(source.relativePath.split(ascii: "/").last!.dropLast(3))
            let slug = name.lowercased()
            if !Slug.isValid(slug) {
                out.append(.error("the file name '\(name).md' cannot be used in a web address", file: source.displayPath, at: .start,
                                  hint: "Rename it to '\(Slug.make(from: name)).md': lower-case letters, digits and dashes only."))
            }
            if let earlier = first[slug] {
                out.append(.error("two \(kind)s have the slug '\(slug)': this file and \(earlier.displayPath)\(note)",
                                  file: source.displayPath, at: .start,
                                  hint: "Rename one of the files; names that differ only in capitals count as the same."))
            } else {
                first[slug] = source
            }
        }
        return out
    }
}

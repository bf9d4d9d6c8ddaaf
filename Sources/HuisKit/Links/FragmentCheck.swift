/// Checks the `#fragment` of links between content files against the
/// headings of the target (after every body is rendered, since the target's
/// heading ids are only known then).
enum FragmentCheck {
    /// `displayPaths` (relative path → path shown in messages) is only
    /// asked for when there is a problem to report.
    static func run(_ bodies: [String: RenderedMarkdown], index: ContentIndex,
                    displayPaths: () -> [String: String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var shown: [String: String]?
        for (path, body) in bodies {
            for link in body.links where link.resolvedDestination != link.destination {
                guard let hash = fragmentStart(link.destination) else { continue }
                // Most bodies have no link with a fragment: the folder is only worked out for one that has.
                let folder = path.split(ascii: "/").dropLast().joined(separator: "/")
                let fragment = String(link.destination[link.destination.index(after: hash)...])
                let written = String(link.destination[..<hash])
                guard !fragment.isEmpty, written.lowercased().hasSuffix(".md"),
                      let target = BodyLinkResolver.join(folder: folder, written.removingPercentEncoding ?? written),
                      index.target(target)?.fragment == nil,  // locations have their own id
                      let targetBody = bodies[target] else { continue }
                let anchors = targetBody.headings.map(\.anchor)
                guard !anchors.contains(fragment) else { continue }
                let suggestion = Suggestion.closest(to: fragment, in: anchors)
                if shown == nil { shown = displayPaths() }
                problems.append(.error("the link '\(link.destination)' points to a heading '#\(fragment)' that \(written) does not have",
                                       file: shown?[path] ?? path, at: link.position,
                                       hint: suggestion.map { "Did you mean '#\($0)'?" }
                                           ?? (anchors.isEmpty ? "That page has no headings; leave out the #… part."
                                               : "Its headings are: " + anchors.map { "#" + $0 }.joined(separator: ", ") + ".")))
            }
        }
        return problems
    }

    /// Where `#` stands in a link; on the bytes when the link is ASCII (as
    /// nearly all are), since every link of every body is looked at.
    static func fragmentStart(_ destination: String) -> String.Index? {
        guard destination.utf8.allSatisfy({ $0 < 0x80 }) else { return destination.firstIndex(of: "#") }
        return destination.utf8.firstIndex(of: UInt8(ascii: "#"))
    }
}

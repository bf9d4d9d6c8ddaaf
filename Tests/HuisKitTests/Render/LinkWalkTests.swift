import Foundation
import Testing
@testable import HuisKit

/// Every `href` and `src` inside a built site must point at a file that
/// exists (and a `#fragment` at an id in it), so the site works from any
/// sub-folder and from `file://`.
@Suite struct LinkWalkTests {
    @Test func everyInternalLinkResolves() {
        let site = FixtureSite.shared.folder
        let problems = LinkWalker.brokenLinks(in: site)
        #expect(problems == [])
        #expect(LinkWalker.linkCount(in: site) > 500)
    }

    @Test func noLinkIsAbsoluteToTheHostRoot() {
        let site = FixtureSite.shared.folder
        for page in FixtureSite.html(in: site) {
            for link in LinkWalker.links(in: FixtureSite.read(page, in: site)) {
                #expect(!link.hasPrefix("/"), "\(page): \(link) starts with /, which breaks in a sub-folder")
            }
        }
    }

    @Test func theWalkerNoticesABrokenLink() throws {
        let dir = try TemporaryFolder()
        try dir.write("a/index.html", "<a href=\"../b/index.html\">b</a> <img src=\"x.png\" alt=\"\"> <a href=\"#nope\">n</a>")
        try dir.write("b/index.html", "<p id=\"here\"><a href=\"../a/index.html#here\">a</a></p>")
        let broken = LinkWalker.brokenLinks(in: dir.url)
        #expect(broken.count == 3, "\(broken)")
    }
}

/// Finds links in HTML and checks them against the files of a folder.
enum LinkWalker {
    static func links(in html: String) -> [String] {
        var out: [String] = []
        for attribute in ["href=\"", "src=\"", "action=\""] {
            var rest = html[...]
            while let range = rest.range(of: attribute) {
                rest = rest[range.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                out.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return out
    }

    static func ids(in html: String) -> Set<String> {
        Set(links(in: html.replacingOccurrences(of: " id=\"", with: " href=\"")))
    }

    static func isExternal(_ link: String) -> Bool {
        ["http:", "https:", "mailto:", "tel:", "data:"].contains { link.hasPrefix($0) }
    }

    static func linkCount(in site: URL) -> Int {
        FixtureSite.html(in: site).reduce(0) { $0 + links(in: FixtureSite.read($1, in: site)).count }
    }

    static func brokenLinks(in site: URL) -> [String] {
        var problems: [String] = []
        var idCache: [String: Set<String>] = [:]
        for page in FixtureSite.html(in: site) {
            let html = FixtureSite.read(page, in: site)
            let pageIDs = ids(in: html)
            for link in links(in: html) where !isExternal(link) {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var path = parts[0].split(separator: "?").first.map(String.init) ?? ""
                let fragment = parts.count > 1 ? parts[1] : nil
                if path.isEmpty {
                    if let fragment, !pageIDs.contains(fragment) { problems.append("\(page): #\(fragment) has no target") }
                    continue
                }
                let folder = page.split(separator: "/").dropLast().joined(separator: "/")
                guard let target = BodyLinkResolver.join(folder: folder, path.removingPercentEncoding ?? path) else {
                    problems.append("\(page): \(link) climbs out of the site")
                    continue
                }
                path = target
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isDirectory)
                if !exists || isDirectory.boolValue {
                    problems.append("\(page): \(link) → \(path) does not exist")
                    continue
                }
                if let fragment, path.hasSuffix(".html") {
                    let targetIDs = idCache[path] ?? ids(in: FixtureSite.read(path, in: site))
                    idCache[path] = targetIDs
                    if !targetIDs.contains(fragment) { problems.append("\(page): \(link) has no element with id '\(fragment)'") }
                }
            }
        }
        return problems
    }
}

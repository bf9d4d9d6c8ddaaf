import Foundation
import Testing
@testable import HuisKit

/// A rebuild keeps a region's search files when nothing they are made of
/// changed (``SearchIndexKey``), and builds the index again otherwise.
@Suite struct SearchIndexRebuildTests {
    static let speelotheek = "content/regions/zuiderkempen/partners/speelotheek.md"

    func build(_ dir: TemporaryFolder, out: String, force: Bool = false) -> BuildResult {
        var options = BuildOptions(content: dir.url.appendingPathComponent("content"), contentDisplay: "content",
                                   theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                   output: dir.url.appendingPathComponent(out), now: LocalDateTime(iso: "2026-03-01 10:00")!)
        options.force = force
        return SiteBuilder.build(options)
    }

    func edit(_ dir: TemporaryFolder, _ path: String, _ old: String, _ new: String) throws {
        let text = try dir.read(path)
        #expect(text.contains(old), "\(path) does not contain \(old)")
        try dir.write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Rebuilds after `change` and checks the result against a build from scratch.
    func rebuild(after change: (TemporaryFolder) throws -> Void) throws -> BuildResult {
        let dir = try copyOfFixtureNetwork()
        let first = build(dir, out: "public")
        #expect(!first.hasErrors)
        #expect(first.builtSearchIndexes == 2, "a first build makes every index")
        try change(dir)
        let second = build(dir, out: "public")
        #expect(!second.hasErrors, "\(second.diagnostics)")
        let fresh = build(dir, out: "fresh", force: true)
        #expect(fresh.builtSearchIndexes == 2)
        let a = SiteSnapshot(dir.url.appendingPathComponent("public")), b = SiteSnapshot(dir.url.appendingPathComponent("fresh"))
        #expect(a.files.keys.sorted() == b.files.keys.sorted())
        for (path, data) in b.files where a.files[path] != data {
            Issue.record("\(path) differs from a build from scratch")
        }
        return second
    }

    func searchFiles(_ result: BuildResult, _ region: String, _ change: OutputTransaction.Change) -> [String] {
        (result.output?.paths(change) ?? []).filter { $0.hasPrefix(region + "/zoekindex/") }
    }

    @Test func anEditInOneRegionKeepsTheOtherRegionsIndex() throws {
        let result = try rebuild { try edit($0, Self.speelotheek, "Kom langs met je kind.", "Kom gerust langs met je peuter.") }
        #expect(result.builtSearchIndexes == 1)
        #expect(searchFiles(result, "zuiderkempen", .changed).contains("zuiderkempen/zoekindex/index.js"))
        #expect(searchFiles(result, "noordrand", .changed).isEmpty && searchFiles(result, "noordrand", .added).isEmpty)
        #expect(searchFiles(result, "noordrand", .unchanged).contains("noordrand/zoekindex/index.js"))
    }

    @Test func anEditOutsideTheIndexKeepsEveryIndex() throws {
        // The region's phone number is on its pages, not in its search documents.
        let result = try rebuild { try edit($0, "content/regions/zuiderkempen/region.md", "014 00 00 00", "014 99 99 99") }
        #expect(result.builtSearchIndexes == 0)
    }

    @Test func whatEveryRegionShowsBuildsEveryIndex() throws {
        // Topic labels are filter labels and result text in every region.
        let result = try rebuild { try edit($0, "content/site.md", "label: Vrije tijd", "label: Vrijetijd") }
        #expect(result.builtSearchIndexes == 2)
    }

    @Test func aMissingFileBuildsTheIndexAgain() throws {
        let result = try rebuild { dir in
            try edit(dir, Self.speelotheek, "Kom langs met je kind.", "Kom gerust langs.")
            try FileManager.default.removeItem(at: dir.url.appendingPathComponent("public/noordrand/zoekindex/filters.js"))
        }
        #expect(result.builtSearchIndexes == 2)
    }

    @Test func theKeyFollowsEverythingTheFilesShow() throws {
        let content = try #require(SearchFixture.checked.content)
        let region = try #require(content.region("zuiderkempen")?.region)
        let document = SearchDocument(kind: .partner, title: "Speelotheek", summary: "Speelgoed lenen.", ages: ["0-3"],
                                      topics: ["vrije-tijd"], path: "partners/speelotheek/index.html",
                                      fields: [.title: "Speelotheek", .body: "Kom langs."])
        func key(_ documents: [SearchDocument], site: Site = content.site, region: Region = region) -> String {
            let builder = SearchIndexBuilder(synonyms: site.synonyms)
            return SearchIndexKey.key(documents: documents, analysisKeys: builder.analysisKeys(documents), region: region, site: site)
        }
        let base = key([document])
        #expect(key([document]) == base)
        var other = document
        other.summary = "Speelgoed."
        #expect(key([other]) != base, "a result card's text")
        other = document
        other.fields[.body] = "Kom gerust langs."
        #expect(key([other]) != base, "a document's text")
        #expect(key([document, document]) != base, "the documents")
        var site = content.site
        site.synonyms.append(["speelotheek", "ludotheek"])
        #expect(key([document], site: site) != base, "the synonyms")
        site = content.site
        site.ages[0].label += "!"
        #expect(key([document], site: site) != base, "an age group's label")
        var renamed = region
        renamed.municipalities.append("Elders")
        #expect(key([document], region: renamed) != base, "the municipalities")
    }
}

import Foundation
import Testing
@testable import HuisKit

/// How the search step decides to keep a region's files: by the key of
/// their sources before any document is collected, then by the key of the
/// documents, and only then builds the index (reading the cached analyses).
@Suite struct SearchIndexStageTests {
    /// What one call of the stage did.
    struct Outcome {
        var files: SearchIndexStage.RegionFiles
        var cacheReads = 0
        var asked = 0
    }

    static func run(sources: String?, recorded: String?) throws -> Outcome {
        let checked = SearchFixture.checked
        let content = try #require(checked.content)
        let bodies = try #require(checked.bodies)
        let theme = try Theme.load(from: TestPaths.packageRoot.appendingPathComponent("themes/default"), language: "nl")
        var missing: [String] = []
        let format = DisplayFormat(strings: theme.strings, missing: &missing)
        let published = PublishedSite(content, now: LocalDateTime(iso: "2026-03-01 10:00")!)
        let region = try #require(published.regions.first { $0.id == "zuiderkempen" })
        var cacheReads = 0, asked = 0
        let files = SearchIndexStage.files(for: region, site: content.site, bodies: bodies, format: format, sources: sources,
                                           reusing: { cacheReads += 1; return [:] }) { matches in
            asked += 1
            return recorded.flatMap { matches($0) ? $0 : nil }
        }
        return Outcome(files: files, cacheReads: cacheReads, asked: asked)
    }

    @Test func unchangedSourcesKeepTheFilesWithoutCollectingDocuments() throws {
        let outcome = try Self.run(sources: "aaaa", recorded: "aaaa/1234")
        #expect(outcome.files.files.isEmpty)
        #expect(outcome.files.key == "aaaa/1234", "the files stay recorded under their key")
        #expect(outcome.files.analyses == nil, "the analyses stay as they are")
        #expect(outcome.cacheReads == 0)
        #expect(outcome.asked == 1)
    }

    @Test func unchangedDocumentsKeepTheFilesUnderTheNewSourcesKey() throws {
        let built = try Self.run(sources: "aaaa", recorded: nil)
        #expect(!built.files.files.isEmpty)
        let documents = try #require(built.files.key.split(separator: "/").last.map(String.init))
        let kept = try Self.run(sources: "bbbb", recorded: "aaaa/" + documents)
        #expect(kept.files.files.isEmpty)
        #expect(kept.files.key == "bbbb/" + documents)
        #expect(kept.files.analyses == nil)
        #expect(kept.cacheReads == 0)
        #expect(kept.asked == 2, "first by sources, then by documents")
    }

    @Test func otherwiseTheIndexIsBuiltFromTheCachedAnalyses() throws {
        let outcome = try Self.run(sources: "bbbb", recorded: "aaaa/1234")
        #expect(outcome.files.files.keys.contains("zoekindex/index.js"))
        #expect(outcome.files.key.hasPrefix("bbbb/"))
        #expect(outcome.files.analyses?.isEmpty == false, "the next build gets this build's analyses")
        #expect(outcome.cacheReads == 1)
    }

    @Test func withoutASourcesKeyOnlyTheDocumentsCount() throws {
        let built = try Self.run(sources: nil, recorded: nil)
        #expect(built.files.key.hasPrefix("/"))
        #expect(built.asked == 1)
        let kept = try Self.run(sources: nil, recorded: built.files.key)
        #expect(kept.files.files.isEmpty)
        #expect(kept.asked == 1)
    }
}

import Foundation
import Testing
@testable import HuisKit

/// The index built from documents: terms, weights, compounds, synonyms,
/// filters, and the files written and read back.
@Suite struct SearchIndexTests {
    static let site = SearchFixture.checked.content!.site

    static func document(_ kind: SearchDocument.Kind = .partner, _ title: String, summary: String? = nil, body: String = "",
                         ages: [String] = [], topics: [String] = [], municipalities: [String] = []) -> SearchDocument {
        var fields: [SearchDocument.Field: String] = [.title: title]
        if let summary { fields[.summary] = summary }
        if !body.isEmpty { fields[.body] = body }
        return SearchDocument(kind: kind, title: title, summary: summary, ages: ages, topics: topics,
                              municipalities: municipalities, path: "x/\(title.count)/index.html", fields: fields)
    }

    static let documents = [
        document(.partner, "Kinderopvang 't Kuikentje", summary: "Opvang voor baby's.", ages: ["0-3"], topics: ["kinderopvang"],
                 municipalities: ["Bergdorp"]),
        document(.partner, "Centrum Geestelijke Gezondheidszorg", body: "Wij bieden geïntegreerde zorg met een psycholoog.",
                 ages: ["12-18"], topics: ["gezondheid"]),
        document(.page, "Over ons", summary: "Wie we zijn.", body: "Een crèche in elke gemeente."),
        document(.event, "Babymassage in de lente", summary: "Leer je baby masseren.", ages: ["0-3"]),
        document(.pastEvent, "Babymassage in de herfst", summary: "Leer je baby masseren.", ages: ["0-3"]),
        document(.news, "Nieuwe uren", body: "De kinderopvang is ook op woensdag open."),
    ]

    /// Zuiderkempen: Bergdorp and Heidebeek.
    static let region = SearchFixture.checked.content!.region("zuiderkempen")!.region

    static func build(_ documents: [SearchDocument] = documents, synonyms: [[String]] = [["crèche", "kinderopvang"]]) -> SearchIndex {
        SearchIndexBuilder(synonyms: synonyms).build(documents, region: region, site: site)
    }

    func documentsOf(_ term: String, in index: SearchIndex) -> [Int] {
        (index.postings[term] ?? []).map(\.document)
    }

    @Test func accentsAndCaseFoldAway() {
        let index = Self.build()
        #expect(documentsOf("integreer", in: index) == [1], "geïntegreerde and geintegreerde share a stem")
        #expect(index.words["geintegreerde"] == "integreer")
        #expect(documentsOf("creche", in: index) == [2])
    }

    @Test func compoundsAlsoCountAsTheirParts() throws {
        let index = Self.build()
        #expect(documentsOf("kinderopvang", in: index) == [0, 5])
        #expect(documentsOf("opvang", in: index) == [0, 5], "kinderopvang counts as opvang too")
        // The part counts less than the word itself.
        let whole = try #require(index.postings["kinderopvang"]?.first { $0.document == 5 })
        let part = try #require(index.postings["opvang"]?.first { $0.document == 5 })
        #expect(part.score < whole.score)
    }

    @Test func synonymGroupsHaveTheirOwnPostings() {
        let index = Self.build()
        #expect(index.synonymGroups == [[["creche"], ["kinderopvang"]]])
        #expect(documentsOf(SearchIndex.synonymKey(0), in: index) == [0, 2, 5])
        let phrases = Self.build(synonyms: [["buitenschoolse opvang", "ibo"]])
        #expect(phrases.synonymGroups == [[["buitenschools", "opvang"], ["ibo"]]])
        #expect(phrases.postings[SearchIndex.synonymKey(0)] == nil, "no document has the phrase")
    }

    @Test func titlesWeighMoreThanSummariesAndBodies() throws {
        let docs = [Self.document(.partner, "Zwemles"), Self.document(.partner, "Sport", summary: "Zwemles voor kleuters."),
                    Self.document(.partner, "Sportdienst", body: "Ook zwemles.")]
        let scores = try #require(Self.build(docs).postings[DutchStemmer().stem("zwemles")]).map(\.score)
        #expect(scores[0] > scores[1] && scores[1] > scores[2], "\(scores)")
    }

    @Test func pastEventsRankBelowUpcomingOnes() throws {
        let postings = try #require(Self.build().postings["babymassag"])
        #expect(postings.map(\.document) == [3, 4])
        #expect(postings[0].score > postings[1].score)
    }

    @Test func soundKeysPointToStems() {
        let index = Self.build()
        #expect(index.sounds["psigolog"] == ["psycholoog"])
    }

    @Test func filtersFollowTheAgePagesRules() {
        let filters = Self.build().filters
        #expect(filters.ages.map(\.id) == ["0-3", "12-18"], "only ages that some document has")
        #expect(filters.ages[0].documents == [0, 2, 3, 4, 5], "documents without ages concern every age")
        #expect(filters.topics.map(\.id) == ["gezondheid", "kinderopvang"])
        #expect(filters.topics[1].documents == [0])
        #expect(filters.municipalities.map(\.id) == ["Bergdorp", "Heidebeek"])
        #expect(filters.municipalities[1].documents == [1, 2, 3, 4, 5], "Kuikentje is in Bergdorp only")
    }

    @Test func filesReadBackToTheSameIndex() throws {
        let index = Self.build()
        let files = SearchIndexFiles(index, chunkSize: 4).files
        #expect(files.keys.contains("index.js") && files.keys.contains("filters.js") && files.keys.contains("d1.js"))
        let read = try SearchIndexReader.read { name in
            guard let bytes = files[name] else { throw SearchIndexReader.FormatError(description: "no \(name)") }
            return bytes
        }
        #expect(read == index)
    }

    @Test func theSameIndexGivesTheSameBytes() {
        #expect(SearchIndexFiles(Self.build()).files == SearchIndexFiles(Self.build()).files)
    }
}

/// The fixture network, loaded and checked once.
enum SearchFixture {
    static let checked = ContentChecker.check(ContentLoader(root: TestPaths.fixtures.appendingPathComponent("network"),
                                                            displayRoot: "network"))
}

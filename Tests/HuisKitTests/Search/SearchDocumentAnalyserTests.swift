import Testing
@testable import HuisKit

/// The index build reads words by their bytes (``SearchDocumentAnalyser``);
/// its analysis must be exactly what ``DutchAnalyzer`` gives token by token,
/// which is what queries use.
@Suite struct SearchDocumentAnalyserTests {
    static let texts = [
        "Welkom bij het Huis van het Kind! Welkom, welkom, WELKOM.",
        "Kinderopvang 't Kuikentje: opvang voor baby's en auto’s, zo'n peuter; `quote` en ‘s avonds.",
        "Kind-en-Gezin, e-mail, covid-19, niet- en wel-, 0-3 en 12–18 jaar, 1,5 km of 2.500 euro in 2024.",
        "Mail info@huisvanhetkind-gent.be of jan.peeters@stad.gent; zie https://www.kindengezin.be/nl/ouders?x=1 en www.groeipakket.be.",
        "Crèche, CRÈCHE, cre\u{300}che en creche; geïntegreerde zorg, ideeën, financiële steun, Ĳsselmonde, ﬁets, straße.",
        "Ελληνικά και русский текст, 日本語のテキスト, emoji 👶🏽 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢; ١٢٣ cijfers.",
        "buitenschoolse opvang, buitenschoolse  opvang en Buitenschoolse-opvang; kinderdagverblijf, onthaalouder, crèche.",
        String(repeating: "a", count: 120) + " lang " + String(repeating: "b", count: 100) + "-x",
        "",
    ]

    static let synonyms = [["kinderopvang", "crèche", "buitenschoolse opvang"], ["onthaalouder", "kinderdagverblijf"]]

    /// The analysis the way the build made it before the fast path: every
    /// token through `DutchAnalyzer.term(for:)`, counted by folded word.
    static func reference(_ fields: [SearchDocument.Field: String], synonyms: SearchSynonyms) -> SearchDocumentAnalysis {
        let analyzer = DutchAnalyzer()
        var analysis = SearchDocumentAnalysis()
        var stems: [String: String] = [:]
        var words: [SearchDocument.Field: [String: Int]] = [:]
        for (field, text) in fields {
            let terms = analyzer.terms(in: text)
            for term in terms {
                words[field, default: [:]][term.folded, default: 0] += 1
                if stems[term.folded] == nil { stems[term.folded] = term.stem }
            }
            let groups = synonyms.occurrences(in: SearchSynonyms.wholeWords(terms).map(\.stem))
            analysis.groups[field.rawValue] = groups.sorted { $0.key < $1.key }.map { .init(group: $0.key, count: $0.value) }
            if field == .body { analysis.bodyLength = terms.count }
        }
        analysis.words = stems.keys.sorted()
        analysis.stems = analysis.words.map { stems[$0]! }
        for (field, counts) in words {
            analysis.counts[field.rawValue] = counts.sorted { $0.key < $1.key }.map {
                .init(word: Int32(analysis.words.firstIndex(of: $0.key)!), count: Int32($0.value))
            }
        }
        return analysis
    }

    static func document(_ fields: [SearchDocument.Field: String]) -> SearchDocument {
        SearchDocument(kind: .page, title: fields[.title] ?? "", path: "x/index.html", fields: fields)
    }

    @Test func theFastPathAgreesWithTheAnalyzer() {
        let synonyms = SearchSynonyms(Self.synonyms, analyzer: DutchAnalyzer())
        var analyser = SearchDocumentAnalyser(analyzer: DutchAnalyzer(), synonyms: synonyms)
        // Several documents in one batch, so words seen in one are found by bytes in the next.
        let documents = Self.texts.indices.map { index in
            Self.document([.title: Self.texts[index], .body: Self.texts[(index + 1) % Self.texts.count],
                           .details: Self.texts[(index + 3) % Self.texts.count]])
        }
        let pending = documents.map { analyser.count($0) }
        let analyses = analyser.analyses(pending)
        for (document, analysis) in zip(documents, analyses) {
            #expect(analysis == Self.reference(document.fields, synonyms: synonyms), "\(document.fields)")
        }
        #expect(analyses.contains { $0.groups.contains { !$0.isEmpty } }, "the texts have synonyms, phrases too")
    }

    @Test func withoutSynonymsNoGroupsAreCounted() {
        let synonyms = SearchSynonyms([], analyzer: DutchAnalyzer())
        var analyser = SearchDocumentAnalyser(analyzer: DutchAnalyzer(), synonyms: synonyms)
        let document = Self.document([.body: Self.texts[6]])
        let pending = analyser.count(document)
        let analysis = analyser.analyses([pending])[0]
        #expect(analysis == Self.reference(document.fields, synonyms: synonyms))
        #expect(analysis.groups.allSatisfy { $0.isEmpty })
    }

    @Test func theScanGivesTheTokensSpans() {
        for text in Self.texts {
            var scalars: [Unicode.Scalar] = []
            let spans = DutchTokenizer().scan(text, scalars: &scalars) { _, spans in spans }
            let tokens = DutchTokenizer().tokens(in: text)
            #expect(spans.map(\.utf8) == tokens.map(\.utf8Range))
            #expect(spans.map(\.utf16) == tokens.map(\.utf16Range))
            let utf16 = Array(text.utf16)
            for token in tokens {
                #expect(String(decoding: utf16[token.utf16Range], as: UTF16.self) == token.text)
                #expect(String(text[token.range(in: text)]) == token.text)
            }
        }
    }
}

/// The form analyses take in the build cache.
@Suite struct CachedAnalysisTests {
    @Test func theTextFormRoundTrips() {
        var analysis = SearchDocumentAnalysis()
        analysis.words = ["", "0", "12:3|4", "a,b=c", "kinderen", "crèche", "👶🏽", String(repeating: "x", count: 1_234)]
        analysis.stems = ["", "0", "12:3|4", "a,b", "kinder", "crèche", "👶", "x"]
        analysis.counts[0] = [.init(word: 0, count: 1), .init(word: 4, count: 1_000_000)]
        analysis.counts[4] = (0..<8).map { .init(word: Int32($0), count: Int32($0 * 37 + 1)) }
        analysis.groups[1] = [.init(group: 0, count: 2), .init(group: 11, count: 123)]
        analysis.bodyLength = 98_765
        let stored = SearchIndexBuilder.Analysis(analysis)
        #expect(stored.decoded == analysis)
        var writer = BinaryWriter()
        writer.write(stored)
        var reader = BinaryReader(writer.bytes)
        #expect((try? reader.read(SearchIndexBuilder.Analysis.self))?.decoded == analysis)
        #expect(SearchIndexBuilder.Analysis(SearchDocumentAnalysis()).decoded == SearchDocumentAnalysis())
    }

    @Test func aDamagedTextIsNoAnalysis() {
        var analysis = SearchDocumentAnalysis()
        analysis.words = ["kind"]
        analysis.stems = ["kind"]
        analysis.counts[0] = [.init(word: 0, count: 3)]
        let text = SearchIndexBuilder.Analysis(analysis).text
        #expect(text.contains("kind=10"), "\(text)")
        for damaged in [String(text.dropLast()), text + "1", text.replacingOccurrences(of: "kind=10", with: "kind=15"), "", "x|"] {
            #expect(SearchIndexBuilder.Analysis(text: damaged).decoded == nil, "\(damaged.debugDescription)")
        }
    }
}

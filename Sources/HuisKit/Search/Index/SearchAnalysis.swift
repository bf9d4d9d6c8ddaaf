/// What the first pass of the index build finds in a document: its words
/// with their stems and counts per field, and the synonym groups found.
/// Plain sorted arrays, walked in a fixed order by the scoring pass.
struct SearchDocumentAnalysis: Sendable, Equatable {
    struct WordCount: Sendable, Equatable {
        /// Index in `words`.
        var word: Int32
        var count: Int32
    }

    struct GroupCount: Sendable, Equatable {
        var group: Int
        var count: Int
    }

    /// The document's distinct folded words, in String order.
    var words: [String] = []
    /// The stem of each word.
    var stems: [String] = []
    /// Per field (by `Field.rawValue`): the words found and how often, in word order.
    var counts: [[WordCount]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
    /// Per field: synonym groups and counts, by group.
    var groups: [[GroupCount]] = Array(repeating: [], count: SearchDocument.Field.allCases.count)
    /// The number of terms in the body.
    var bodyLength = 0
}

extension SearchIndexBuilder {
    /// A document's analysis as the build cache keeps it: its compact text
    /// (see `CachedAnalysis.swift`), read only when the document's region
    /// builds its index. A rebuild that keeps a region's index passes its
    /// analyses on to the next cache without reading them.
    struct Analysis: Sendable, Equatable {
        let text: String

        init(text: String) {
            self.text = text
        }

        init(_ analysis: SearchDocumentAnalysis) {
            text = Self.encode(analysis)
        }

        /// The analysis, or nil when the text is not one.
        var decoded: SearchDocumentAnalysis? {
            Self.decode(text)
        }
    }
}

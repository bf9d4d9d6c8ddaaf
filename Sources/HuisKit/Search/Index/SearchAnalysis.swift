extension SearchIndexBuilder {
    /// What the first pass keeps of a document: its words with their stems
    /// and counts per field, and the synonym groups found. Plain sorted
    /// arrays, cheap to keep in the build cache and to walk in a fixed order.
    struct Analysis: Sendable, Equatable {
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
}

/// The key of a region's search files: everything they are made from, so
/// a rebuild can keep them as they are when it is the same as last time.
///
/// The files are a function of the documents (their analyses, which are
/// keyed by their text and the synonyms, and what their result cards
/// show, in document order), the site's age groups and topics (filter
/// labels) and the region's municipalities (filters). Everything else
/// (stopwords, scoring, the file format) is part of the program, and a
/// cache written by another program is not used at all.
enum SearchIndexKey {
    /// Raise when the files change for a reason the key does not see.
    static let version = 1

    static func key(documents: [SearchDocument], analysisKeys: [String], region: Region, site: Site) -> String {
        var text = "search|\(version)|\(SearchIndexFiles.formatVersion)"
        text.reserveCapacity(documents.count * 160)
        append(site.synonyms.map { $0.joined(separator: ",") }, to: &text)
        append(site.ages.flatMap { [$0.id, $0.label] }, to: &text)
        append(site.topics.flatMap { [$0.id, $0.label] }, to: &text)
        append(region.municipalities, to: &text)
        for (document, analysis) in zip(documents, analysisKeys) {
            text += "\n" + analysis
            append(document.kind.rawValue, to: &text)
            append(document.title, to: &text)
            append(document.path, to: &text)
            append(document.summary, to: &text)
            append(document.meta, to: &text)
            append(document.ages, to: &text)
            append(document.topics, to: &text)
            append(document.municipalities, to: &text)
        }
        return ContentHash.key(utf8: text)
    }

    /// Each string with its length, so that no two run together.
    private static func append(_ item: String, to text: inout String) {
        text += "|\(item.utf8.count):"
        text += item
    }

    private static func append(_ item: String?, to text: inout String) {
        if let item { append(item, to: &text) } else { text += "|-" }
    }

    private static func append(_ items: [String], to text: inout String) {
        text += "|[\(items.count)"
        for item in items { append(item, to: &text) }
    }
}

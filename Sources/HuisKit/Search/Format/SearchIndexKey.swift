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
        var parts: [String] = ["search", "\(version)", "\(SearchIndexFiles.formatVersion)"]
        parts.reserveCapacity(documents.count * 2 + site.ages.count + site.topics.count + 8)
        parts.append(field(site.synonyms.map { field($0) }))
        parts.append(field(site.ages.flatMap { [$0.id, $0.label] }))
        parts.append(field(site.topics.flatMap { [$0.id, $0.label] }))
        parts.append(field(region.municipalities))
        for (document, analysis) in zip(documents, analysisKeys) {
            parts.append(analysis)
            parts.append(field([
                document.kind.rawValue, document.title, document.path, optional(document.summary), optional(document.meta),
                field(document.ages), field(document.topics), field(document.municipalities),
            ]))
        }
        return BuildCache.key(parts)
    }

    /// Strings with their lengths, so that no two lists run together.
    private static func field(_ items: [String]) -> String {
        var text = "\(items.count)"
        for item in items { text += "|\(item.utf8.count):" + item }
        return text
    }

    private static func optional(_ text: String?) -> String {
        text.map { "+" + $0 } ?? "-"
    }
}

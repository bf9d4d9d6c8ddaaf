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
        var digest = KeyDigest(capacity: 8 + documents.count * 12)
        digest.add("search|\(version)|\(SearchIndexFiles.formatVersion)")
        digest.add(site.synonyms.map { $0.joined(separator: ",") })
        digest.add(site.ages.flatMap { [$0.id, $0.label] })
        digest.add(site.topics.flatMap { [$0.id, $0.label] })
        digest.add(region.municipalities)
        digest.add(documents.count)
        for (document, analysis) in zip(documents, analysisKeys) {
            digest.add(analysis)
            digest.add(document.kind.rawValue)
            digest.add(document.title)
            digest.add(document.path)
            digest.add(document.summary)
            digest.add(document.meta)
            digest.add(document.ages)
            digest.add(document.topics)
            digest.add(document.municipalities)
        }
        return digest.key
    }
}

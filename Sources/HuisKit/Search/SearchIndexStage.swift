/// The search step of a build: a region's published content in, the files
/// of its `zoekindex/` folder out.
public enum SearchIndexStage {
    /// The index of one region, before it is written.
    public static func index(for region: PublishedRegion, site: Site, bodies: RenderedBodies,
                             format: DisplayFormat) -> SearchIndex {
        let documents = SearchDocumentCollector(site: site, bodies: bodies, format: format).documents(for: region)
        return SearchIndexBuilder(synonyms: site.synonyms).build(documents, region: region.region, site: site)
    }

    /// A region's search files, or none when `keep` could keep the files
    /// the last build wrote under the same key.
    struct RegionFiles {
        /// The key of everything the files are made from (``SearchIndexKey``).
        var key: String
        /// Path inside the region folder (`zoekindex/index.js`, …) → bytes;
        /// empty when the files were kept.
        var files: [String: [UInt8]]
        /// The analyses of the region's documents by key, for the next build.
        var analyses: [String: SearchIndexBuilder.Analysis]
    }

    /// The files, taking document analyses from the cache where their key
    /// is there. First `keep` is asked to keep the last build's files made
    /// under the same key; only when it cannot is the index built.
    static func files(for region: PublishedRegion, site: Site, bodies: RenderedBodies, format: DisplayFormat,
                      reusing cache: [String: SearchIndexBuilder.Analysis],
                      keep: (_ key: String) throws -> Bool) rethrows -> RegionFiles {
        let documents = SearchDocumentCollector(site: site, bodies: bodies, format: format).documents(for: region)
        let builder = SearchIndexBuilder(synonyms: site.synonyms)
        let analysisKeys = documents.map(builder.analysisKey)
        let key = SearchIndexKey.key(documents: documents, analysisKeys: analysisKeys, region: region.region, site: site)
        if !cache.isEmpty, try keep(key) {
            var analyses: [String: SearchIndexBuilder.Analysis] = [:]
            for analysisKey in analysisKeys { analyses[analysisKey] = cache[analysisKey] }
            return RegionFiles(key: key, files: [:], analyses: analyses)
        }
        let built = builder.build(documents, keys: analysisKeys, region: region.region, site: site, reusing: cache)
        let files = SearchIndexFiles(built.index).files
        return RegionFiles(key: key, files: Dictionary(uniqueKeysWithValues: files.map { (SearchIndexFiles.folder + $0.key, $0.value) }),
                           analyses: built.analyses)
    }

    /// Path inside the region folder (`zoekindex/index.js`, …) → bytes.
    public static func files(for region: PublishedRegion, site: Site, bodies: RenderedBodies,
                             format: DisplayFormat) -> [String: [UInt8]] {
        let files = SearchIndexFiles(index(for: region, site: site, bodies: bodies, format: format)).files
        return Dictionary(uniqueKeysWithValues: files.map { (SearchIndexFiles.folder + $0.key, $0.value) })
    }
}

/// The search step of a build: a region's published content in, the files
/// of its `zoekindex/` folder out.
public enum SearchIndexStage {
    /// A region's search files, or none when `keep` could keep the files
    /// the last build wrote.
    struct RegionFiles {
        /// The key the files are recorded under (see ``StoredKey``).
        var key: String
        /// Path inside the region folder (`zoekindex/index.js`, …) → bytes;
        /// empty when the files were kept.
        var files: [String: [UInt8]]
        /// The analyses of the region's documents by key, for the next build;
        /// nil when they are the same as last time (the files were kept).
        var analyses: [String: SearchIndexBuilder.Analysis]?
    }

    /// The recorded key of a region's search files: the key of the sources
    /// they are made from (when every source has a content hash) and the key
    /// of the documents themselves (``SearchIndexKey``), as `sources/documents`.
    ///
    /// The sources' key is known before any document is collected: when it
    /// is the same as last time, so are the files, and a rebuild after an
    /// edit in another region does no search work for this one at all. The
    /// documents' key keeps the files when a source changed in a way search
    /// does not see (a region's phone number).
    enum StoredKey {
        static func make(sources: String?, documents: String) -> String {
            (sources ?? "") + "/" + documents
        }

        static func matches(sources: String) -> (String) -> Bool {
            let prefix = sources + "/"
            return { $0.hasPrefix(prefix) }
        }

        static func matches(documents: String) -> (String) -> Bool {
            let suffix = "/" + documents
            return { $0.hasSuffix(suffix) }
        }
    }

    /// The files, taking document analyses from `cache` where their key is
    /// there. `keep` is asked to keep the last build's files recorded under
    /// a key that matches (returning that key): first by `sources` (see
    /// ``StoredKey``), then by the documents; only when neither works is the
    /// index built. `cache` is only read when the index is built.
    static func files(for region: PublishedRegion, site: Site, bodies: RenderedBodies, format: DisplayFormat,
                      sources: String?, reusing cache: () -> [String: SearchIndexBuilder.Analysis],
                      keep: (_ matches: (String) -> Bool) throws -> String?) rethrows -> RegionFiles {
        if let sources, let kept = try keep(StoredKey.matches(sources: sources)) {
            return RegionFiles(key: kept, files: [:], analyses: nil)
        }
        let documents = SearchDocumentCollector(site: site, bodies: bodies, format: format).documents(for: region)
        let builder = SearchIndexBuilder(synonyms: site.synonyms)
        let analysisKeys = builder.analysisKeys(documents)
        let documentsKey = SearchIndexKey.key(documents: documents, analysisKeys: analysisKeys, region: region.region, site: site)
        let key = StoredKey.make(sources: sources, documents: documentsKey)
        // The documents' key covers every analysis key: kept files mean the
        // same analyses as last time.
        if try keep(StoredKey.matches(documents: documentsKey)) != nil {
            return RegionFiles(key: key, files: [:], analyses: nil)
        }
        let built = builder.build(documents, keys: analysisKeys, region: region.region, site: site, reusing: cache())
        let files = SearchIndexFiles(built.index).files
        return RegionFiles(key: key, files: Dictionary(uniqueKeysWithValues: files.map { (SearchIndexFiles.folder + $0.key, $0.value) }),
                           analyses: built.analyses)
    }
}

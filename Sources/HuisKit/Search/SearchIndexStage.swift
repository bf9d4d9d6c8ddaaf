/// The search step of a build: a region's published content in, the files
/// of its `zoekindex/` folder out.
public enum SearchIndexStage {
    /// The index of one region, before it is written.
    public static func index(for region: PublishedRegion, site: Site, bodies: RenderedBodies,
                             format: DisplayFormat) -> SearchIndex {
        let documents = SearchDocumentCollector(site: site, bodies: bodies, format: format).documents(for: region)
        return SearchIndexBuilder(synonyms: site.synonyms).build(documents, region: region.region, site: site)
    }

    /// The files, taking document analyses from the cache where their key
    /// is there; also returns the analyses by key for the next build.
    static func files(for region: PublishedRegion, site: Site, bodies: RenderedBodies, format: DisplayFormat,
                      reusing cache: [String: SearchIndexBuilder.Analysis])
        -> (files: [String: [UInt8]], analyses: [String: SearchIndexBuilder.Analysis]) {
        let documents = SearchDocumentCollector(site: site, bodies: bodies, format: format).documents(for: region)
        let built = SearchIndexBuilder(synonyms: site.synonyms).build(documents, region: region.region, site: site, reusing: cache)
        let files = SearchIndexFiles(built.index).files
        return (Dictionary(uniqueKeysWithValues: files.map { (SearchIndexFiles.folder + $0.key, $0.value) }), built.analyses)
    }

    /// Path inside the region folder (`zoekindex/index.js`, …) → bytes.
    public static func files(for region: PublishedRegion, site: Site, bodies: RenderedBodies,
                             format: DisplayFormat) -> [String: [UInt8]] {
        let files = SearchIndexFiles(index(for: region, site: site, bodies: bodies, format: format)).files
        return Dictionary(uniqueKeysWithValues: files.map { (SearchIndexFiles.folder + $0.key, $0.value) })
    }
}

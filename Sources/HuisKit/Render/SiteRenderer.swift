import Foundation

/// Renders the pages of each region through the theme and hands every output
/// file to the output transaction: pages, the region's files, the theme's
/// assets and the region's colour sheet.
struct SiteRenderer: Sendable {
    let content: URL
    let theme: Theme
    let values: ModelValues
    let transaction: OutputTransaction
    /// What the last build left to take over, and what identifies this build
    /// of huis (see `BuildCache`).
    let cache: BuildCache
    let program: String
    /// Partner records of the open data, shared by the region files and the network file.
    let openDataRecords = OpenDataRecords()

    /// What rendering a region produced besides its files.
    struct RegionOutput: Sendable {
        var pages = 0
        /// Pages rendered (the others were unchanged and kept).
        var rendered = 0
        var pageKeys: [String: String] = [:]
        /// Nil when the region's search files, and so the analyses of its
        /// documents, are the same as in the last build.
        var analyses: [String: SearchIndexBuilder.Analysis]?
        /// False when the region's search files were kept from the last build.
        var builtSearchIndex = false
    }

    /// Renders one region's pages and files, all but its search files
    /// (see `renderSearch`).
    func render(_ region: PublishedRegion, site: PublishedSite) throws -> RegionOutput {
        let data = RegionRenderData(region, site: site.site, values: values, strings: theme.strings, now: site.now)
        let builder = PageContextBuilder(data)
        let keys = PageKeys(data, theme: theme, program: program, linkWorld: values.bodies.linkWorld)
        let specs = PageSpec.all(for: data)
        let prefix = region.id + "/"
        let outcomes = specs.parallelMap { spec -> (key: String?, rendered: Bool, problems: [Diagnostic]) in
            let path = prefix + spec.file(data)
            let key = keys.key(for: spec, in: data)
            do {
                let rendered = try write(path, key: key) { try theme.renderBytes(spec.template, builder.context(for: spec)) }
                return (key, rendered, [])
            } catch let error as DiagnosticError {
                return (nil, true, error.diagnostics)
            } catch {
                return (nil, true, [.error("cannot write \(path): \(error)", file: path, at: .start)])
            }
        }
        let failures = outcomes.flatMap(\.problems)
        if !failures.isEmpty { throw DiagnosticError(Array(Set(failures)).sorted()) }
        var output = RegionOutput(pages: specs.count, rendered: outcomes.filter(\.rendered).count)
        for (spec, outcome) in zip(specs, outcomes) {
            if let key = outcome.key { output.pageKeys[prefix + spec.file(data)] = key }
        }
        let generated = specs.filter(\.isGeneratedList).map { SitemapEntry.generated($0.folder(data)) }
        let feeds = RegionFeeds.files(for: region, in: site, bodies: values.bodies,
                                      pages: SitemapEntry.contentEntries(of: region, today: site.now.date) + generated)
        for file in feeds { try transaction.write(prefix + file.path, file.bytes) }
        let openData = OpenDataWriter(site: site, records: openDataRecords)
        let openDataKey = openData.key(for: [region], program: program)
        try write(prefix + FeedPaths.partners, key: openDataKey) { openData.regionFileBytes(region) }
        if let openDataKey { output.pageKeys[prefix + FeedPaths.partners] = openDataKey }
        try copyFiles(of: region)
        try copyAssets(into: prefix + SitePath.assets)
        try transaction.write(prefix + SitePath.assets + "region.css", RegionStyle.css(region.region.colors))
        return output
    }

    /// The search files of one region, made alongside its pages (see
    /// `SiteBuilder`): building one region's index is the longest piece of
    /// work in a rebuild after an edit, and it overlaps the other regions'
    /// pages this way.
    func renderSearch(_ region: PublishedRegion, site: PublishedSite) throws -> RegionOutput {
        let prefix = region.id + "/"
        let frame = PageKeys.frame(region, site: site.site, theme: theme, program: program, linkWorld: values.bodies.linkWorld)
        // What the last build recorded for the folder, looked up once for both of the stage's tries.
        let folder = prefix + SearchIndexFiles.folder
        let recorded = cache.pages.filter { $0.key.hasPrefix(folder) }
        var keptSearchFiles: [String] = []
        let search = try SearchIndexStage.files(for: region, site: site.site, bodies: values.bodies, format: values.format,
                                                sources: PageKeys.search(frame: frame, region),
                                                reusing: { cache.analyses(region: region.id) }) { matches in
            guard let kept = try keepAll(recorded, matching: matches) else { return nil }
            keptSearchFiles = kept.paths
            return kept.key
        }
        var output = RegionOutput()
        for (path, bytes) in search.files {
            try transaction.write(prefix + path, bytes)
            output.pageKeys[prefix + path] = search.key
        }
        for path in keptSearchFiles { output.pageKeys[path] = search.key }
        output.analyses = search.analyses
        output.builtSearchIndex = !search.files.isEmpty
        return output
    }

    /// Keeps the `recorded` files (path → key) the last build wrote, all of
    /// them or none, when they were all recorded under one key that
    /// `matches`; returns their paths and that key, or nil when there are
    /// none, their keys differ or do not match, or one is gone.
    private func keepAll(_ recorded: [String: String], matching matches: (String) -> Bool) throws -> (paths: [String], key: String)? {
        guard let key = recorded.first?.value, matches(key), recorded.allSatisfy({ $0.value == key }) else { return nil }
        let paths = recorded.keys.sorted()
        for path in paths {
            guard try transaction.keepIfUnchanged(path) else { return nil }
        }
        return (paths, key)
    }

    /// Writes the file unless the last build wrote it under the same key and
    /// it is still there; returns whether it was made anew.
    @discardableResult
    private func write(_ path: String, key: String?, _ contents: () throws -> [UInt8]) throws -> Bool {
        if let key, cache.pages[path] == key, try transaction.keepIfUnchanged(path) { return false }
        try transaction.write(path, try contents())
        return true
    }

    /// `public/index.html`, listing the regions, and the network's open data.
    func renderNetworkIndex(_ site: PublishedSite, bodies: RenderedBodies) throws -> RegionOutput {
        let regions: [TemplateValue] = site.regions.map { region in
            ["title": .string(region.region.title), "path": .string(region.id + "/index.html"),
             "municipalities": .string(region.region.municipalities.joined(separator: ", "))]
        }
        let context: TemplateValue = [
            "lang": .string(site.site.language),
            "strings": theme.strings,
            "root": "",
            "assets": .string((site.regions.first?.id).map { $0 + "/assets/" } ?? ""),
            "site": ["title": .string(site.site.title)],
            "page": ["title": .string(site.site.title), "kind": "network"],
            "intro": values.body(site.site.source),
            "regions": .array(regions),
        ]
        try transaction.write("index.html", try theme.renderBytes("network", context))
        var output = RegionOutput(pages: 1, rendered: 1)
        let openData = OpenDataWriter(site: site, records: openDataRecords)
        let openDataKey = openData.key(for: site.regions, program: program)
        try write(FeedPaths.networkPartners, key: openDataKey, openData.networkFileBytes)
        if let openDataKey { output.pageKeys[FeedPaths.networkPartners] = openDataKey }
        return output
    }

    private func copyFiles(of region: PublishedRegion) throws {
        for file in region.files {
            try copy(content.appendingPathComponent("regions/\(region.id)/\(file)"), to: "\(region.id)/\(file)")
        }
        // Network-level files (content/files/) are published in every region.
        let network = (try? FileScanner.files(under: content.appendingPathComponent("files"))) ?? []
        for file in network {
            try copy(content.appendingPathComponent("files/\(file)"), to: "\(region.id)/files/\(file)")
        }
    }

    private func copyAssets(into folder: String) throws {
        for asset in theme.assets {
            try copy(theme.folder.appendingPathComponent("assets/\(asset)"), to: folder + asset)
        }
    }

    private func copy(_ source: URL, to path: String) throws {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw DiagnosticError(.error("cannot read \(source.relativePath)", file: source.relativePath, at: .start))
        }
        try transaction.write(path, Array(data))
    }
}

/// The region's colours as CSS custom properties, in a file of their own so
/// pages need no inline styles (a strict Content-Security-Policy works).
enum RegionStyle {
    static func css(_ colors: Region.Colors) -> String {
        var lines = [":root {"]
        if let primary = colors.primary { lines.append("  --primary: \(primary);") }
        if let accent = colors.accent { lines.append("  --accent: \(accent);") }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

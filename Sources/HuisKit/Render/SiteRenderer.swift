import Foundation

/// Renders the pages of each region through the theme and hands every output
/// file to the output transaction: pages, the region's files, the theme's
/// assets and the region's colour sheet.
struct SiteRenderer: Sendable {
    let content: URL
    let theme: Theme
    let values: ModelValues
    let transaction: OutputTransaction

    /// Renders one region; returns the number of pages.
    func render(_ region: PublishedRegion, site: PublishedSite) throws -> Int {
        let data = RegionRenderData(region, site: site.site, values: values, strings: theme.strings, now: site.now)
        let builder = PageContextBuilder(data)
        let specs = PageSpec.all(for: data)
        let prefix = region.id + "/"
        let failures = specs.parallelMap { spec -> [Diagnostic] in
            do {
                let html = try theme.render(spec.template, builder.context(for: spec))
                try transaction.write(prefix + spec.file(data), html)
                return []
            } catch let error as DiagnosticError {
                return error.diagnostics
            } catch {
                return [.error("cannot write \(prefix + spec.file(data)): \(error)", file: prefix + spec.file(data), at: .start)]
            }
        }.flatMap { $0 }
        if !failures.isEmpty { throw DiagnosticError(Array(Set(failures)).sorted()) }
        let generated = specs.filter(\.isGeneratedList).map { SitemapEntry.generated($0.folder(data)) }
        let feeds = RegionFeeds.files(for: region, in: site, bodies: values.bodies,
                                      pages: SitemapEntry.contentEntries(of: region, today: site.now.date) + generated)
        for file in feeds { try transaction.write(prefix + file.path, file.contents) }
        try copyFiles(of: region)
        try copyAssets(into: prefix + SitePath.assets)
        try transaction.write(prefix + SitePath.assets + "region.css", RegionStyle.css(region.region.colors))
        for (path, bytes) in SearchIndexStage.files(for: region, site: site.site, bodies: values.bodies, format: values.format) {
            try transaction.write(prefix + path, bytes)
        }
        return specs.count
    }

    /// `public/index.html`, listing the regions.
    func renderNetworkIndex(_ site: PublishedSite, bodies: RenderedBodies) throws -> Int {
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
        try transaction.write("index.html", try theme.render("network", context))
        for file in RegionFeeds.networkFiles(for: site) { try transaction.write(file.path, file.contents) }
        return 1
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

/// Renders the Markdown body of every content file once, resolving links
/// between files. A network-level partner is rendered once for all regions:
/// its page sits at the same place in every region, so its relative links are
/// the same everywhere.
public struct RenderedBodies: Sendable {
    /// By the file's path relative to the content folder.
    public var byPath: [String: RenderedMarkdown]
    public var diagnostics: [Diagnostic]
    /// The findings of the editor checks (`BodyLinter`) in the bodies.
    public var lint: [Diagnostic] = []
    /// Every body with its key and lint findings, for the next build's cache.
    var cacheEntries: [String: BuildCache.Body] = [:]
    /// How many bodies were taken over from the cache.
    var reused = 0
    /// The key of everything links depend on (see `BodyStage.linkWorld`).
    var linkWorld = ""

    public subscript(_ source: SourceFile) -> RenderedMarkdown? { byPath[source.relativePath] }
}

public enum BodyStage {
    struct Job: Sendable {
        let source: SourceFile
        let body: MarkdownBody
        let pageFolder: String
        let region: String?
        var publishedIn: [String]? = nil
    }

    /// Renders and lints every body; a body whose key is in `cache` is taken
    /// from there instead.
    public static func render(_ content: Content, files: Set<String>, fileSizes: [String: Int] = [:],
                              cache: BuildCache? = nil) -> RenderedBodies {
        let index = ContentIndex(content, files: files, fileSizes: fileSizes)
        let processor = MarkdownProcessor(options: MarkdownOptions(allowUnsafeHTML: content.site.allowUnsafeHTML))
        let linter = BodyLinter(allowUnsafeHTML: content.site.allowUnsafeHTML)
        var seen = Set<String>()
        let allJobs = jobs(content).filter { seen.insert($0.source.relativePath).inserted }
        let world = linkWorld(content, jobs: allJobs, files: files, fileSizes: fileSizes)
        if !allJobs.isEmpty { cache?.readAllBodies() }
        let results = allJobs.parallelMap { job -> (entry: BuildCache.Body, reused: Bool) in
            let key = BuildCache.key([world, job.source.relativePath, job.source.displayPath, String(job.body.firstLine),
                                      job.pageFolder, job.region ?? "", job.publishedIn?.joined(separator: ",") ?? "", job.body.text])
            if let cached = cache?.body(for: job.source.relativePath), cached.key == key { return (cached, true) }
            let resolver = BodyLinkResolver(index: index, sourcePath: job.source.relativePath,
                                            pageFolder: job.pageFolder, region: job.region, publishedIn: job.publishedIn)
            let rendered = processor.render(
                MarkdownSource(text: job.body.text, file: job.source.displayPath, firstLine: job.body.firstLine),
                resolveLink: resolver.resolveLink, resolveImage: resolver.resolveImage)
            // A location's body sits under its name (an h3) on the contact page.
            let isLocation = isLocationFile(job.source.relativePath)
            let lint = linter.lint(rendered, file: job.source.displayPath, headingBase: isLocation ? 3 : 1)
            return (BuildCache.Body(key: key, rendered: rendered, lint: lint), false)
        }
        var bodies = RenderedBodies(byPath: [:], diagnostics: [])
        bodies.linkWorld = world
        bodies.byPath.reserveCapacity(allJobs.count)
        bodies.cacheEntries.reserveCapacity(allJobs.count)
        for (job, result) in zip(allJobs, results) {
            bodies.byPath[job.source.relativePath] = result.entry.rendered
            bodies.cacheEntries[job.source.relativePath] = result.entry
            bodies.diagnostics += result.entry.rendered.diagnostics
            bodies.lint += result.entry.lint
            if result.reused { bodies.reused += 1 }
        }
        bodies.diagnostics += FragmentCheck.run(bodies.byPath, index: index) {
            Dictionary(allJobs.map { ($0.source.relativePath, $0.source.displayPath) }, uniquingKeysWith: { a, _ in a })
        }
        return bodies
    }

    /// Whether a file sits in a `locations` folder (its body goes under the
    /// location's name on the contact page).
    static func isLocationFile(_ path: String) -> Bool {
        if let parts = PathComponents(path) {
            return parts.count >= 2 && parts.part(parts.count - 2, is: "locations")
        }
        return path.split(separator: "/").dropLast().last == "locations"
    }

    /// Everything a body's links can depend on besides its own text: which
    /// content files and documents exist (with sizes, shown on document
    /// links), which regions the network partners serve, raw-HTML mode.
    static func linkWorld(_ content: Content, jobs: [Job], files: Set<String>, fileSizes: [String: Int]) -> String {
        var digest = KeyDigest(capacity: 4 + content.networkPartners.count)
        digest.add("unsafe=\(content.site.allowUnsafeHTML)")
        // Sets, in any order (see `KeyDigest.unordered`): sorting tens of
        // thousands of paths would hold up every other core.
        digest.add(KeyDigest.unordered(jobs.lazy.map { ($0.source.relativePath, "") }))
        digest.add(KeyDigest.unordered(files.lazy.map { ($0, String(fileSizes[$0] ?? -1)) }))
        for partner in content.networkPartners {
            if case .network(let regions) = partner.scope { digest.add("\(partner.source.relativePath) serves \(regions.joined(separator: ","))") }
        }
        return digest.key
    }

    static func jobs(_ content: Content) -> [Job] {
        var jobs: [Job] = [Job(source: content.site.source, body: content.site.intro, pageFolder: "", region: nil)]
        let here = ContentIndex.currentRegion
        for p in content.networkPartners {
            var regions: [String] = []
            if case .network(let served) = p.scope { regions = served }
            jobs.append(Job(source: p.source, body: p.body, pageFolder: "\(here)/" + SitePath.partner(p.slug), region: nil,
                            publishedIn: regions))
        }
        for rc in content.regions {
            let id = rc.region.id
            func job(_ source: SourceFile, _ body: MarkdownBody, _ folder: String) -> Job {
                Job(source: source, body: body, pageFolder: "\(id)/" + folder, region: id)
            }
            jobs.append(job(rc.region.source, rc.region.intro, SitePath.home))
            // By index: a closure parameter would copy every partner, field by field.
            jobs += rc.partners.indices.map { job(rc.partners[$0].source, rc.partners[$0].body, SitePath.partner(rc.partners[$0].slug)) }
            jobs += rc.pages.map { job($0.source, $0.body, SitePath.page($0.slug)) }
            jobs += rc.news.map { job($0.source, $0.body, SitePath.news($0.slug)) }
            jobs += rc.events.map { job($0.source, $0.body, SitePath.event($0.slug)) }
            jobs += rc.locations.map { job($0.source, $0.body, SitePath.contact) }
        }
        return jobs
    }
}

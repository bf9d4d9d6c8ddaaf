/// Renders the Markdown body of every content file once, resolving links
/// between files. A network-level partner is rendered once for all regions:
/// its page sits at the same place in every region, so its relative links are
/// the same everywhere.
public struct RenderedBodies: Sendable {
    /// By the file's path relative to the content folder.
    public var byPath: [String: RenderedMarkdown]
    public var diagnostics: [Diagnostic]

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

    public static func render(_ content: Content, files: Set<String>, fileSizes: [String: Int] = [:]) -> RenderedBodies {
        let index = ContentIndex(content, files: files, fileSizes: fileSizes)
        let processor = MarkdownProcessor(options: MarkdownOptions(allowUnsafeHTML: content.site.allowUnsafeHTML))
        let allJobs = jobs(content)
        let results = allJobs.parallelMap { job -> (String, RenderedMarkdown) in
            let resolver = BodyLinkResolver(index: index, sourcePath: job.source.relativePath,
                                            pageFolder: job.pageFolder, region: job.region, publishedIn: job.publishedIn)
            let rendered = processor.render(
                MarkdownSource(text: job.body.text, file: job.source.displayPath, firstLine: job.body.firstLine),
                resolveLink: resolver.resolveLink, resolveImage: resolver.resolveImage)
            return (job.source.relativePath, rendered)
        }
        let byPath = Dictionary(uniqueKeysWithValues: results)
        return RenderedBodies(byPath: byPath,
                              diagnostics: results.flatMap { $0.1.diagnostics } + FragmentCheck.run(byPath, displayPaths: Dictionary(allJobs.map { ($0.source.relativePath, $0.source.displayPath) },
                                                                                    uniquingKeysWith: { a, _ in a }), index: index))
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
            jobs += rc.partners.map { job($0.source, $0.body, SitePath.partner($0.slug)) }
            jobs += rc.pages.map { job($0.source, $0.body, SitePath.page($0.slug)) }
            jobs += rc.news.map { job($0.source, $0.body, SitePath.news($0.slug)) }
            jobs += rc.events.map { job($0.source, $0.body, SitePath.event($0.slug)) }
            jobs += rc.locations.map { job($0.source, $0.body, SitePath.contact) }
        }
        return jobs
    }
}

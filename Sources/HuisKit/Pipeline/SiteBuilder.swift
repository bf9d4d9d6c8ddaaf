import Foundation

/// `huis build`: content → front matter → model → Markdown → templates →
/// pages → output. Any error before the output is committed leaves the
/// previous site exactly as it was.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, progress: @Sendable (String) -> Void = { _ in }) -> BuildResult {
        var leftovers: [any Sendable] = []
        let result = build(options, progress: progress, leftovers: &leftovers)
        // Every local of the build is gone now, so these are the last
        // references to the model, bodies and caches.
        BackgroundRelease.drop(consume leftovers)
        return result
    }

    private static func build(_ options: BuildOptions, progress: @Sendable (String) -> Void,
                              leftovers: inout [any Sendable]) -> BuildResult {
        var result = BuildResult(diagnostics: [], output: nil, pageCount: 0, regionCount: 0)
        var clock = Stopwatch()
        let lock: BuildLock
        do {
            lock = try BuildLock(for: options.output)
        } catch {
            result.outputFailed = true
            let busy = if case BuildLock.Failure.busy = error { true } else { false }
            result.diagnostics.append(.error("\(error)", file: options.output.relativePath, at: .start,
                                             hint: busy ? "Wait until that build has finished, then build again: two builds into one folder would undo each other's work."
                                                        : "Check that the folder's parent exists and is writable."))
            return result
        }
        defer { withExtendedLifetime(lock) {} }
        let fingerprint = BuildFingerprint.compute(options)
        if !options.force, let previous = BuildState.load(for: options.output), previous.inputs == fingerprint,
           PublicationWindow(from: previous.validFrom, until: previous.validUntil).contains(options.now),
           BuildState.manifestHash(in: options.output) == previous.manifestHash {
            return upToDate(previous, output: options.output)
        }
        // The first rebuild after a build from scratch has no staging tree:
        // it is made while the content is read (see `StagingMirror`).
        let mirror = StagingMirror.start(for: options.output)
        defer { mirror?.wait() }
        // Otherwise the staging tree is listed meanwhile, for the commit's pruning.
        let survey = mirror == nil ? StagingSurvey.start(for: options.output) : nil
        defer { _ = survey?.wait() }
        let program = "huis \(HuisCommandLine.version) " + BuildFingerprint.executableStamp()
        let cache = options.force ? BuildCache(program: program) : BuildCache.load(for: options.output, program: program)
        let checked = ContentChecker.check(ContentLoader(root: options.content, displayRoot: options.contentDisplay),
                                           options: ContentChecker.Options(strict: options.strict, theme: options.theme, cache: cache))
        result.diagnostics = checked.diagnostics
        result.silenced = checked.silenced
        guard !checked.hasErrors, let content = checked.content, let bodies = checked.bodies else { return result }
        progress("checked \(checked.fileCount) files in \(clock.lap())"
                 + (bodies.reused > 0 ? " (\(checked.reusedPartners) unchanged partners and \(bodies.reused) unchanged texts taken from the last build)" : ""))

        let theme: Theme
        do {
            theme = try Theme.load(from: options.themeFolder(named: content.site.theme), language: content.site.language)
        } catch {
            result.diagnostics += error.diagnostics
            return result
        }
        var missing: [String] = PageSpec.requiredTemplates.filter { theme.templates[$0] == nil }.map { "template \($0).mustache" }
        let format = DisplayFormat(strings: theme.strings, missing: &missing)
        if !missing.isEmpty {
            result.diagnostics.append(.error("the theme lacks \(missing.joined(separator: ", "))", file: theme.folder.relativePath, at: .start,
                                             hint: "Compare the theme with themes/default."))
            return result
        }

        var regions = content.regions.map(\.region.id)
        if let wanted = options.regions {
            for id in wanted where !regions.contains(id) {
                result.diagnostics.append(.error("there is no region '\(id)'", file: options.contentDisplay + "/regions", at: .start,
                                                 hint: Suggestion.didYouMean(id, in: regions).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                                                     ?? "Regions: \(regions.joined(separator: ", "))."))
            }
            if result.hasErrors { return result }
            regions = regions.filter(wanted.contains)
        }

        let published = PublishedSite(content, now: options.now)
        let values = ModelValues(site: content.site, format: format, bodies: bodies)
        let transaction: OutputTransaction
        do {
            transaction = try OutputTransaction(output: options.output, mirror: mirror, survey: survey)
        } catch {
            result.outputFailed = true
            result.diagnostics.append(.error("cannot prepare the output folder: \(error)", file: options.output.relativePath, at: .start,
                                             hint: "Check that the folder's parent exists and is writable."))
            return result
        }
        do {
            let renderer = SiteRenderer(content: options.content, theme: theme, values: values, transaction: transaction,
                                        cache: cache, program: program)
            // Regions are independent: rendering them side by side keeps both
            // cores busy through the parts of a region that run on one. Search
            // indexes go first, as they are the longest chains of work; the
            // network index and open data go alongside.
            let chosen = published.regions.filter { regions.contains($0.id) }
            let jobs = chosen.map(RenderJob.search) + chosen.map(RenderJob.pages) + [.network]
            let outcomes = jobs.parallelMap { job in
                Result { () throws -> SiteRenderer.RegionOutput in
                    switch job {
                    case .search(let region): return try renderer.renderSearch(region, site: published)
                    case .pages(let region): return try renderer.render(region, site: published)
                    case .network: return try renderer.renderNetworkIndex(published, bodies: bodies)
                    }
                }
            }
            var next = BuildCache(program: program)
            next.bodies = bodies.cacheEntries
            next.partners = checked.partnerEntries
            var rendered = 0
            for (job, outcome) in zip(jobs, outcomes) {
                let output = try outcome.get()
                result.pageCount += output.pages
                rendered += output.rendered
                if output.builtSearchIndex { result.builtSearchIndexes += 1 }
                next.pages.merge(output.pageKeys) { a, _ in a }
                if case .search(let region) = job {
                    if let analyses = output.analyses { next.analyses[region.id] = analyses } else { next.keptAnalyses.insert(region.id) }
                }
            }
            result.regionCount = chosen.count
            result.renderedPages = rendered
            result.reusedBodies = bodies.reused
            result.reusedPartners = checked.reusedPartners
            progress("built \(result.regionCount) region\(result.regionCount == 1 ? "" : "s") and the network index: "
                     + "\(result.pageCount) pages (\(rendered) rendered, the others unchanged) in \(clock.lap())")
            for region in published.regions where !regions.contains(region.id) {
                try transaction.keep(prefix: region.id + "/")
                next.pages.merge(cache.pages.filter { $0.key.hasPrefix(region.id + "/") }) { a, _ in a }
                next.keptAnalyses.insert(region.id)
            }
            // The cache is saved beside the commit: its page keys are bound to
            // the new manifest, so if the commit fails they match no live site
            // and the next build renders those pages again. If writing the
            // cache fails, the next build simply does everything.
            let manifest = ContentHash.key(transaction.manifestBytes())
            next.outputManifest = manifest
            let finished = next
            // On a thread of its own, not a dispatch worker: the commit walks
            // the live site on all cores meanwhile.
            let saved = DispatchSemaphore(value: 0)
            Thread {
                try? finished.save(for: options.output, replacing: cache)
                saved.signal()
            }.start()
            let committed = Result { try transaction.commit() }
            saved.wait()
            result.output = try committed.get()
            // Only after the commit: the state tells the next build that the live site is up to date.
            if BuildState.manifestHash(in: options.output) == manifest {
                let window = PublicationWindow(content, now: options.now)
                try? BuildState(inputs: fingerprint, validFrom: window.from, validUntil: window.until, manifestHash: manifest,
                                pages: result.pageCount, regions: result.regionCount, warnings: result.diagnostics.count)
                    .save(for: options.output)
            }
            progress("put the new site in place in \(clock.lap())")
            leftovers = [cache, finished, checked, published, values, outcomes, transaction, renderer]
        } catch let error as DiagnosticError {
            transaction.abort()
            result.diagnostics += error.diagnostics
        } catch {
            transaction.abort()
            result.outputFailed = true
            result.diagnostics.append(.error("the output could not be written: \(error)", file: options.output.relativePath, at: .start,
                                             hint: "Check free disk space and permissions; the previous site is unchanged."))
        }
        result.diagnostics.sort()
        return result
    }

    /// A piece of the rendering that runs beside the others.
    private enum RenderJob: Sendable {
        case search(PublishedRegion)
        case pages(PublishedRegion)
        case network
    }

    /// Nothing the build reads has changed since the last build, and the
    /// moment is in the span where publication stays the same: the output is
    /// already right, so nothing is read, rendered or written.
    private static func upToDate(_ state: BuildState, output: URL) -> BuildResult {
        var result = BuildResult(diagnostics: [], output: nil, pageCount: 0, regionCount: 0)
        result.upToDate = true
        result.pageCount = state.pages
        result.regionCount = state.regions
        result.previousWarnings = state.warnings
        let files = OutputManifest.load(from: output)?.files ?? [:]
        result.output = OutputSummary(changes: files.mapValues { _ in .unchanged }, removed: [], foreignSkipped: [])
        return result
    }
}

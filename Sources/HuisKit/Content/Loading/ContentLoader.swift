import Foundation

/// The result of reading a content folder: the model (as far as it could be
/// read) and every problem found.
public struct ContentLoadResult: Sendable {
    public var content: Content?
    public var diagnostics: [Diagnostic]
    /// Images and documents (everything in a `files/` folder), relative to the content folder.
    public var files: Set<String> = []
    /// The size in bytes of each of `files`.
    public var fileSizes: [String: Int] = [:]
    /// Lint rules each file silences (`lint: { ignore: [...] }`), by the file's path as shown in messages.
    public var lintIgnores: LintIgnores = LintIgnores()
    /// How many files the content folder holds.
    public var fileCount = 0
    /// Every partner file's reading, for the next build's cache.
    var partnerEntries: [String: BuildCache.PartnerEntry] = [:]
    /// How many partner files were taken from the cache instead of read.
    var reusedPartners = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads a content folder into the model: scans it, parses every file's front
/// matter (in parallel), decodes each kind against its schema, and checks what
/// spans files (slugs, ids, references).
///
/// Partner files, by far the most numerous, are read after the site and
/// region settings, one job per file: a file whose bytes and decoding context
/// are those of the last build is taken from the build cache, unparsed.
public struct ContentLoader: Sendable {
    public let root: URL
    /// Prefix of paths in messages, e.g. `content/`.
    public let displayRoot: String

    /// The folder's path, to which file paths are appended (a `URL` costs
    /// tens of thousands of instructions per appended component).
    private let rootPath: String

    public init(root: URL, displayRoot: String? = nil) {
        self.root = root
        rootPath = root.path.hasSuffix("/") ? String(root.path.dropLast()) : root.path
        let shown = displayRoot ?? root.relativePath
        self.displayRoot = shown.isEmpty || shown.hasSuffix("/") ? shown : shown + "/"
    }

    public func load(cache: BuildCache? = nil) -> ContentLoadResult {
        let sized: [(path: String, size: Int)]
        do {
            sized = try FileScanner.sizedFiles(under: root)
        } catch {
            let d = Diagnostic.error("the content folder '\(root.relativePath)' does not exist or is not a folder",
                                     file: root.relativePath, at: .start,
                                     hint: "Run huis in the folder that holds content/, or pass --content DIR.")
            return ContentLoadResult(content: nil, diagnostics: [d])
        }
        let paths = sized.map(\.path)
        var diagnostics: [Diagnostic] = []
        var classified: [(path: String, kind: ContentPath)] = []
        for path in paths {
            let kind = ContentPath.classify(path)
            if case .unexpected(let problem, let hint) = kind {
                diagnostics.append(.error(problem, file: displayRoot + path, at: .start, hint: hint))
            } else if kind != .ignored {
                classified.append((path, kind))
            }
        }
        let files = Set(classified.filter { $0.kind == .file }.map(\.path))
        let markdownPaths = classified.filter { $0.kind != .file && !$0.kind.isPartner }.map(\.path)
        var parsed = Dictionary(uniqueKeysWithValues: zip(markdownPaths, markdownPaths.parallelMap(parse)))

        let site = SiteDecoder.decode(try? parsed["site.md"]?.get(), displayRoot: displayRoot)
        if !paths.contains("site.md") {
            diagnostics.append(.error("there is no site.md", file: displayRoot + "site.md", at: .start,
                                      hint: "Create site.md with at least `title:` in its front matter (see docs/front-matter.md)."))
        }

        var regions: [Region] = []
        let regionFolders = Set(classified.compactMap { item -> String? in
            item.path.hasPrefix("regions/") ? String(item.path.split(ascii: "/")[1]) : nil
        })
        for id in regionFolders.sorted() {
            let regionPath = "regions/\(id)/region.md"
            if !Identifier.isValid(id) {
                diagnostics.append(.error("'\(id)' cannot be used as a region id in web addresses",
                                          file: displayRoot + "regions/\(id)", at: .start,
                                          hint: "Rename the folder to lower-case letters, digits and dashes, e.g. '\(Slug.make(from: id))'."))
            }
            guard paths.contains(regionPath) else {
                diagnostics.append(.error("the region folder '\(id)' has no region.md", file: displayRoot + regionPath, at: .start,
                                          hint: "Create region.md with `title:` and `municipalities:`, or run `huis init \(id)`."))
                continue
            }
            if case .success(let parsedFile)? = parsed[regionPath], let region = RegionDecoder.decode(parsedFile, id: id, files: files) {
                regions.append(region)
            }
        }
        let context = DecodingContext(
            site: site, regionIDs: regionFolders.sorted(),
            municipalitiesByRegion: Dictionary(uniqueKeysWithValues: regions.map { ($0.id, $0.municipalities) }),
            files: files)

        // Classified once, looked up by kind (not re-classified per region and kind).
        var byKind: [ContentPath: [String]] = [:]
        for (path, kind) in classified where kind != .file { byKind[kind, default: []].append(path) }

        // Partners: the network's, then each region's, in folder order.
        var jobs = (byKind[.networkPartner] ?? []).map { PartnerJob(path: $0, region: nil) }
        for region in regions { jobs += (byKind[.entry(region: region.id, kind: .partners)] ?? []).map { PartnerJob(path: $0, region: region) } }
        let contextKeys = Dictionary(uniqueKeysWithValues: ([nil] + regions).map { ($0?.id ?? "", Self.partnerContextKey(context, region: $0)) })
        if !jobs.isEmpty { cache?.readAllPartners() }
        let read = jobs.parallelMap { job in
            readPartner(job.path, region: job.region, context: context, contextKey: contextKeys[job.region?.id ?? ""]!, cache: cache)
        }
        // Partner files of a region that could not be read are still parsed, for their own errors.
        let jobPaths = Set(jobs.map(\.path))
        let orphans = classified.filter { $0.kind.isPartner && !jobPaths.contains($0.path) }.map(\.path)
        parsed.merge(zip(orphans, orphans.parallelMap(parse))) { a, _ in a }
        func file(_ path: String) -> ParsedFile? {
            guard case .success(let file)? = parsed[path] else { return nil }
            return file
        }
        for case .failure(let error) in parsed.values { diagnostics += error.diagnostics }

        var networkPartners: [Partner] = []
        var partnersByRegion: [String: [Partner]] = [:]
        var lintIgnores = LintIgnores()
        var result = ContentLoadResult(content: nil, diagnostics: [])
        for (job, outcome) in zip(jobs, read) {
            if outcome.reused { result.reusedPartners += 1 }
            switch outcome.entry {
            case .failure(let error):
                diagnostics += error.diagnostics
            case .success(let entry):
                result.partnerEntries[job.path] = entry
                diagnostics += entry.diagnostics
                lintIgnores.add(entry.lintIgnores, file: entry.partner.source.displayPath)
                if let region = job.region { partnersByRegion[region.id, default: []].append(entry.partner) } else { networkPartners.append(entry.partner) }
            }
        }
        var regionContents: [RegionContent] = []
        for region in regions {
            regionContents.append(decodeRegion(region, partners: partnersByRegion[region.id] ?? [], paths: byKind, file: file,
                                               files: files, context: context))
        }
        let content = Content(site: site, networkPartners: networkPartners, regions: regionContents)
        for (file, rules) in LintIgnores.read(parsed.values.compactMap { try? $0.get() }).byFile { lintIgnores.add(Array(rules), file: file) }
        diagnostics += parsed.values.compactMap { try? $0.get() }.flatMap { $0.bag.items }
        diagnostics += CrossChecks.run(content, displayRoot: displayRoot)
        // A clash between two network partners shows up in every region they serve: report it once.
        result.content = content
        result.diagnostics = Array(Set(diagnostics)).sorted()
        result.files = files
        result.fileSizes = Dictionary(uniqueKeysWithValues: sized.filter { files.contains($0.path) }.map { ($0.path, $0.size) })
        result.lintIgnores = lintIgnores
        result.fileCount = paths.count
        return result
    }

    private struct PartnerJob: Sendable {
        let path: String
        let region: Region?
    }

    /// Everything decoding a partner depends on besides its own file: the
    /// ids and municipalities it may name and the files it may point to.
    static func partnerContextKey(_ context: DecodingContext, region: Region?) -> String {
        func list(_ name: String, _ items: [String]) -> [String] { [name, String(items.count)] + items }
        var parts = list("ages", context.ageIDs) + list("topics", context.topicIDs) + list("regions", context.regionIDs)
        for id in context.municipalitiesByRegion.keys.sorted() { parts += list("municipalities of " + id, context.municipalitiesByRegion[id]!) }
        parts += list("files", context.files.sorted())
        if let region { parts += list("region " + region.id, region.municipalities) }
        return BuildCache.key(parts)
    }

    /// Reads, parses and decodes one partner file, or takes it from the cache
    /// when its key (bytes and context) is there.
    private func readPartner(_ path: String, region: Region?, context: DecodingContext, contextKey: String, cache: BuildCache?)
        -> (entry: Result<BuildCache.PartnerEntry, DiagnosticError>, reused: Bool) {
        guard let data = FileManager.default.contents(atPath: rootPath + "/" + path) else {
            return (.failure(Self.unreadable(displayRoot + path)), false)
        }
        let contentHash = ContentHash.key(data)
        let key = BuildCache.key(["partner", displayRoot, path, contentHash, contextKey])
        if let cached = cache?.partner(for: path), cached.key == key { return (.success(cached), true) }
        switch parse(path, data: data, contentHash: contentHash) {
        case .failure(let error):
            return (.failure(error), false)
        case .success(let file):
            let partner = PartnerDecoder.decode(file, region: region, context: context)
            let ignores = LintIgnores.rules(of: file).sorted()
            return (.success(BuildCache.PartnerEntry(key: key, partner: partner, diagnostics: file.bag.items, lintIgnores: ignores)), false)
        }
    }

    private func decodeRegion(_ region: Region, partners: [Partner], paths: [ContentPath: [String]], file: (String) -> ParsedFile?,
                              files: Set<String>, context: DecodingContext) -> RegionContent {
        func entries(_ kind: ContentPath.EntryKind) -> [ParsedFile] {
            (paths[.entry(region: region.id, kind: kind)] ?? []).compactMap(file)
        }
        let locationFiles = entries(.locations)
        let locationSlugs = Set(locationFiles.map(\.slug))
        let prefix = "regions/\(region.id)/files/"
        return RegionContent(
            region: region,
            partners: partners,
            pages: entries(.pages).map(EntryDecoders.page),
            news: entries(.news).compactMap { EntryDecoders.news($0, context: context) },
            events: entries(.events).compactMap { EntryDecoders.event($0, locations: locationSlugs, context: context) },
            locations: locationFiles.map { EntryDecoders.location($0, region: region) },
            files: files.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst("regions/\(region.id)/".count)) }.sorted())
    }

    /// Reads and parses one Markdown file.
    private func parse(_ path: String) -> Result<ParsedFile, DiagnosticError> {
        guard let data = FileManager.default.contents(atPath: rootPath + "/" + path) else {
            return .failure(Self.unreadable(displayRoot + path))
        }
        return parse(path, data: data, contentHash: ContentHash.key(data))
    }

    private static func unreadable(_ display: String) -> DiagnosticError {
        DiagnosticError(.error("the file cannot be read", file: display, at: .start, hint: "Check the file's permissions."))
    }

    private func parse(_ path: String, data: Data, contentHash: String) -> Result<ParsedFile, DiagnosticError> {
        let display = displayRoot + path
        guard let text = String(validatingUTF8Data: data) else {
            return .failure(DiagnosticError(.error("the file is not valid UTF-8 text", file: display,
                                                   at: InvalidUTF8.position(in: data),
                                                   hint: "Save the file as UTF-8 in your editor (most editors call it 'UTF-8').")))
        }
        do {
            let document = try FrontMatterParser.parse(text, file: display)
            let source = SourceFile(displayPath: display, relativePath: path, contentHash: contentHash,
                                    frontMatterHash: document.frontMatterHash)
            return .success(ParsedFile(source: source, document: document, bag: DiagnosticBag(file: display)))
        } catch {
            return .failure(error)
        }
    }
}

extension String {
    /// Nil when the data is not valid UTF-8 (rather than repairing it silently).
    init?(validatingUTF8Data data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}

/// Finds where invalid UTF-8 starts, so the error points at it.
enum InvalidUTF8 {
    static func position(in data: Data) -> SourcePosition {
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return SourcePosition(line: line, column: column)
            }
        }
    }
}

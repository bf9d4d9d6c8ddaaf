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

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads a content folder into the model: scans it, parses every file's front
/// matter (in parallel), decodes each kind against its schema, and checks what
/// spans files (slugs, ids, references).
public struct ContentLoader: Sendable {
    public let root: URL
    /// Prefix of paths in messages, e.g. `content/`.
    public let displayRoot: String

    public init(root: URL, displayRoot: String? = nil) {
        self.root = root
        let shown = displayRoot ?? root.relativePath
        self.displayRoot = shown.isEmpty || shown.hasSuffix("/") ? shown : shown + "/"
    }

    public func load() -> ContentLoadResult {
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
        let markdownPaths = classified.filter { $0.kind != .file }.map(\.path)
        let parsed = Dictionary(uniqueKeysWithValues: zip(markdownPaths, markdownPaths.parallelMap(parse)))
        func file(_ path: String) -> ParsedFile? {
            guard case .success(let file)? = parsed[path] else { return nil }
            return file
        }
        for case .failure(let error) in parsed.values { diagnostics += error.diagnostics }

        let site = SiteDecoder.decode(file("site.md"), displayRoot: displayRoot)
        if !paths.contains("site.md") {
            diagnostics.append(.error("there is no site.md", file: displayRoot + "site.md", at: .start,
                                      hint: "Create site.md with at least `title:` in its front matter (see docs/front-matter.md)."))
        }

        var regions: [Region] = []
        let regionFolders = Set(classified.compactMap { item -> String? in
            item.path.hasPrefix("regions/") ? String(item.path.split(separator: "/")[1]) : nil
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
            if let parsedFile = file(regionPath), let region = RegionDecoder.decode(parsedFile, id: id, files: files) {
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
        let networkPartners = (byKind[.networkPartner] ?? [])
            .compactMap(file).parallelMap { PartnerDecoder.decode($0, region: nil, context: context) }
            .compactMap { $0 }
        var regionContents: [RegionContent] = []
        for region in regions {
            regionContents.append(decodeRegion(region, paths: byKind, file: file, files: files, context: context))
        }
        let content = Content(site: site, networkPartners: networkPartners, regions: regionContents)
        let lintIgnores = LintIgnores.read(parsed.values.compactMap { try? $0.get() })
        diagnostics += parsed.values.compactMap { try? $0.get() }.flatMap { $0.bag.items }
        diagnostics += CrossChecks.run(content, displayRoot: displayRoot)
        // A clash between two network partners shows up in every region they serve: report it once.
        let sizes = Dictionary(uniqueKeysWithValues: sized.filter { files.contains($0.path) }.map { ($0.path, $0.size) })
        return ContentLoadResult(content: content, diagnostics: Array(Set(diagnostics)).sorted(), files: files, fileSizes: sizes,
                                 lintIgnores: lintIgnores, fileCount: paths.count)
    }

    private func decodeRegion(_ region: Region, paths: [ContentPath: [String]], file: (String) -> ParsedFile?,
                              files: Set<String>, context: DecodingContext) -> RegionContent {
        func entries(_ kind: ContentPath.EntryKind) -> [ParsedFile] {
            (paths[.entry(region: region.id, kind: kind)] ?? []).compactMap(file)
        }
        let locationFiles = entries(.locations)
        let locationSlugs = Set(locationFiles.map(\.slug))
        let prefix = "regions/\(region.id)/files/"
        return RegionContent(
            region: region,
            partners: entries(.partners).parallelMap { PartnerDecoder.decode($0, region: region, context: context) }.compactMap { $0 },
            pages: entries(.pages).map(EntryDecoders.page),
            news: entries(.news).compactMap { EntryDecoders.news($0, context: context) },
            events: entries(.events).compactMap { EntryDecoders.event($0, locations: locationSlugs, context: context) },
            locations: locationFiles.map { EntryDecoders.location($0, region: region) },
            files: files.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst("regions/\(region.id)/".count)) }.sorted())
    }

    /// Reads and parses one Markdown file.
    private func parse(_ path: String) -> Result<ParsedFile, DiagnosticError> {
        let display = displayRoot + path
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
            return .failure(DiagnosticError(.error("the file cannot be read", file: display, at: .start,
                                                   hint: "Check the file's permissions.")))
        }
        guard let text = String(validatingUTF8Data: data) else {
            return .failure(DiagnosticError(.error("the file is not valid UTF-8 text", file: display,
                                                   at: InvalidUTF8.position(in: data),
                                                   hint: "Save the file as UTF-8 in your editor (most editors call it 'UTF-8').")))
        }
        do {
            let document = try FrontMatterParser.parse(text, file: display)
            let source = SourceFile(displayPath: display, relativePath: path, contentHash: ContentHash.hex(data),
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

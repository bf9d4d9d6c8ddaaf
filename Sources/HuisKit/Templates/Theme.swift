import Foundation

/// A theme: Mustache templates, UI strings, and static assets.
///
/// ```
/// themes/<name>/
///   templates/*.mustache        one per page kind, plus layout and partials/
///   strings/<language>.yml      every text the theme shows (Dutch: nl.yml)
///   assets/                     CSS, JavaScript, images: copied to <region>/assets/
/// ```
/// A theme is translated by adding a strings file; templates hold no words.
public struct Theme: Sendable {
    public let folder: URL
    public let templates: TemplateLibrary
    /// The strings file as a template value (nested mappings and lists of text).
    public let strings: TemplateValue
    /// Asset files relative to `assets/`, sorted.
    public let assets: [String]
    /// A hash of the templates and strings: pages made with another
    /// fingerprint are rendered again.
    public var fingerprint = ""

    /// Loads a theme; every problem (template syntax, a missing partial, a bad
    /// strings file) is reported at once.
    public static func load(from folder: URL, language: String) throws(DiagnosticError) -> Theme {
        var problems: [Diagnostic] = []
        let display = folder.relativePath
        let templateFolder = folder.appendingPathComponent("templates")
        let templateFiles = (try? FileScanner.files(under: templateFolder)) ?? []
        if templateFiles.isEmpty {
            throw DiagnosticError(.error("the theme '\(display)' has no templates", file: display + "/templates", at: .start,
                                         hint: "Check --theme, or the theme named in site.md."))
        }
        var templates: [String: Template] = [:]
        var sources: [String] = []
        for file in templateFiles where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = "\(display)/templates/\(file)"
            guard let source = try? String(contentsOf: templateFolder.appendingPathComponent(file), encoding: .utf8) else {
                problems.append(.error("the template cannot be read as UTF-8 text", file: path, at: .start))
                continue
            }
            sources += [name, source]
            do throws(DiagnosticError) {
                templates[name] = try Template(source: source, name: path)
            } catch {
                problems += error.diagnostics
            }
        }
        let library = TemplateLibrary(templates)
        problems += library.validate().map(Self.namingFiles)
        let strings: TemplateValue
        do throws(DiagnosticError) {
            strings = try ThemeStrings.load(folder: folder.appendingPathComponent("strings"), display: display + "/strings",
                                            language: language)
        } catch {
            problems += error.diagnostics
            strings = [:]
        }
        if !problems.isEmpty { throw DiagnosticError(problems.sorted()) }
        let assets = (try? FileScanner.files(under: folder.appendingPathComponent("assets"))) ?? []
        var theme = Theme(folder: folder, templates: library, strings: strings, assets: assets)
        let stringsFile = (try? String(contentsOf: folder.appendingPathComponent("strings/\(language).yml"), encoding: .utf8))
            ?? (try? String(contentsOf: folder.appendingPathComponent("strings/\(language.prefix { $0 != "-" }).yml"), encoding: .utf8)) ?? ""
        theme.fingerprint = BuildCache.key(sources + [stringsFile])
        return theme
    }

    /// Library diagnostics already carry the template's path as their file.
    private static func namingFiles(_ d: Diagnostic) -> Diagnostic { d }

    /// Renders the template `name` (e.g. `partner`), turning a render error
    /// into diagnostics that name the template.
    public func render(_ name: String, _ context: TemplateValue) throws(DiagnosticError) -> String {
        try templates.render(name, context)
    }

    /// `render` as UTF-8 bytes, for the output files.
    public func renderBytes(_ name: String, _ context: TemplateValue) throws(DiagnosticError) -> [UInt8] {
        try templates.renderBytes(name, context)
    }
}

/// The UI strings of a theme: `strings/<language>.yml`, a YAML mapping in the
/// same strict subset as front matter. `nl-BE` falls back to `nl`.
public enum ThemeStrings {
    public static func load(folder: URL, display: String, language: String) throws(DiagnosticError) -> TemplateValue {
        let candidates = [language, String(language.prefix { $0 != "-" })]
        guard let name = candidates.first(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0).yml").path) }) else {
            throw DiagnosticError(.error("the theme has no strings file for the language '\(language)'",
                                         file: "\(display)/\(candidates.last!).yml", at: .start,
                                         hint: "Add strings/\(candidates.last!).yml to the theme (copy nl.yml and translate it)."))
        }
        let path = "\(display)/\(name).yml"
        guard let text = try? String(contentsOf: folder.appendingPathComponent("\(name).yml"), encoding: .utf8) else {
            throw DiagnosticError(.error("the strings file cannot be read as UTF-8 text", file: path, at: .start))
        }
        let root = try FrontMatterParser.parseDataFile(text, file: path)
        return value(root)
    }

    static func value(_ node: FrontMatterNode) -> TemplateValue {
        switch node.kind {
        case .scalar(let text): return .string(text)
        case .sequence(let items): return .array(items.map(value))
        case .mapping(let pairs): return .dictionary(TemplateDictionary(pairs.map { ($0.key, value($0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}

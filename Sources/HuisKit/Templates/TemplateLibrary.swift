/// The named templates of a theme: what `{{>name}}` and `{{<name}}` refer to.
///
/// Keys are the names used in tags (e.g. `partials/header`); each template
/// keeps its own file path for diagnostics. A value type: build it once,
/// then render from any number of threads.
public struct TemplateLibrary: Sendable {
    public private(set) var templates: [String: Template]

    public init(_ templates: [String: Template] = [:]) {
        self.templates = templates
    }

    /// Parses every source; the key is both the name in tags and the file in
    /// diagnostics. Reports the syntax errors of all templates at once.
    public init(sources: [String: String]) throws(DiagnosticError) {
        var templates: [String: Template] = [:]
        var problems: [Diagnostic] = []
        for (name, source) in sources {
            do throws(DiagnosticError) {
                templates[name] = try Template(source: source, name: name)
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems.sorted()) }
        self.templates = templates
    }

    public subscript(name: String) -> Template? {
        get { templates[name] }
        set { templates[name] = newValue }
    }

    /// Every reference to a partial or parent that is not in the library,
    /// at the position of its tag, sorted by file and position.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for template in templates.values {
            for reference in template.references where templates[reference.name] == nil {
                problems.append(TemplateDiagnostics.missingTemplate(
                    reference.name, asParent: reference.kind == .parent,
                    suggestion: closestName(to: reference.name),
                    file: template.name, at: reference.position))
            }
        }
        return problems.sorted()
    }

    /// Renders the template named `name` with `context`.
    public func render(_ name: String, _ context: TemplateValue) throws(DiagnosticError) -> String {
        String(decoding: try renderBytes(name, context), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes (see `Template.renderBytes`).
    public func renderBytes(_ name: String, _ context: TemplateValue) throws(DiagnosticError) -> [UInt8] {
        guard let template = templates[name] else {
            throw DiagnosticError(TemplateDiagnostics.unknownTemplate(name, known: Array(templates.keys)))
        }
        return try template.renderBytes(context, library: self)
    }

    /// The known name nearest to a misspelt one, if it is only a typo away.
    private func closestName(to name: String) -> String? {
        let limit = max(1, name.count / 4)
        var best: (name: String, distance: Int)?
        for candidate in templates.keys.sorted() {
            let distance = Self.editDistance(name, candidate)
            if distance <= limit && distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The rules each content file silences with `lint: { ignore: [rule-id, …] }`
/// in its front matter, and the step that drops their findings.
public struct LintIgnores: Sendable, Hashable {
    /// Rule ids by the file's path as diagnostics name it.
    public private(set) var byFile: [String: Set<String>] = [:]

    public init(byFile: [String: Set<String>] = [:]) {
        self.byFile = byFile
    }

    /// Reads `lint.ignore` of every parsed file. Unknown fields and unknown
    /// rule ids are reported in the file's own diagnostics, with a suggestion.
    static func read(_ files: [ParsedFile]) -> LintIgnores {
        var ignores = LintIgnores()
        for file in files {
            let rules = rules(of: file)
            if !rules.isEmpty { ignores.byFile[file.source.displayPath] = rules }
        }
        return ignores
    }

    /// The rules one file silences; problems go to the file's diagnostics.
    static func rules(of file: ParsedFile) -> Set<String> {
        guard let pair = file.document.root?.mapping?.first(where: { $0.key == "lint" }), !pair.value.isEmpty else { return [] }
        let reader = FieldReader(pair.value, schema: ContentSchemas.lint, anchor: pair.keyPosition, bag: file.bag, context: "lint")
        var rules = Set<String>()
        for (text, position) in reader.list("ignore") ?? [] {
            if LintRule(rawValue: text) != nil {
                rules.insert(text)
            } else {
                let suggestion = Suggestion.closest(to: text, in: LintRule.ids)
                file.bag.error("unknown lint rule '\(text)' in 'lint.ignore'", at: position,
                               hint: (suggestion.map { "Did you mean '\($0)'? " } ?? "")
                                   + "The rules are listed in docs/lints.md: \(LintRule.ids.joined(separator: ", ")).")
            }
        }
        return rules
    }

    /// Adds the rules a file silences.
    mutating func add(_ rules: [String], file: String) {
        if !rules.isEmpty { byFile[file, default: []].formUnion(rules) }
    }

    /// Whether the file of `diagnostic` silences its rule.
    public func silences(_ diagnostic: Diagnostic) -> Bool {
        guard let rule = diagnostic.rule, let rules = byFile[diagnostic.file] else { return false }
        return rules.contains(rule)
    }

    /// The findings that are not silenced, and how many were.
    public func apply(to diagnostics: [Diagnostic]) -> (kept: [Diagnostic], silenced: Int) {
        guard !byFile.isEmpty else { return (diagnostics, 0) }
        let kept = diagnostics.filter { !silences($0) }
        return (kept, diagnostics.count - kept.count)
    }
}

extension Array where Element == Diagnostic {
    /// With `--strict`, every warning counts as an error (for the editors' own CI).
    func escalatingWarnings(_ strict: Bool) -> [Diagnostic] {
        guard strict else { return self }
        return map { diagnostic in
            var escalated = diagnostic
            escalated.severity = .error
            return escalated
        }
    }
}

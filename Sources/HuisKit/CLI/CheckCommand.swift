/// `huis check`: validate everything, write nothing.
enum CheckCommand {
    static func run(_ context: CommandContext) -> ExitCode {
        let contentPath = context.value("content") ?? "content"
        let root = context.url("content")!
        let result = ContentChecker.check(ContentLoader(root: root, displayRoot: contentPath))
        DiagnosticReport.print(result.diagnostics, format: context.format, console: context.console,
                               summary: "checked \(result.fileCount) files in \(contentPath)")
        return result.hasErrors ? .contentErrors : .success
    }
}

/// Prints diagnostics and a one-line summary, as text or JSON.
enum DiagnosticReport {
    static func print(_ diagnostics: [Diagnostic], format: String, console: Console, summary: String) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if format == "json" {
            console.out("{\n\"errors\": \(errors),\n\"warnings\": \(warnings),\n\"diagnostics\": \(DiagnosticFormatter.json(diagnostics))\n}")
            return
        }
        for diagnostic in diagnostics { console.err(DiagnosticFormatter.text(diagnostic)) }
        console.out("\(summary): \(count(errors, "error")), \(count(warnings, "warning"))")
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

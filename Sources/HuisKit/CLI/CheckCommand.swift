/// `huis check`: validate everything, write nothing.
enum CheckCommand {
    static func run(_ context: CommandContext) -> ExitCode {
        let contentPath = context.value("content") ?? "content"
        let root = context.url("content")!
        let result = ContentChecker.check(ContentLoader(root: root, displayRoot: contentPath),
                                          options: ContentChecker.Options(strict: context.arguments.flags.contains("strict")))
        DiagnosticReport.print(result.diagnostics, silenced: result.silenced, format: context.format, console: context.console,
                               summary: "checked \(result.fileCount) files in \(contentPath)")
        return result.hasErrors ? .contentErrors : .success
    }
}

/// Prints diagnostics and a one-line summary, as text or JSON.
enum DiagnosticReport {
    static func print(_ diagnostics: [Diagnostic], silenced: Int = 0, format: String, console: Console, summary: String) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if format == "json" {
            console.out("{\n\"errors\": \(errors),\n\"warnings\": \(warnings),\n\"silenced\": \(silenced),\n"
                + "\"diagnostics\": \(DiagnosticFormatter.json(diagnostics))\n}")
            return
        }
        for diagnostic in diagnostics { console.err(DiagnosticFormatter.text(diagnostic)) }
        console.out("\(summary): \(counts(errors: errors, warnings: warnings, silenced: silenced))")
    }

    /// "2 errors, 1 warning", and ", 3 silenced" when files silenced findings.
    static func counts(errors: Int, warnings: Int, silenced: Int) -> String {
        "\(count(errors, "error")), \(count(warnings, "warning"))" + (silenced > 0 ? ", \(silenced) silenced" : "")
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

import Foundation

/// `huis build`.
enum BuildCommand {
    static func run(_ context: CommandContext) -> ExitCode {
        guard context.arguments.positionals.isEmpty else {
            return HuisCommandLine.usage(context.console, UsageError(message: "'huis build' takes no arguments, only options",
                                                                      hint: "See `huis help build`."))
        }
        let now: LocalDateTime
        if let text = context.value("now"), context.arguments.options["now"] != nil {
            guard let parsed = LocalDateTime(iso: text) ?? LocalDate(iso: text).map(LocalDateTime.startOf) else {
                return HuisCommandLine.usage(context.console, UsageError(
                    message: "'--now' must be a date (2026-03-15) or a date and time (\"2026-03-15 14:30\"), not '\(text)'", hint: nil))
            }
            now = parsed
        } else {
            now = BrusselsTime.now()
        }
        let options = BuildOptions(
            content: context.url("content")!, contentDisplay: context.value("content") ?? "content",
            theme: context.arguments.options["theme"].map(context.resolve),
            output: context.url("out")!,
            regions: context.value("region").map { $0.split(separator: ",").map { String($0).trimmingSpaces } },
            now: now, strict: context.arguments.flags.contains("strict"))
        var buildOptions = options
        buildOptions.force = context.arguments.flags.contains("force")
        let started = Date()
        let console = context.console
        let json = context.format == "json"
        let result = SiteBuilder.build(buildOptions) { step in
            if !json { console.err("  \(step)") }
        }
        let seconds = Date().timeIntervalSince(started)
        if json {
            console.out(BuildReport.json(result, seconds: seconds))
        } else {
            for diagnostic in result.diagnostics { console.err(DiagnosticFormatter.text(diagnostic)) }
            console.out(BuildReport.line(result, seconds: seconds, output: context.value("out") ?? "public"))
        }
        if result.outputFailed { return .failure }
        if result.hasErrors { return .contentErrors }
        return .success
    }
}

/// The summary that ends every build, for logs (text) and schedulers (JSON).
enum BuildReport {
    static func line(_ result: BuildResult, seconds: Double, output: String) -> String {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        let problems = DiagnosticReport.counts(errors: errors, warnings: warnings, silenced: result.silenced)
        guard let summary = result.output else {
            return "build failed: \(problems); \(output)/ was not changed"
        }
        let counts = summary.counts()
        let pages = { (change: OutputTransaction.Change) in counts[change]?.pages ?? 0 }
        let files = { (change: OutputTransaction.Change) in counts[change]?.files ?? 0 }
        let removedPages = summary.removed.filter { $0.hasSuffix(".html") }.count
        if result.upToDate {
            let earlier = result.previousWarnings == 0 ? "" : "; the last build reported \(DiagnosticReport.count(result.previousWarnings, "warning")) (huis check lists them)"
            return "nothing changed since the last build (\(result.regionCount) regions, \(result.pageCount) pages), checked in "
                + String(format: "%.2f", seconds) + " s: pages 0 added, 0 changed, 0 removed; "
                + "files 0 added, 0 changed, 0 removed, \(files(.unchanged)) unchanged\(earlier)"
        }
        return "built \(result.regionCount) region\(result.regionCount == 1 ? "" : "s"), \(result.pageCount) pages in "
            + String(format: "%.2f", seconds) + " s: pages \(pages(.added)) added, \(pages(.changed)) changed, \(removedPages) removed; "
            + "files \(files(.added)) added, \(files(.changed)) changed, \(summary.removed.count) removed, \(files(.unchanged)) unchanged; \(problems)"
    }

    /// One JSON object; the lists of paths are sorted by their UTF-8 bytes.
    /// Written by hand rather than through `JSONSerialization`: a cold build
    /// of 50,000 partners lists 61,000 paths, which took Foundation 1.7 s.
    static func json(_ result: BuildResult, seconds: Double) -> String {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        var writer = JSONWriter(style: .prettyFile, capacity: 1 << 16)
        // Members in the byte order of their keys, as `JSONWriter` wants them.
        writer.beginObject()
        if let summary = result.output {
            writer.key("added"); writer.strings(summary.paths(.added))
            writer.key("changed"); writer.strings(summary.paths(.changed))
        }
        writer.key("diagnostics"); DiagnosticFormatter.write(result.diagnostics, to: &writer)
        writer.key("errors"); writer.int(errors)
        if let summary = result.output {
            writer.key("not_overwritten"); writer.strings(summary.foreignSkipped)
        }
        writer.key("ok"); writer.bool(!result.hasErrors)
        writer.key("pages"); writer.int(result.pageCount)
        writer.key("regions"); writer.int(result.regionCount)
        if let summary = result.output {
            writer.key("removed"); writer.strings(summary.removed)
        }
        writer.key("seconds"); writer.number((seconds * 1000).rounded() / 1000)
        writer.key("silenced"); writer.int(result.silenced)
        if let summary = result.output {
            writer.key("unchanged"); writer.int(summary.counts()[.unchanged]?.files ?? 0)
        }
        writer.key("up_to_date"); writer.bool(result.upToDate)
        writer.key("warnings"); writer.int(result.diagnostics.count - errors)
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

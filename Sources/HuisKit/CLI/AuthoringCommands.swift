import Foundation

/// `huis new` and `huis init`.
enum AuthoringCommands {
    static func new(_ context: CommandContext) -> ExitCode {
        let kinds = NewContentFile.Kind.allCases.map(\.rawValue)
        let arguments = context.arguments.positionals
        guard arguments.count == 2, let kind = NewContentFile.Kind(rawValue: arguments[0]) else {
            let hint = arguments.first.flatMap { Suggestion.didYouMean($0, in: kinds) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
                ?? "Kinds: \(kinds.joined(separator: ", ")). Put a title with spaces in quotes: huis new partner \"Kind en Gezin\" --region ranst"
            return HuisCommandLine.usage(context.console, UsageError(
                message: arguments.count == 2 ? "unknown kind '\(arguments[0])'" : "'huis new' needs a kind and a title", hint: hint))
        }
        let region = context.value("region")
        if region == nil, kind != .partner {
            return HuisCommandLine.usage(context.console, UsageError(message: "'huis new \(kind.rawValue)' needs --region ID",
                                                                      hint: "Only partners can be network-level (without --region)."))
        }
        do {
            let path = try NewContentFile.create(kind, title: arguments[1], region: region, content: context.url("content")!,
                                                 today: BrusselsTime.now().date)
            context.console.out((context.value("content") ?? "content") + "/" + path)
            return .success
        } catch NewContentFile.Failure.noRegion(let id, let known) {
            return HuisCommandLine.usage(context.console, UsageError(
                message: "there is no region '\(id)'",
                hint: Suggestion.didYouMean(id, in: known).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                    ?? (known.isEmpty ? "Start one with `huis init \(id)`." : "Regions: \(known.joined(separator: ", ")).")))
        } catch NewContentFile.Failure.emptyTitle {
            return HuisCommandLine.usage(context.console, UsageError(message: "the title is empty", hint: "Give a title with letters or digits."))
        } catch {
            context.console.err("huis: cannot write the new file: \(error)")
            return .failure
        }
    }

    static func initRegion(_ context: CommandContext) -> ExitCode {
        guard context.arguments.positionals.count == 1, let id = context.arguments.positionals.first else {
            return HuisCommandLine.usage(context.console, UsageError(message: "'huis init' needs one region id",
                                                                      hint: "For example: huis init balen-dessel-mol-retie"))
        }
        let content = context.url("content")!
        let seeds = context.arguments.options["seeds"].map(context.resolve)
            ?? content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("seeds")
        do {
            let created = try RegionStarter.start(id, content: content, seeds: seeds)
            let shown = context.value("content") ?? "content"
            for path in created { context.console.out("created \(shown)/\(path)") }
            context.console.out("Next: fill in \(shown)/regions/\(id)/region.md, then run `huis check`.")
            return .success
        } catch RegionStarter.Failure.invalidID(let id, let suggestion) {
            return HuisCommandLine.usage(context.console, UsageError(
                message: "'\(id)' cannot be a region id", hint: "Use lower-case letters, digits and dashes, e.g. '\(suggestion)'."))
        } catch RegionStarter.Failure.regionExists(let path) {
            context.console.err("huis: \(context.value("content") ?? "content")/\(path) exists already; init never overwrites")
            context.console.err("    hint: Choose another id, or remove the folder first.")
            return .contentErrors
        } catch RegionStarter.Failure.noSeeds(let path) {
            context.console.err("huis: the starter kit '\(path)' is missing or empty")
            context.console.err("    hint: Run huis from the project folder (which holds seeds/), or pass --seeds DIR.")
            return .failure
        } catch {
            context.console.err("huis: cannot create the region: \(error)")
            return .failure
        }
    }
}

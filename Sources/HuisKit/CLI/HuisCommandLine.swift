import Foundation

/// The `huis` command line: everything the executable does, so it can be tested.
public enum HuisCommandLine {
    public static let version = "0.1.0"

    /// Runs one invocation (`arguments` without the program name) and returns
    /// the exit status.
    public static func run(_ arguments: [String], console: Console,
                           workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> ExitCode {
        guard let first = arguments.first else {
            console.out(overview)
            return .success
        }
        switch first {
        case "-h", "--help":
            console.out(overview)
            return .success
        case "--version", "version":
            console.out("huis \(version)")
            return .success
        default:
            break
        }
        guard let spec = CommandSpec.named(first) else {
            let suggestion = Suggestion.closest(to: first, in: CommandSpec.all.map(\.name))
            return usage(console, UsageError(message: "unknown command '\(first)'",
                                             hint: suggestion.map { "Did you mean 'huis \($0)'?" } ?? "Run `huis --help` to see the commands."))
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(help(for: spec))
            return .success
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(rest, for: spec)
        } catch {
            return usage(console, error)
        }
        let context = CommandContext(console: console, arguments: parsed, spec: spec, workingDirectory: workingDirectory)
        switch spec.name {
        case "help":
            guard let name = parsed.positionals.first else {
                console.out(overview)
                return .success
            }
            guard let target = CommandSpec.named(name) else {
                return usage(console, UsageError(message: "there is no command '\(name)'", hint: "Run `huis --help` to see the commands."))
            }
            console.out(help(for: target))
            return .success
        case "check":
            return CheckCommand.run(context)
        case "build":
            return BuildCommand.run(context)
        case "new":
            return AuthoringCommands.new(context)
        case "init":
            return AuthoringCommands.initRegion(context)
        case "reference":
            console.out(FrontMatterReference.markdown())
            return .success
        default:
            return usage(console, UsageError(message: "'\(spec.name)' is not available", hint: nil))
        }
    }

    static func usage(_ console: Console, _ error: UsageError) -> ExitCode {
        console.err("huis: \(error.message)")
        if let hint = error.hint { console.err("    hint: \(hint)") }
        return .usage
    }

    /// The text of `huis --help`.
    public static var overview: String {
        let width = CommandSpec.all.map(\.name.count).max() ?? 0
        let lines = CommandSpec.all.map { "  " + $0.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.summary }
        return """
        huis \(version): websites for the Huizen van het Kind from Markdown files.

        Usage: huis <command> [options]

        Commands:
        \(lines.joined(separator: "\n"))

        Run `huis help <command>` for the options of a command.
        """
    }

    /// The text of `huis help <command>`.
    public static func help(for spec: CommandSpec) -> String {
        var text = "Usage: \(spec.synopsis)\n\n\(spec.summary)\n\n\(spec.details)\n"
        if !spec.options.isEmpty {
            text += "\nOptions:\n"
            for option in spec.options {
                let head = "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
                text += "  " + head.padding(toLength: max(20, head.count + 2), withPad: " ", startingAt: 0) + option.help
                if let value = option.defaultValue { text += " Default: \(value)." }
                text += "\n"
            }
        }
        text += "  --help              Show this help.\n"
        return text
    }
}

/// What a command gets to work with.
struct CommandContext {
    let console: Console
    let arguments: ParsedArguments
    let spec: CommandSpec
    let workingDirectory: URL

    func value(_ name: String) -> String? { arguments.value(name, in: spec) }

    func url(_ name: String) -> URL? {
        value(name).map(resolve)
    }

    /// A path from the command line: absolute as it is, relative from the
    /// working directory.
    func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    var format: String { value("format") ?? "text" }
}

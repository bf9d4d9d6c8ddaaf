/// Parses `--name value`, `--name=value`, flags and positional arguments
/// against a command's spec. Mistakes are usage errors with a suggestion.
public struct ParsedArguments: Sendable {
    public var options: [String: String] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public func value(_ name: String, in spec: CommandSpec) -> String? {
        options[name] ?? spec.option(name)?.defaultValue
    }
}

public struct UsageError: Error, Sendable {
    public let message: String
    public let hint: String?
}

enum ArgumentParser {
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.count > 2 else {
                if argument.hasPrefix("-"), argument != "-" {
                    throw UsageError(message: "unknown option '\(argument)' for 'huis \(spec.name)'",
                                     hint: "Options start with two dashes; see `huis help \(spec.name)`.")
                }
                result.positionals.append(argument)
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.option(name) else {
                let suggestion = Suggestion.closest(to: name, in: spec.options.map(\.name))
                throw UsageError(message: "unknown option '--\(name)' for 'huis \(spec.name)'",
                                 hint: suggestion.map { "Did you mean '--\($0)'?" } ?? "See `huis help \(spec.name)`.")
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil {
                    throw UsageError(message: "'--\(name)' takes no value", hint: "Write just `--\(name)`.")
                }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "'--\(name)' needs a value", hint: "Write `--\(name) \(valueName)`.")
            }
            if let choices = option.choices, !choices.contains(value) {
                throw UsageError(message: "'--\(name)' must be one of \(choices.joined(separator: ", ")), not '\(value)'", hint: nil)
            }
            result.options[name] = value
        }
        return result
    }
}

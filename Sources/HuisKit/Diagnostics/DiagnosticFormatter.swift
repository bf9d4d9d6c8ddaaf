import Foundation

/// Turns diagnostics into text for people or JSON for tools.
public enum DiagnosticFormatter {
    /// `path:line:col: error: message`, then an indented `hint:` line.
    public static func text(_ diagnostic: Diagnostic) -> String {
        var out = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): "
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let rule = diagnostic.rule { out += " [\(rule)]" }
        if let hint = diagnostic.hint { out += "\n    hint: \(hint)" }
        return out
    }

    public static func text(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(text).joined(separator: "\n")
    }

    /// A JSON array of objects with `file`, `line`, `column`, `severity`,
    /// `message`, `hint` and `rule`; keys sorted so the output is stable.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let objects: [[String: Any]] = diagnostics.map { d in
            var object: [String: Any] = [
                "file": d.file, "line": d.line, "column": d.column,
                "severity": d.severity.rawValue, "message": d.message,
            ]
            if let hint = d.hint { object["hint"] = hint }
            if let rule = d.rule { object["rule"] = rule }
            return object
        }
        let data = (try? JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

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
        var writer = JSONWriter(style: .prettyFile)
        write(diagnostics, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The same array, written where `writer` stands (inside a build's summary).
    static func write(_ diagnostics: [Diagnostic], to writer: inout JSONWriter) {
        writer.beginArray()
        for d in diagnostics {
            // Members in the byte order of their keys, as `JSONWriter` wants them.
            writer.beginObject()
            writer.key("column"); writer.int(d.column)
            writer.key("file"); writer.string(d.file)
            writer.optional("hint", d.hint) { $0.string($1) }
            writer.key("line"); writer.int(d.line)
            writer.key("message"); writer.string(d.message)
            writer.optional("rule", d.rule) { $0.string($1) }
            writer.key("severity"); writer.string(d.severity.rawValue)
            writer.endObject()
        }
        writer.endArray()
    }
}

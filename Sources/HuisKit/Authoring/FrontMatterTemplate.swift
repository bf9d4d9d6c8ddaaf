/// Writes front matter for a new file from a schema: the fields that must be
/// there with a value, every other field commented out with its Dutch help
/// text and an example, so editors see everything a kind can hold.
enum FrontMatterTemplate {
    /// `values` holds the text to write for fields that get a value (required
    /// fields, and anything the caller fills in, such as today's date).
    static func render(_ schema: Schema, values: [String: String], header: String? = nil) -> String {
        var lines = ["---"]
        if let header { lines += header.split(separator: "\n").map { "# " + $0 } }
        for field in schema.fields {
            lines += comment(field.help, indent: "")
            if let value = values[field.name] {
                lines.append("\(field.name): \(value)")
            } else {
                lines += commentedOut(field, indent: "")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func comment(_ help: String, indent: String) -> [String] {
        wrap(help, width: 76 - indent.count).map { "\(indent)# \($0)" }
    }

    private static func commentedOut(_ field: FieldSpec, indent: String) -> [String] {
        switch field.type {
        case .mapping(let nested), .list(of: let nested):
            var lines = ["\(indent)# \(field.name):"]
            let isList: Bool
            if case .list = field.type { isList = true } else { isList = false }
            for (i, sub) in nested.fields.enumerated() {
                let prefix = isList ? (i == 0 ? "  - " : "    ") : "  "
                lines.append("\(indent)#\(prefix)\(sub.name): \(sub.example ?? "…")")
            }
            return lines
        case .hours:
            return ContentSchemas.hours.fields.prefix(5).map { "\(indent)#   \($0.name): \($0.example ?? "closed")" }
                .reduce(into: ["\(indent)# \(field.name):"]) { $0.append($1) }
        default:
            return ["\(indent)# \(field.name): \(field.example ?? "…")"]
        }
    }

    /// Splits text into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

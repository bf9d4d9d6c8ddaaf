/// Reads `accessibility:` of region.md.
enum AccessibilityDecoder {
    static func decode(_ region: FieldReader) -> AccessibilityStatement {
        guard let r = region.nested("accessibility", ContentSchemas.accessibility) else { return AccessibilityStatement() }
        var statement = AccessibilityStatement()
        if let (text, node) = r.scalar("status") {
            let lower = text.lowercased()
            if let status = AccessibilityStatement.Status(rawValue: lower) ?? AccessibilityStatement.Status.dutch[lower] {
                statement.status = status
            } else {
                let names = AccessibilityStatement.Status.allCases.map(\.rawValue)
                r.bag.error("'status' must be full, partial or none, not '\(text)'", at: node.position,
                            hint: Suggestion.closest(to: lower, in: names).map { "Did you mean '\($0)'?" }
                                ?? "full: the site meets WCAG 2.1 AA completely; partial: with exceptions; none: it does not yet.")
            }
        }
        statement.evaluated = r.date("evaluated")
        statement.method = r.paragraph("method")
        statement.statementDate = r.date("statement_date")
        statement.exceptions = (r.nestedList("exceptions", ContentSchemas.accessibilityException) ?? []).compactMap { e in
            guard let what = e.paragraph("what") else { return nil }
            return AccessibilityStatement.Exception(what: what, reason: e.paragraph("reason"), alternative: e.paragraph("alternative"))
        }
        if statement.status == .full, !statement.exceptions.isEmpty {
            r.bag.error("'status: full' does not go with 'exceptions'", at: r.keyPosition("status") ?? r.anchor,
                        hint: "A site with known exceptions is partially compliant: write `status: partial`.")
        }
        return statement
    }
}

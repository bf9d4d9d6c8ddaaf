/// The messages of the template engine, in one place so they read alike.
///
/// Every message says what is wrong and quotes the tag as written; every hint
/// says how to fix it. Rules (`template-…`) let tools group them.
enum TemplateDiagnostics {
    static func unclosedTag(_ preview: String, close: String, file: String, at position: SourcePosition) -> Diagnostic {
        .error("The tag '\(preview)' is not closed.", file: file, at: position,
               hint: "End the tag with '\(close)', e.g. '{{title}}'.", rule: "template-unclosed-tag")
    }

    static func emptyTag(_ written: String, file: String, at position: SourcePosition) -> Diagnostic {
        .error("The tag '\(written)' has no name.", file: file, at: position,
               hint: "Put the name of a value inside the tag, e.g. '{{title}}', or remove the tag.",
               rule: "template-empty-tag")
    }

    static func invalidName(_ name: String, written: String, file: String, at position: SourcePosition) -> Diagnostic {
        let problem = name.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? "contains a space" : "is not a valid name"
        return .error("The name '\(name)' in '\(written)' \(problem).", file: file, at: position,
                      hint: "Write the name without spaces; use dots only between parts, e.g. 'region.title'.",
                      rule: "template-invalid-name")
    }

    static func invalidDelimiters(_ written: String, file: String, at position: SourcePosition) -> Diagnostic {
        .error("The delimiter change '\(written)' is not valid.", file: file, at: position,
               hint: "Write two new delimiters without '=' or spaces in them, separated by a space, e.g. '{{=<% %>=}}'.",
               rule: "template-invalid-delimiters")
    }

    static func unclosedSection(_ open: TemplateToken, file: String, at position: SourcePosition) -> Diagnostic {
        .error("\(describe(open)) '\(open.written())' is never closed.", file: file, at: position,
               hint: "Add '\(open.written(as: .close))' where it should end.", rule: "template-unclosed-section")
    }

    static func mismatchedClose(
        _ close: TemplateToken, open: TemplateToken, openPosition: SourcePosition,
        file: String, at position: SourcePosition
    ) -> Diagnostic {
        .error("'\(close.written())' does not match the open '\(open.written())' of line \(openPosition.line), column \(openPosition.column).",
               file: file, at: position,
               hint: "Close the innermost open tag first: write '\(open.written(as: .close))' here, or correct the name.",
               rule: "template-mismatched-close")
    }

    static func unexpectedClose(_ close: TemplateToken, file: String, at position: SourcePosition) -> Diagnostic {
        .error("'\(close.written())' closes a section that was never opened.", file: file, at: position,
               hint: "Remove it, or add '\(close.written(as: .section))' where the section should start.",
               rule: "template-unexpected-close")
    }

    static func missingTemplate(
        _ name: String, asParent: Bool, suggestion: String?, file: String, at position: SourcePosition
    ) -> Diagnostic {
        let what = asParent ? "layout" : "partial"
        var hint = "Add a template named '\(name)' to the theme, or correct the name."
        if let suggestion { hint = "Did you mean '\(suggestion)'? " + hint }
        return .error("The \(what) '\(name)' does not exist.", file: file, at: position,
                      hint: hint, rule: asParent ? "template-missing-parent" : "template-missing-partial")
    }

    static func unknownTemplate(_ name: String, known: [String]) -> Diagnostic {
        let list = known.sorted().prefix(10).joined(separator: ", ")
        return .error("There is no template named '\(name)'.", file: name, at: .start,
                      hint: known.isEmpty ? "Load the theme's templates first." : "Known templates: \(list).",
                      rule: "template-unknown")
    }

    static func endlessInclusion(_ name: String, file: String, at position: SourcePosition) -> Diagnostic {
        .error("'\(name)' includes itself without end.", file: file, at: position,
               hint: "Put the inclusion inside a section that stops, e.g. '{{#children}}…{{/children}}'.",
               rule: "template-endless-inclusion")
    }

    static func notPrintable(_ written: String, isList: Bool, file: String, at position: SourcePosition) -> Diagnostic {
        .error("'\(written)' is a \(isList ? "list" : "group of values") and cannot be printed as text.",
               file: file, at: position,
               hint: "Use a section to show its items, e.g. '{{#items}}{{title}}{{/items}}'.",
               rule: "template-not-printable")
    }

    private static func describe(_ token: TemplateToken) -> String {
        switch token.kind {
        case .parent: return "The layout"
        case .block: return "The block"
        case .invertedSection: return "The inverted section"
        default: return "The section"
        }
    }
}

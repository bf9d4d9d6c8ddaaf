@testable import HuisKit

/// Renders a body as the build does and runs the editor checks on it.
enum LintHarness {
    static let file = "content/regions/mol/pages/over.md"

    static func lint(_ body: String, firstLine: Int = 1, unsafeHTML: Bool = false, headingBase: Int = 1,
                     resolveLink: (String) -> LinkResolution = { _ in .keep }) -> [Diagnostic] {
        let rendered = MarkdownProcessor(options: MarkdownOptions(allowUnsafeHTML: unsafeHTML))
            .render(MarkdownSource(text: body, file: file, firstLine: firstLine), resolveLink: resolveLink)
        return (rendered.diagnostics + BodyLinter(allowUnsafeHTML: unsafeHTML).lint(rendered, file: file, headingBase: headingBase)).sorted()
    }

    /// `rule@line:column` for each finding, for compact expectations.
    static func found(_ body: String, firstLine: Int = 1, unsafeHTML: Bool = false, headingBase: Int = 1) -> [String] {
        lint(body, firstLine: firstLine, unsafeHTML: unsafeHTML, headingBase: headingBase)
            .map { "\($0.rule ?? "-")@\($0.line):\($0.column)" }
    }

    /// A sentence of exactly `count` words.
    static func sentence(_ count: Int) -> String {
        (["Ouders"] + Array(repeating: "kunnen", count: count - 2) + ["langskomen."]).joined(separator: " ")
    }
}

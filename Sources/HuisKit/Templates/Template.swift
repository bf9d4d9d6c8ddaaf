/// huis's Mustache template engine.
///
/// Supported: everything in the core Mustache spec (interpolation, sections,
/// inverted sections, comments, partials, set delimiters) and the optional
/// inheritance module (blocks `{{$name}}` and parents `{{<name}}`), passing
/// every vector of those spec files, including the standalone-line, partial
/// indentation and block reindentation rules.
///
/// - `{{name}}` escapes `& < > " '` (the apostrophe as `&#39;`); `{{{name}}}`
///   and `{{&name}}` insert the value as it is. Themes use the raw forms only
///   for HTML rendered from Markdown.
/// - Names are dotted paths (`region.contact.phone`) resolved against the
///   context stack as the spec says; `{{.}}` is the current item.
/// - A section hides for `false`, `null`, a missing name, an empty list, an
///   empty string and zero (see `TemplateValue.isTruthy`).
/// - A theme's base layout declares blocks; a page template fills them:
///   `{{<layouts/base}}{{$main}}…{{/main}}{{/layouts/base}}`. Content placed
///   in a block takes the block's indentation in the layout. For clean output
///   put a layout's `{{$main}}` and `{{/main}}` each on a line of its own: a
///   block written `{{$main}}{{/main}}` on one line keeps its line break (as
///   the spec requires), which adds a blank line after multi-line content.
///
/// Not supported: lambdas and dynamic names (`{{>*name}}`), which the spec
/// marks optional; data is plain values, never code.
///
/// A template is parsed once into a tree (`init`), then rendered any number of
/// times, from any number of threads. Syntax errors are diagnostics with the
/// template's file, line and column. As the spec asks, a partial that does not
/// exist renders as nothing; `TemplateLibrary.validate()` reports every such
/// reference so a theme with a typo fails the build instead.
public struct Template: Sendable {
    /// The file the template came from, as shown in diagnostics.
    public let name: String
    let nodes: [TemplateNode]
    /// Bytes of literal text in the template: a first guess at the output size.
    let textByteCount: Int

    /// Parses `source`; `name` is the path used in diagnostics.
    public init(source: String, name: String) throws(DiagnosticError) {
        self.name = name
        let bytes = Array(source.utf8)
        let sourceMap = TemplateSourceMap(bytes: bytes)
        var lexer = TemplateLexer(bytes: bytes, file: name, sourceMap: sourceMap)
        let tokens = try lexer.tokenize()
        let structure = try TemplateStructure(tokens: tokens, file: name, sourceMap: sourceMap)
        let whitespace = TemplateWhitespace(tokens: tokens, structure: structure, bytes: bytes)
        var builder = TemplateTreeBuilder(
            bytes: bytes, file: name, structure: structure, whitespace: whitespace, sourceMap: sourceMap)
        nodes = builder.buildTemplate()
        textByteCount = builder.textByteCount
    }

    /// Renders the template with `context`, taking partials and parents from `library`.
    public func render(_ context: TemplateValue, library: TemplateLibrary = TemplateLibrary()) throws(DiagnosticError) -> String {
        String(decoding: try renderBytes(context, library: library), as: UTF8.self)
    }

    /// The rendered text as UTF-8 bytes, for writing to a file without
    /// making (and checking) a String first. Always valid UTF-8: it is made
    /// of whole pieces of the template and of the context's strings.
    public func renderBytes(_ context: TemplateValue, library: TemplateLibrary = TemplateLibrary()) throws(DiagnosticError) -> [UInt8] {
        // Pages are usually a layout plus content: leave room for both.
        var renderer = TemplateRenderer(library: library, context: context, capacity: max(4096, textByteCount * 2))
        try renderer.render(nodes, indent: [])
        return renderer.output.bytes
    }

    /// Every partial and parent this template names, in source order.
    public var references: [TemplateReference] {
        var found: [TemplateReference] = []
        Self.collectReferences(in: nodes, into: &found)
        return found.sorted { $0.position < $1.position }
    }

    private static func collectReferences(in nodes: [TemplateNode], into found: inout [TemplateReference]) {
        for node in nodes {
            switch node {
            case .partial(let inclusion):
                found.append(TemplateReference(name: inclusion.name, kind: .partial, position: inclusion.tag.position))
            case .parent(let inclusion, let arguments):
                found.append(TemplateReference(name: inclusion.name, kind: .parent, position: inclusion.tag.position))
                for content in arguments.values { collectReferences(in: content, into: &found) }
            case .section(_, let content, _):
                collectReferences(in: content, into: &found)
            case .block(let block):
                collectReferences(in: block.defaultContent, into: &found)
            case .text, .lineStart, .variable:
                break
            }
        }
    }
}

/// A `{{>name}}` or `{{<name}}` tag: which template it brings in, and where.
public struct TemplateReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{>name}}`
        case partial
        /// `{{<name}}…{{/name}}`
        case parent
    }

    public var name: String
    public var kind: Kind
    /// The position of the tag's opening delimiter.
    public var position: SourcePosition

    public init(name: String, kind: Kind, position: SourcePosition) {
        self.name = name
        self.kind = kind
        self.position = position
    }
}

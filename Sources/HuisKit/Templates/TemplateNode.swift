/// The compiled form of a template: a tree built once by the parser and
/// walked by every render. Whitespace decisions (standalone lines, block
/// reindentation) are all made at parse time, so rendering only appends bytes.
indirect enum TemplateNode: Sendable {
    /// Literal text, with the offsets where a new line starts (where the
    /// indentation of an indented partial goes).
    case text(TemplateText)
    /// A line that starts with a tag rather than text: the indentation goes here.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplatePath, escaped: Bool, TemplateTagInfo)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(TemplatePath, [TemplateNode], inverted: Bool)
    /// `{{>name}}`
    case partial(TemplateInclusion)
    /// `{{<name}}…{{/name}}` with the blocks it passes, by name.
    case parent(TemplateInclusion, arguments: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}`: a place a child template can fill.
    case block(TemplateBlock)
}

/// A run of literal text as UTF-8 bytes, ready to be copied into the output.
struct TemplateText: Sendable {
    var bytes: [UInt8]
    /// Offsets into `bytes` where a line of the template starts, ascending.
    var lineStarts: [Int]
}

/// A dotted name such as `region.title`, split once at parse time, each part
/// with its fingerprint for the lookup; empty for `.`.
struct TemplatePath: Sendable {
    var keys: [TemplateKey]

    init(_ name: String) {
        keys = name == "." ? [] : name.split(separator: ".").map { TemplateKey(String($0)) }
    }
}

/// Where a tag stands and how it was written, for messages raised while rendering.
struct TemplateTagInfo: Sendable {
    /// The template file, as shown to the user.
    var file: String
    var written: String
    var position: SourcePosition
}

/// A tag that brings in another template: a partial or a parent.
struct TemplateInclusion: Sendable {
    var name: String
    /// Whitespace added before every line of the included template when the
    /// tag stands alone on its line; nil when it stands among other content.
    var indentation: [UInt8]?
    var tag: TemplateTagInfo
}

/// A block `{{$name}}…{{/name}}` as a parameter of its template.
struct TemplateBlock: Sendable {
    var name: String
    var defaultContent: [TemplateNode]
    /// The indentation given to the content placed here when the block stands
    /// alone on its lines; nil when it stands among other content.
    var indentation: [UInt8]?
    var tag: TemplateTagInfo
}

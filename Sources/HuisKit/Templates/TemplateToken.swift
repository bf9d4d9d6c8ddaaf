/// One piece of a template's source: a run of text or one tag.
///
/// Text is split after every line break, so a text token holds at most one
/// line break, as its last character: lines are then runs of tokens, which is
/// what the standalone-line rules work on.
struct TemplateToken {
    enum Kind: Equatable {
        case text
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
        case variable(escaped: Bool)
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case invertedSection
        /// `{{/name}}`
        case close
        /// `{{! ... }}`
        case comment
        /// `{{>name}}`
        case partial
        /// `{{<name}}`
        case parent
        /// `{{$name}}`
        case block
        /// `{{=<% %>=}}`
        case setDelimiters
    }

    var kind: Kind
    /// Byte offsets into the UTF-8 source: the whole token, delimiters included.
    var start: Int
    var end: Int
    /// The trimmed name inside a tag; empty for text, comments and delimiter changes.
    var name = ""
    /// The delimiters in force for this tag, for messages that quote a tag.
    var delimiters = TemplateDelimiters.standard
    /// Text only: nothing but spaces and tabs before an optional final line break.
    var isBlank = false
    /// Text only: the token ends with a line break.
    var endsLine = false

    var isTag: Bool { kind != .text }

    /// Tags that open a pair closed by `{{/name}}`.
    var opensPair: Bool {
        switch kind {
        case .section, .invertedSection, .parent, .block: return true
        default: return false
        }
    }

    /// Tags that may stand alone on a line, which then disappears from the output.
    var canStandAlone: Bool {
        switch kind {
        case .text, .variable: return false
        default: return true
        }
    }

    /// How the tag is written with its own delimiters, e.g. `{{#items}}`, for messages.
    func written(as kind: Kind? = nil, name: String? = nil) -> String {
        let sigil: String
        switch kind ?? self.kind {
        case .section: sigil = "#"
        case .invertedSection: sigil = "^"
        case .close: sigil = "/"
        case .partial: sigil = ">"
        case .parent: sigil = "<"
        case .block: sigil = "$"
        case .variable(escaped: false): sigil = "&"
        default: sigil = ""
        }
        return delimiters.open + sigil + (name ?? self.name) + delimiters.close
    }
}

/// The pair of strings that open and close a tag; `{{` and `}}` unless a
/// `{{=<% %>=}}` tag changed them.
struct TemplateDelimiters: Equatable {
    var open: String
    var close: String

    static let standard = TemplateDelimiters(open: "{{", close: "}}")
}

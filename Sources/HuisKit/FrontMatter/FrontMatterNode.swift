/// A node of the front-matter tree. Every scalar is a string: the schema of a
/// field decides its type, so `09:00` or `no` never change meaning behind an
/// editor's back.
public struct FrontMatterNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case scalar(String)
        case sequence([FrontMatterNode])
        case mapping([FrontMatterPair])
    }

    /// How a scalar was written; collections are `.block` or `.flow`.
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case block, flow
    }

    public var kind: Kind
    public var style: Style
    /// Where the node starts: the first character of a scalar (the quote or the
    /// `|` / `>` indicator for quoted and block scalars), the first `-` of a block
    /// sequence, the first key of a block mapping, the `[` or `{` of a flow collection.
    public var position: SourcePosition

    public init(_ kind: Kind, style: Style, at position: SourcePosition) {
        self.kind = kind
        self.style = style
        self.position = position
    }

    /// The text of a scalar, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let value) = kind { return value }
        return nil
    }

    /// The items of a sequence, or nil.
    public var sequence: [FrontMatterNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pairs of a mapping, in source order, or nil.
    public var mapping: [FrontMatterPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value of `key` in a mapping.
    public subscript(key: String) -> FrontMatterNode? {
        mapping?.first { $0.key == key }?.value
    }

    /// An empty value (`key:` with nothing after it) is a plain empty scalar,
    /// which the schema treats as "not given".
    public var isEmpty: Bool {
        if case .scalar(let value) = kind { return value.isEmpty && style == .plain }
        return false
    }
}

/// One `key: value` pair of a mapping, with the position of the key.
public struct FrontMatterPair: Sendable, Equatable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: FrontMatterNode

    public init(key: String, keyPosition: SourcePosition, value: FrontMatterNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}

/// A content file split into its front matter and its Markdown body.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The front-matter mapping, or nil when the file has no front matter at all.
    public var root: FrontMatterNode?
    /// Where the opening `---` stands (errors without a line of their own point here).
    public var openingPosition: SourcePosition
    /// The Markdown after the closing `---`, with `\n` line ends and no BOM.
    public var body: String
    /// The line of the file on which `body` starts (1-based), so Markdown
    /// positions can be reported as file positions.
    public var bodyLine: Int
    /// A hash of the front matter's text (empty without front matter): what
    /// outputs that show only the fields, not the body, depend on.
    public var frontMatterHash = ""

    public init(root: FrontMatterNode?, openingPosition: SourcePosition, body: String, bodyLine: Int) {
        self.root = root
        self.openingPosition = openingPosition
        self.body = body
        self.bodyLine = bodyLine
    }
}

/// The fields one kind of content file (or one nested mapping) may have.
///
/// This is the single source of truth for front matter: the readers check keys
/// against it, `huis new` writes its commented templates from it, and the
/// reference in `docs/front-matter.md` is generated from it.
public struct Schema: Sendable {
    public let name: String
    public let fields: [FieldSpec]

    public init(_ name: String, _ fields: [FieldSpec]) {
        self.name = name
        self.fields = fields
    }

    public func field(_ key: String) -> FieldSpec? {
        fields.first { $0.name == key }
    }

    public var keys: [String] { fields.map(\.name) }
}

/// One field: its key, type, whether it is required, and a Dutch explanation.
public struct FieldSpec: Sendable {
    public let name: String
    public let type: FieldType
    public let required: Bool
    /// One or two Dutch sentences for editors.
    public let help: String
    /// An example value as it would be written in front matter.
    public let example: String?

    public init(_ name: String, _ type: FieldType, required: Bool = false, help: String, example: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.help = help
        self.example = example
    }
}

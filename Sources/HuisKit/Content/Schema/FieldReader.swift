/// Reads the fields of one front-matter mapping against its schema.
///
/// Creating a reader reports unknown keys (with a suggestion) and missing
/// required fields; the typed accessors report values of the wrong form.
/// Problems go to a shared `DiagnosticBag`, and an accessor returns nil for a
/// value it could not read, so decoding goes on and finds every problem.
struct FieldReader {
    let schema: Schema
    let bag: DiagnosticBag
    /// Where errors without a line of their own are reported.
    let anchor: SourcePosition
    private let pairs: [String: FrontMatterPair]

    init(_ node: FrontMatterNode?, schema: Schema, anchor: SourcePosition, bag: DiagnosticBag, context: String? = nil) {
        self.schema = schema
        self.bag = bag
        self.anchor = anchor
        var pairs: [String: FrontMatterPair] = [:]
        if let node {
            if let mapping = node.mapping {
                for pair in mapping { pairs[pair.key] = pair }
            } else {
                bag.error("\(context.map { "'\($0)'" } ?? "this") must be \(FieldType.mapping(schema).expectedForm)",
                          at: node.position, hint: "Allowed fields: \(schema.keys.joined(separator: ", ")).")
            }
        }
        self.pairs = pairs
        for pair in node?.mapping ?? [] where schema.field(pair.key) == nil {
            let place = context.map { " in '\($0)'" } ?? ""
            let hint = Suggestion.didYouMean(pair.key, in: schema.keys).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                ?? "Known fields\(place): \(schema.keys.joined(separator: ", "))."
            bag.error("unknown field '\(pair.key)'\(place)", at: pair.keyPosition, hint: hint)
        }
        for field in schema.fields where field.required {
            let value = pairs[field.name]?.value
            if value == nil || value!.isEmpty || value!.scalar?.trimmingSpaces == "" {
                let example = field.example.map { "\(field.name): \($0)" } ?? "\(field.name): …"
                let place = context.map { " in '\($0)'" } ?? ""
                bag.error("missing required field '\(field.name)'\(place)", at: pairs[field.name]?.keyPosition ?? anchor,
                          hint: "Add a line such as `\(example)`.")
            }
        }
    }

    /// The node of a field, or nil when it is absent or left empty.
    func node(_ key: String) -> FrontMatterNode? {
        assert(schema.field(key) != nil, "'\(key)' is not in the schema of \(schema.name)")
        guard let value = pairs[key]?.value, !value.isEmpty else { return nil }
        return value
    }

    func keyPosition(_ key: String) -> SourcePosition? { pairs[key]?.keyPosition }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// A scalar field's text, trimmed; an error if a list or mapping was given.
    func scalar(_ key: String) -> (text: String, node: FrontMatterNode)? {
        guard let node = node(key) else { return nil }
        guard let text = node.scalar else {
            bag.error("'\(key)' must be \(expected(key)), not a \(node.sequence != nil ? "list" : "mapping")",
                      at: node.position, hint: example(key))
            return nil
        }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : (trimmed, node)
    }

    /// A scalar parsed by `parse`; an error naming the expected form when it fails.
    func parsed<T>(_ key: String, _ parse: (String) -> T?) -> T? {
        guard let (text, node) = scalar(key) else { return nil }
        if let value = parse(text) { return value }
        bag.error("'\(key)' must be \(expected(key)), not '\(text)'", at: node.position, hint: example(key))
        return nil
    }

    /// One line of text: line breaks inside are folded to spaces.
    func text(_ key: String) -> String? {
        guard let text = scalar(key)?.text else { return nil }
        return text.utf8.contains(UInt8(ascii: "\n")) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
    }

    /// Text that may keep its line breaks.
    func paragraph(_ key: String) -> String? { scalar(key)?.text }

    func date(_ key: String) -> LocalDate? { parsed(key) { LocalDate(iso: $0) } }
    func url(_ key: String) -> WebURL? { parsed(key, WebURL.init) }
    func email(_ key: String) -> EmailAddress? { parsed(key, EmailAddress.init) }
    func phone(_ key: String) -> PhoneNumber? { parsed(key, PhoneNumber.init) }
    func color(_ key: String) -> HexColor? { parsed(key, HexColor.init) }
    func integer(_ key: String) -> Int? { parsed(key) { Int($0) } }

    func eventTime(_ key: String) -> EventTime? {
        parsed(key) { text in
            if let moment = LocalDateTime(iso: text) { return .moment(moment) }
            return LocalDate(iso: text).map(EventTime.day)
        }
    }

    func boolean(_ key: String) -> Bool? {
        guard let (text, node) = scalar(key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            let lower = text.lowercased()
            let meant = ["ja", "yes", "y", "on", "waar", "true"].contains(lower) ? "true"
                : ["nee", "neen", "no", "n", "off", "onwaar", "false"].contains(lower) ? "false" : nil
            bag.error("'\(key)' must be true or false, not '\(text)'", at: node.position,
                      hint: meant.map { "Write `\(key): \($0)`." } ?? example(key))
            return nil
        }
    }

    func identifier(_ key: String) -> String? {
        parsed(key) { Identifier.isValid($0) ? $0 : nil }
    }

    /// A list of strings; a single scalar counts as a one-item list, and a
    /// comma-separated scalar (`ages: 0-3, 3-6`) as a list of its parts.
    func list(_ key: String, splitCommas: Bool = true) -> [(text: String, position: SourcePosition)]? {
        guard let node = node(key) else { return nil }
        return Self.listItems(node, key: key, splitCommas: splitCommas, bag: bag, expected: expected(key))
    }

    static func listItems(_ node: FrontMatterNode, key: String, splitCommas: Bool, bag: DiagnosticBag,
                          expected: String) -> [(text: String, position: SourcePosition)]? {
        if let items = node.sequence {
            var out: [(String, SourcePosition)] = []
            for item in items {
                guard let text = item.scalar else {
                    bag.error("each item of '\(key)' must be a single value", at: item.position, hint: "Expected \(expected).")
                    continue
                }
                let trimmed = text.trimmingSpaces
                if !trimmed.isEmpty { out.append((trimmed, item.position)) }
            }
            return out
        }
        guard let text = node.scalar else {
            bag.error("'\(key)' must be \(expected)", at: node.position, hint: nil)
            return nil
        }
        guard splitCommas else { return [(text.trimmingSpaces, node.position)] }
        return ScalarParts.split(text, at: node, separator: ",")
    }

    /// A nested mapping read with its own schema.
    func nested(_ key: String, _ schema: Schema) -> FieldReader? {
        guard let node = node(key) else { return nil }
        return FieldReader(node, schema: schema, anchor: keyPosition(key) ?? anchor, bag: bag, context: key)
    }

    /// A list of mappings, each read with `schema`.
    func nestedList(_ key: String, _ schema: Schema) -> [FieldReader]? {
        guard let node = node(key) else { return nil }
        guard let items = node.sequence else {
            bag.error("'\(key)' must be \(expected(key))", at: node.position, hint: example(key))
            return nil
        }
        return items.map { FieldReader($0, schema: schema, anchor: $0.position, bag: bag, context: key) }
    }

    func expected(_ key: String) -> String { schema.field(key)?.type.expectedForm ?? "a value" }

    func example(_ key: String) -> String? {
        guard let example = schema.field(key)?.example else { return "Expected \(expected(key))." }
        return "For example: `\(key): \(example)`."
    }
}

/// Splitting a scalar into parts while keeping the position of each part, so
/// that an error in the second of three times points at that time.
enum ScalarParts {
    static func split(_ text: String, at node: FrontMatterNode, separator: Unicode.Scalar)
        -> [(text: String, position: SourcePosition)] {
        var parts: [(String, SourcePosition)] = []
        var start = 0  // in Unicode scalars, for the column
        for part in text.split(ascii: separator, omittingEmptySubsequences: false) {
            let leading = part.utf8.prefix { $0 == UInt8(ascii: " ") }.count
            let trimmed = part.trimmingSpaces
            if !trimmed.isEmpty { parts.append((trimmed, position(in: node, offset: start + leading))) }
            start += part.unicodeScalars.count + 1
        }
        return parts
    }

    /// The file position of a character inside a scalar. Exact for plain and
    /// quoted scalars on one line; otherwise the scalar's own position.
    static func position(in node: FrontMatterNode, offset: Int) -> SourcePosition {
        guard let text = node.scalar, !text.contains("\n") else { return node.position }
        switch node.style {
        case .plain: return SourcePosition(line: node.position.line, column: node.position.column + offset)
        case .singleQuoted where !text.contains("'"), .doubleQuoted where !text.contains("\\") && !text.contains("\""):
            return SourcePosition(line: node.position.line, column: node.position.column + 1 + offset)
        default: return node.position
        }
    }
}

/// Ids of ages, topics and regions: lower-case ASCII letters, digits and dashes.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 }
    }
}

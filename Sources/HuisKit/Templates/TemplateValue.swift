/// The data a template is rendered with: the Mustache "context".
///
/// A value type, so a context can be built once and rendered by several
/// threads at the same time. Build one with literals:
///
/// ```swift
/// let context: TemplateValue = ["title": "Kinderopvang", "ages": ["0-3", "3-6"], "open": true]
/// ```
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case array([TemplateValue])
    case dictionary(TemplateDictionary)
    case null

    /// The value under `key` when this is a dictionary.
    public subscript(key: String) -> TemplateValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// The value under a name from a template, when this is a dictionary.
    @inline(__always)
    func member(_ key: TemplateKey) -> TemplateValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// Whether a section `{{#name}}` shows this value, following the spec's
    /// `!!data` rule: `false`, `null`, an empty list, an empty string and zero
    /// are falsey; everything else (also an empty dictionary) is truthy.
    ///
    /// Empty strings and zero are falsey so that a theme can write
    /// `{{#subtitle}}<p>{{subtitle}}</p>{{/subtitle}}` without a separate flag.
    public var isTruthy: Bool {
        switch self {
        case .bool(let flag): return flag
        case .null: return false
        case .array(let items): return !items.isEmpty
        case .string(let text): return !text.isEmpty
        case .int(let number): return number != 0
        case .double(let number): return number != 0 && !number.isNaN
        case .dictionary: return true
        }
    }

    /// The text an interpolation tag inserts for a scalar, or nil for a list or
    /// dictionary (which cannot be printed sensibly).
    ///
    /// Numbers print as JavaScript would: `85`, `1.21`, and a whole `2.0` as `2`.
    public var interpolationText: String? {
        switch self {
        case .string(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return Self.format(number)
        case .null: return ""
        case .array, .dictionary: return nil
        }
    }

    private static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A later duplicate key replaces an earlier one.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .dictionary(TemplateDictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

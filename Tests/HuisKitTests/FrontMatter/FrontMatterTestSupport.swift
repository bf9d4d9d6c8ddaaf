import Testing
@testable import HuisKit

/// A front-matter tree without positions or styles, written as literals:
/// `["title": "x", "tags": ["a", "b"]]` (pairs keep their order).
indirect enum FMValue: Equatable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    case string(String)
    case list([FMValue])
    case map([FMPair])

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: FMValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, FMValue)...) {
        self = .map(elements.map { FMPair(key: $0.0, value: $0.1) })
    }

    init(_ node: FrontMatterNode) {
        switch node.kind {
        case .scalar(let text): self = .string(text)
        case .sequence(let items): self = .list(items.map(FMValue.init))
        case .mapping(let pairs): self = .map(pairs.map { FMPair(key: $0.key, value: FMValue($0.value)) })
        }
    }

    var description: String {
        switch self {
        case .string(let text): return text.debugDescription
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let pairs):
            return "[" + pairs.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "]"
        }
    }
}

struct FMPair: Equatable {
    var key: String
    var value: FMValue
}

enum FrontMatterTesting {
    /// Wraps front-matter lines in `---` lines and parses them.
    static func parse(_ frontMatter: String, body: String = "") throws(DiagnosticError) -> FrontMatterDocument {
        try FrontMatterParser.parse("---\n" + frontMatter + "---\n" + body, file: "test.md")
    }

    /// The tree of a front matter given without its `---` lines.
    static func tree(_ frontMatter: String) throws -> FMValue {
        let document = try parse(frontMatter)
        return FMValue(try #require(document.root))
    }

    /// The first diagnostic of a front matter that must fail to parse.
    static func firstError(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        do {
            let document = try FrontMatterParser.parse(source, file: "test.md")
            Issue.record("expected an error, got \(document.root.map(FMValue.init).map(\.description) ?? "nil")",
                         sourceLocation: sourceLocation)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    /// Checks that a whole file fails with a message containing `message`, at
    /// `line` and `column`, with a hint.
    static func expectError(
        file source: String, line: Int, column: Int, message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let diagnostic = firstError(source, sourceLocation: sourceLocation) else { return }
        #expect(diagnostic.message.contains(message), "message: \(diagnostic.message)", sourceLocation: sourceLocation)
        #expect(diagnostic.line == line, "line of: \(diagnostic.message)", sourceLocation: sourceLocation)
        #expect(diagnostic.column == column, "column of: \(diagnostic.message)", sourceLocation: sourceLocation)
        #expect(diagnostic.hint?.isEmpty == false, "a hint", sourceLocation: sourceLocation)
        #expect(diagnostic.file == "test.md", sourceLocation: sourceLocation)
        #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
    }

    /// Like `expectError(file:...)` for front-matter lines wrapped in `---`
    /// lines; `line` counts in the file, so the first front-matter line is line 2.
    static func expectError(
        _ frontMatter: String, line: Int, column: Int, message: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectError(
            file: "---\n" + frontMatter + "---\nBody\n", line: line, column: column, message: message,
            sourceLocation: sourceLocation)
    }
}

extension SourcePosition {
    init(_ line: Int, _ column: Int) {
        self.init(line: line, column: column)
    }
}

/// A position in a source file: 1-based line and column.
///
/// Columns count Unicode scalars (not bytes), so a message about a line with
/// "crèche" in it points at the same column an editor shows.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// How serious a finding is: errors stop the build, warnings do not
/// (unless the build runs with `--strict`).
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool {
        a == .warning && b == .error
    }
}

/// One problem found in the input, with everything a person needs to fix it:
/// where (file, line, column), what is wrong, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Path of the file, as shown to the user (relative to the working directory
    /// when possible).
    public var file: String
    public var position: SourcePosition
    public var severity: Severity
    public var message: String
    /// How to fix it, in one or two sentences.
    public var hint: String?
    /// A stable identifier for the kind of problem (lint rules can be silenced by it).
    public var rule: String?

    public init(
        file: String,
        position: SourcePosition,
        severity: Severity = .error,
        message: String,
        hint: String? = nil,
        rule: String? = nil
    ) {
        self.file = file
        self.position = position
        self.severity = severity
        self.message = message
        self.hint = hint
        self.rule = rule
    }

    public static func error(
        _ message: String, file: String, at position: SourcePosition,
        hint: String? = nil, rule: String? = nil
    ) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .error, message: message, hint: hint, rule: rule)
    }

    public static func warning(
        _ message: String, file: String, at position: SourcePosition,
        hint: String? = nil, rule: String? = nil
    ) -> Diagnostic {
        Diagnostic(file: file, position: position, severity: .warning, message: message, hint: hint, rule: rule)
    }

    public var line: Int { position.line }
    public var column: Int { position.column }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then line and column, then errors before warnings, so the
    /// output reads top to bottom like the files themselves.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.position != b.position { return a.position < b.position }
        if a.severity != b.severity { return a.severity > b.severity }
        return a.message < b.message
    }
}

/// Thrown by a stage that cannot go on; carries what it found.
public struct DiagnosticError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}

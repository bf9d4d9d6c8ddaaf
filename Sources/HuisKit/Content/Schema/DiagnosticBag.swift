/// Collects the problems found while reading one file, so that every problem is
/// reported in one run instead of one per build.
/// Confined to the decoding of one file at a time; handed between threads only
/// after that work is done.
final class DiagnosticBag: @unchecked Sendable {
    let file: String
    private(set) var items: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, at position: SourcePosition, hint: String? = nil) {
        items.append(.error(message, file: file, at: position, hint: hint))
    }

    func warning(_ message: String, at position: SourcePosition, hint: String? = nil) {
        items.append(.warning(message, file: file, at: position, hint: hint))
    }

    func append(_ diagnostics: [Diagnostic]) {
        items.append(contentsOf: diagnostics)
    }

    var hasErrors: Bool { items.contains { $0.severity == .error } }
}

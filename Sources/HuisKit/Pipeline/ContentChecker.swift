/// `huis check`: read and check everything, write nothing.
public enum ContentChecker {
    public struct Result: Sendable {
        public var content: Content?
        public var bodies: RenderedBodies?
        public var diagnostics: [Diagnostic]
        public var fileCount: Int

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public static func check(_ loader: ContentLoader) -> Result {
        let loaded = loader.load()
        guard let content = loaded.content else {
            return Result(content: nil, bodies: nil, diagnostics: loaded.diagnostics, fileCount: 0)
        }
        let bodies = BodyStage.render(content, files: loaded.files)
        let diagnostics = Array(Set(loaded.diagnostics + bodies.diagnostics)).sorted()
        return Result(content: content, bodies: bodies, diagnostics: diagnostics, fileCount: loaded.fileCount)
    }
}

/// Pairs every opening tag with its `{{/name}}` and records which pair
/// encloses each token: the skeleton the whitespace rules and the tree builder
/// work on. Mismatched, stray and missing closing tags are reported here.
struct TemplateStructure {
    /// For an opening tag the index of its closing tag and vice versa; -1 otherwise.
    private(set) var partner: [Int]
    /// The innermost opening tag enclosing each token, or -1 at the top level.
    /// A closing tag counts as enclosed like its opening tag.
    private(set) var container: [Int]

    init(tokens: [TemplateToken], file: String, sourceMap: TemplateSourceMap) throws(DiagnosticError) {
        partner = Array(repeating: -1, count: tokens.count)
        container = Array(repeating: -1, count: tokens.count)
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .close {
                guard let innermost = open.last else {
                    throw DiagnosticError(TemplateDiagnostics.unexpectedClose(
                        token, file: file, at: sourceMap.position(of: token.start)))
                }
                guard tokens[innermost].name == token.name else {
                    // A name that matches nothing open is a stray close, not a mismatch.
                    if !open.contains(where: { tokens[$0].name == token.name }) {
                        throw DiagnosticError(TemplateDiagnostics.unexpectedClose(
                            token, file: file, at: sourceMap.position(of: token.start)))
                    }
                    throw DiagnosticError(TemplateDiagnostics.mismatchedClose(
                        token, open: tokens[innermost], openPosition: sourceMap.position(of: tokens[innermost].start),
                        file: file, at: sourceMap.position(of: token.start)))
                }
                open.removeLast()
                partner[innermost] = index
                partner[index] = innermost
                container[index] = open.last ?? -1
            } else {
                container[index] = open.last ?? -1
                if token.opensPair { open.append(index) }
            }
        }
        if !open.isEmpty {
            throw DiagnosticError(open.map { index in
                TemplateDiagnostics.unclosedSection(tokens[index], file: file, at: sourceMap.position(of: tokens[index].start))
            })
        }
    }

    /// Whether the block opened at `index` sits directly inside a parent tag
    /// pair, i.e. is an argument passed to the parent rather than a parameter.
    func isArgument(_ index: Int, in tokens: [TemplateToken]) -> Bool {
        let enclosing = container[index]
        return enclosing >= 0 && tokens[enclosing].kind == .parent
    }

    /// The innermost block enclosing `index`, or -1.
    func enclosingBlock(of index: Int, in tokens: [TemplateToken]) -> Int {
        var current = container[index]
        while current >= 0 && tokens[current].kind != .block { current = container[current] }
        return current
    }
}

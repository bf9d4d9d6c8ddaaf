/// Builds the text of a body without markup: each block on its own line, no
/// empty lines, nothing at the start or end.
struct PlainTextBuilder {
    private(set) var text = ""
    private var blockStarted = false

    /// The next text goes on a new line (unless nothing was written yet).
    mutating func startBlock() {
        blockStarted = !text.isEmpty
    }

    mutating func append(_ piece: String) {
        guard !piece.isEmpty else { return }
        if blockStarted {
            text += "\n"
            blockStarted = false
        }
        text += piece
    }
}

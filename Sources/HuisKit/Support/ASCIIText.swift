/// Whether text is plain ASCII, for the fast paths that handle such text on
/// its bytes (every character a byte) and other text by Character.
enum ASCIIText {
    static func isASCII(_ text: String) -> Bool {
        // On the contiguous bytes: the generic UTF8View walk costs many times more.
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }
}

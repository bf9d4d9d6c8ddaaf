/// A key made of many parts, gathered without joining them.
///
/// Every text is hashed on its own (XXH64, straight from its UTF-8 storage)
/// and recorded with its length, so "ab" + "c" and "a" + "bc" differ; the
/// key is the hash of those records. Keys of search documents and search
/// files are built from whole texts for tens of thousands of documents on
/// every rebuild: joining the texts into one string first costs several
/// times more than hashing them where they are.
struct KeyDigest {
    private var words: [UInt64] = []

    init(capacity: Int = 16) {
        words.reserveCapacity(capacity * 2)
    }

    /// A digest of `parts`, in order.
    init(_ parts: [String]) {
        self.init(capacity: parts.count)
        for part in parts { add(part) }
    }

    mutating func add(_ text: String) {
        var text = text
        words.append(text.withUTF8 { XXH64.hash(UnsafeRawBufferPointer($0)) })
        words.append(UInt64(text.utf8.count))
    }

    /// A missing text differs from every text, the empty one included.
    mutating func add(_ text: String?) {
        if let text { add(text) } else { words.append(UInt64.max) }
    }

    /// The count first, so that parts of a list never run into what follows.
    mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    mutating func add(_ number: Int) {
        words.append(UInt64(bitPattern: Int64(number)))
    }

    /// Another key, taken as a part.
    mutating func add(_ other: KeyDigest) {
        words.append(other.value)
    }

    /// The 64-bit digest of everything added.
    var value: UInt64 {
        words.withUnsafeBytes(XXH64.hash)
    }

    /// The digest as 16 hexadecimal digits.
    var key: String {
        ContentHash.hex64(value)
    }
}

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

    /// A digest of (name, value) entries in any order: the sum of every
    /// entry's own hash (and their count), so that a set of tens of
    /// thousands of entries needs no sorting first.
    static func unordered<Entries: Sequence>(_ entries: Entries) -> KeyDigest where Entries.Element == (String, String) {
        func hash(_ text: String) -> UInt64 {
            var text = text
            return text.withUTF8 { XXH64.hash(UnsafeRawBufferPointer($0)) }
        }
        return unordered(hashes: entries.lazy.map { name, value in
            var entry = (hash(name), UInt64(name.utf8.count), hash(value), UInt64(value.utf8.count))
            return withUnsafeBytes(of: &entry) { XXH64.hash($0) }
        })
    }

    /// The same from the entries' own hashes, made by the caller.
    static func unordered<Hashes: Sequence>(hashes: Hashes) -> KeyDigest where Hashes.Element == UInt64 {
        var sum: UInt64 = 0, count: UInt64 = 0
        for hash in hashes {
            sum &+= hash
            count += 1
        }
        var digest = KeyDigest(capacity: 1)
        digest.words = [sum, count]
        return digest
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

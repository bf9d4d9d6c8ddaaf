/// A 64-bit FNV-1a hash of file contents, used with the size to tell whether a
/// file changed since the last build. Not for security: only to avoid
/// rewriting files whose bytes are the same.
public enum ContentHash {
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        // Every page and every content file passes through here: walking
        // contiguous storage directly is several times faster than a generic
        // iterator (notably `Data`'s).
        let hash = bytes.withContiguousStorageIfAvailable(fnv1a) ?? Array(bytes).withUnsafeBufferPointer(fnv1a)
        return hex(hash)
    }

    /// The hash of a string's UTF-8 bytes, without copying them.
    public static func hex(utf8 text: String) -> String {
        var text = text
        return hex(text.withUTF8(fnv1a))
    }

    private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

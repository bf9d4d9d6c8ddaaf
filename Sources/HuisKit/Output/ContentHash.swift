/// A 64-bit FNV-1a hash of file contents, used with the size to tell whether a
/// file changed since the last build. Not for security: only to avoid
/// rewriting files whose bytes are the same.
public enum ContentHash {
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A compact binary form for the build cache: LEB128 varints, length-prefixed
/// UTF-8 strings, and arrays as a count followed by their items. Hand-written
/// because the cache is read on every rebuild and Foundation's coders take
/// seconds for a ten-thousand-page site.
///
/// Short strings are written once and then referred to by number: the words
/// of search analyses repeat across documents, and reading a number is far
/// cheaper than making a string. A string is a tag, then (for tags 0 and 1)
/// its length and UTF-8 bytes: 0 a string not numbered, 1 a string that
/// takes the next number, n ≥ 2 the string numbered n - 2.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private var numbering = StringNumbering()
    /// The longest string (in UTF-8 bytes) that is numbered.
    static let numberedLength = 24

    mutating func write(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func write(_ value: Int) {
        // Zigzag, so small negative numbers stay short.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            if utf8.count <= Self.numberedLength {
                let (number, isNew) = numbering.number(for: utf8)
                if !isNew {
                    write(UInt64(number) + 2)
                    return
                }
                write(UInt64(1))
            } else {
                write(UInt64(0))
            }
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write<T: CacheCodable>(_ value: T) { value.write(to: &self) }

    mutating func write<T: CacheCodable>(_ items: [T]) {
        write(UInt64(items.count))
        for item in items { item.write(to: &self) }
    }

    mutating func write(_ items: [String]) {
        write(UInt64(items.count))
        for item in items { write(item) }
    }
}

struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0
    private var numbered: [String] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// How many bytes are left to read.
    var remaining: Int { bytes.count - offset }

    /// The bytes left to read, without copying them.
    func withRemainingBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
    }

    mutating func readUInt64() throws(CacheError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw CacheError.corrupt }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func readInt() throws(CacheError) -> Int {
        let raw = try readUInt64()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func readCount() throws(CacheError) -> Int {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - offset) else { throw CacheError.corrupt }
        return Int(count)
    }

    mutating func readBool() throws(CacheError) -> Bool {
        guard offset < bytes.count else { throw CacheError.corrupt }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    mutating func readString() throws(CacheError) -> String {
        let tag = try readUInt64()
        if tag >= 2 {
            guard tag - 2 < UInt64(numbered.count) else { throw CacheError.corrupt }
            return numbered[Int(tag - 2)]
        }
        let count = try readCount()
        defer { offset += count }
        let string = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + count]), as: UTF8.self) }
        if tag == 1 { numbered.append(string) }
        return string
    }

    /// What follows was written by a new writer: its string numbers start again.
    mutating func startNumberingAgain() {
        numbered = []
    }

    mutating func readOptionalString() throws(CacheError) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func read<T: CacheCodable>(_ type: T.Type = T.self) throws(CacheError) -> T {
        try T(from: &self)
    }

    mutating func readArray<T: CacheCodable>(of type: T.Type = T.self) throws(CacheError) -> [T] {
        let count = try readCount()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try T(from: &self)) }
        return items
    }

    mutating func readStrings() throws(CacheError) -> [String] {
        let count = try readCount()
        var items: [String] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try readString()) }
        return items
    }
}

/// A value the build cache can store.
protocol CacheCodable {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(CacheError)
}

enum CacheError: Error {
    /// The file is cut short or not a cache of this version: build without it.
    case corrupt
}

/// The numbers given to short strings, in an open-addressing table keyed by
/// the strings' bytes as three words: a `Dictionary` of strings spends most
/// of a cache write hashing (hundreds of thousands of words per region).
private struct StringNumbering {
    private var keys: [(UInt64, UInt64, UInt64, Int)] = []
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The string's number, and whether it was given just now.
    mutating func number(for utf8: UnsafeBufferPointer<UInt8>) -> (Int, isNew: Bool) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        let key = (words.0, words.1, words.2, utf8.count)
        var slot = Self.slot(key, in: slots.count)
        while slots[slot] >= 0 {
            let other = keys[Int(slots[slot])]
            if other == key { return (Int(slots[slot]), false) }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(keys.count)
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
        return (keys.count - 1, true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (number, key) in keys.enumerated() {
            var slot = Self.slot(key, in: slots.count)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number)
        }
    }

    private static func slot(_ key: (UInt64, UInt64, UInt64, Int), in count: Int) -> Int {
        var hash = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ (key.2 &* 0x1656_67B1_9E37_79F9) ^ UInt64(key.3)
        hash ^= hash >> 31
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & (count - 1)
    }
}

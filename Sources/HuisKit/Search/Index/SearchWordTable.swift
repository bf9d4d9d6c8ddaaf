import Foundation

/// A hash table from short byte strings (words as written, folded words,
/// stems) to small integers, for the index build.
///
/// A Swift `[String: Int]` hashes every key with SipHash and needs a String
/// to look up; the build looks up hundreds of thousands of words that are
/// only spans of a text. This table takes the bytes where they are, hashes
/// them a word at a time and keeps its keys in one byte arena, so a lookup
/// costs no allocation and no reference counting. Open addressing with
/// linear probing; the table grows at half load. Each slot also holds the
/// key's first eight bytes, so most words (eight bytes or fewer) compare
/// without reading the arena.
struct SearchWordTable {
    private struct Slot {
        /// 0 marks an empty slot (no key hashes to 0, see `hash`).
        var hash: UInt64 = 0
        /// The key's first eight bytes (see `head`).
        var head: UInt64 = 0
        var start: Int32 = 0
        var length: Int32 = 0
        var value: Int32 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private var arena: [UInt8] = []
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// Where a key is, or where it would go: pass it to `insert` after a miss.
    struct Probe {
        fileprivate var slot: Int
        fileprivate var hash: UInt64
        fileprivate var head: UInt64
    }

    /// The value of `key` (with `tag`, a kind told apart from the bytes), or nil
    /// and the probe to insert it with.
    func find(_ key: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (value: Int32?, probe: Probe) {
        let head = Self.head(key)
        let hash = Self.hash(key, head: head, tag: tag)
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot.hash == 0 { return (nil, Probe(slot: index, hash: hash, head: head)) }
                if slot.hash == hash, slot.head == head, Int(slot.length) == key.count,
                   key.count <= 8 || restMatches(key, at: Int(slot.start)) {
                    return (slot.value, Probe(slot: index, hash: hash, head: head))
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Whether the bytes of `key` after the first eight are those at `start + 8` in the arena.
    private func restMatches(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + start + 8, key.baseAddress! + 8, key.count - 8) == 0
        }
    }

    /// Adds `key` → `value` where `find` said it was missing (nothing may be
    /// inserted in between).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32, at probe: Probe) {
        let start = arena.count
        arena.append(contentsOf: key)
        slots[probe.slot] = Slot(hash: probe.hash, head: probe.head, start: Int32(start), length: Int32(key.count), value: value)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// The value of a string key, or nil.
    func find(_ key: String, tag: UInt8 = 0) -> Int32? {
        var key = key
        return key.withUTF8 { find($0, tag: tag).value }
    }

    /// The value of a string key; when it is missing, it is added with
    /// value `next` (`inserted` tells which).
    mutating func value(of key: String, tag: UInt8 = 0, insertingIfMissing next: Int32) -> (value: Int32, inserted: Bool) {
        var key = key
        return key.withUTF8 { bytes in
            let found = find(bytes, tag: tag)
            if let existing = found.value { return (existing, false) }
            insert(bytes, value: next, at: found.probe)
            return (next, true)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].hash != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// The first eight bytes of a key; a shorter key read with at most two
    /// overlapping loads, which for a given length still cover every byte
    /// once, so keys of the same length with the same head are equal.
    @inline(__always)
    static func head(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress, !key.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base), count = key.count
        if count >= 8 { return raw.loadUnaligned(as: UInt64.self) }
        if count >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
        }
        return UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
    }

    /// A multiply-and-fold hash over the head and then the rest of the key
    /// eight bytes at a time, never 0.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, head: UInt64, tag: UInt8) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = (UInt64(key.count) << 8 | UInt64(tag)) &* multiplier
        hash = (hash ^ head) &* multiplier
        hash ^= hash >> 29
        if key.count > 8, let base = key.baseAddress {
            let raw = UnsafeRawPointer(base), count = key.count
            var offset = 8
            while offset + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
            if offset < count {
                // The last eight bytes, overlapping what came before.
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
            }
        }
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return hash == 0 ? 1 : hash
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file of the build cache folder. The cache is split so that a rebuild
/// reads only the parts it asks for and rewrites only the parts whose entries
/// changed; each part stands alone, so parts written by different builds can
/// sit side by side (their entries are keyed by hashes of their inputs).
///
/// A part is a header and a payload:
/// `"huis-cache-part", format version, program, name, digest, payload length,
/// payload checksum`, then the payload. The digest names the part's entries
/// (their keys): a part with the same digest holds the same bytes, so it need
/// not be written again. A part from another program or format, cut short or
/// damaged (its checksum does not match), reads as missing.
enum CachePart {
    static let magic = "huis-cache-part"

    enum Contents {
        /// No such file: the part has no entries.
        case missing
        /// From another program or format, cut short or damaged.
        case unusable
        case payload(digest: String, reader: BinaryReader)
    }

    /// Reads the part file at `path` and checks it.
    static func read(_ path: String, name: String, program: String) -> Contents {
        var info = stat()
        if stat(path, &info) != 0 { return errno == ENOENT || errno == ENOTDIR ? .missing : .unusable }
        guard let data = FileManager.default.contents(atPath: path) else { return .unusable }
        var reader = BinaryReader(Array(data))
        do {
            guard try reader.readString() == magic, try reader.readInt() == BuildCache.formatVersion,
                  try reader.readString() == program, try reader.readString() == name else { return .unusable }
            let digest = try reader.readString()
            let length = try reader.readUInt64()
            let checksum = try reader.readUInt64()
            guard reader.remaining == length, reader.withRemainingBytes(Self.checksum) == checksum else { return .unusable }
            reader.startNumberingAgain()  // the payload was written apart from the header
            return .payload(digest: digest, reader: reader)
        } catch {
            return .unusable
        }
    }

    /// Writes a part to a temporary file and renames it into place, so a
    /// killed build leaves the old part or the new one.
    static func write(_ path: String, name: String, program: String, digest: String, payload: [UInt8]) throws {
        var header = BinaryWriter()
        header.write(magic)
        header.write(BuildCache.formatVersion)
        header.write(program)
        header.write(name)
        header.write(digest)
        header.write(UInt64(payload.count))
        header.write(payload.withUnsafeBytes(Self.checksum))
        try OutputTree.writeNew(path + ".tmp", header.bytes + payload)
        guard rename(path + ".tmp", path) == 0 else { throw OutputError.cannotWrite(path, errno) }
    }

    /// The digest of a part's entries, from their keys in a fixed order.
    static func digest(_ keys: [String]) -> String {
        BuildCache.key(keys.sorted())
    }

    /// Which of `count` shards an entry goes to.
    static func shard(_ key: String, of count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// A checksum of the payload, eight bytes at a time: tens of megabytes are
    /// checked on every rebuild, and it only has to catch damage.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0xC4CE_B9FE_1A85_EC53
            offset += 1
        }
        return hash ^ (hash >> 32)
    }
}

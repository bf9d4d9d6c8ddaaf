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
        let fd = open(path, O_RDONLY)
        if fd < 0 { return errno == ENOENT || errno == ENOTDIR ? .missing : .unusable }
        defer { close(fd) }
        guard let bytes = readAll(fd) else { return .unusable }
        var reader = BinaryReader(bytes)
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

    /// The whole file open at `fd`, read straight into an array.
    private static func readAll(_ fd: Int32) -> [UInt8]? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        if size == 0 { return [] }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                #if canImport(Glibc)
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                #else
                let n = Darwin.read(fd, buffer.baseAddress! + count, size - count)
                #endif
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failed = n < 0 || count < size; break }
                count += n
            }
        }
        return failed ? nil : bytes
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

    /// The digest of a part's entries (name and key), in any order: the sum
    /// of every entry's own hash. Every part's digest is worked out on every
    /// rebuild to find the few parts that changed, and a sum needs no
    /// sorting of tens of thousands of names (only a changed part is sorted,
    /// to be written).
    static func digest<Entries: Sequence>(_ entries: Entries) -> String where Entries.Element == (String, String) {
        KeyDigest.unordered(entries).key
    }

    /// The digest of a part without entries.
    static let emptyDigest = digest([(String, String)]())

    /// Which of `count` shards an entry goes to.
    static func shard(_ key: String, of count: Int) -> Int {
        // Every cached entry is looked up and planned by key on every
        // rebuild: hash the stored bytes at once, not one code unit at a time.
        var key = key
        return Int(key.withUTF8 { XXH64.hash(UnsafeRawBufferPointer($0)) } % UInt64(count))
    }

    /// A checksum of the payload, eight bytes at a time: tens of megabytes are
    /// checked on every rebuild, and it only has to catch damage.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        // Four independent lanes, so the multiplications overlap.
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count), 1, 2, 3)
        func mix(_ lane: inout UInt64, _ word: UInt64) {
            lane = (lane ^ word) &* 0xFF51_AFD7_ED55_8CCD
            lane ^= lane >> 29
        }
        var offset = 0
        while offset + 32 <= bytes.count {
            mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            mix(&lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            mix(&lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            mix(&lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var hash = lanes.0
        for lane in [lanes.1, lanes.2, lanes.3] { mix(&hash, lane) }
        while offset + 8 <= bytes.count {
            mix(&hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0xC4CE_B9FE_1A85_EC53
            offset += 1
        }
        return hash ^ (hash >> 32)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system helpers for output trees, on POSIX calls: an output has a file
/// per page, and Foundation's equivalents cost several system calls each.
enum OutputTree {
    enum EntryType: Sendable {
        case file, symlink, folder
    }

    /// Every entry below `root` (hidden ones included), parents before children.
    static func entries(under root: String) -> [(path: String, type: EntryType)] {
        var result: [(String, EntryType)] = []
        walk(root, prefix: "", into: &result)
        return result
    }

    private static func walk(_ folder: String, prefix: String, into result: inout [(String, EntryType)]) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFLNK: type = UInt8(DT_LNK)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = 0
                }
            }
            switch type {
            case UInt8(DT_DIR):
                result.append((prefix + name, .folder))
                walk(path, prefix: prefix + name + "/", into: &result)
            case UInt8(DT_REG): result.append((prefix + name, .file))
            case UInt8(DT_LNK): result.append((prefix + name, .symlink))
            default: continue
            }
        }
    }

    /// Device and inode of a file (not following links), or nil.
    static func identity(_ path: String) -> (dev: UInt64, ino: UInt64, size: Int)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino), Int(info.st_size))
    }

    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Removes a file if it is there.
    static func remove(_ path: String) throws {
        if unlink(path) != 0, errno != ENOENT { throw OutputError.cannotWrite(path, errno) }
    }

    /// Writes a new file (never into an existing one, which may be a hard
    /// link shared with the live site).
    static func writeNew(_ path: String, _ bytes: [UInt8]) throws {
        try remove(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, errno) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let n = Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.cannotWrite(path, errno)
                }
                offset += n
            }
        }
    }
}

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
        walk(root) { path, type, _, _ in result.append((path, type)) }
        return result
    }

    /// The same entries, with the folders two levels down walked on all
    /// cores: an output is a handful of regions with thousands of page
    /// folders each, and nothing else runs while the commit walks it.
    static func entriesInParallel(under root: String) -> [(path: String, type: EntryType)] {
        var top: [(path: String, type: EntryType)] = []
        var subtrees: [String] = []
        for entry in entries(directlyIn: root, prefix: "") {
            top.append(entry)
            guard entry.type == .folder else { continue }
            for inner in entries(directlyIn: root + "/" + entry.path, prefix: entry.path + "/") {
                top.append(inner)
                if inner.type == .folder { subtrees.append(inner.path) }
            }
        }
        let below = subtrees.parallelMap { folder in
            entries(under: root + "/" + folder).map { (path: folder + "/" + $0.path, type: $0.type) }
        }
        return top + below.joined()
    }

    /// The entries of one folder, not below it.
    private static func entries(directlyIn folder: String, prefix: String) -> [(path: String, type: EntryType)] {
        var result: [(path: String, type: EntryType)] = []
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0, let dir = fdopendir(fd) else {
            if fd >= 0 { close(fd) }
            return []
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = raw.bindMemory(to: CChar.self).baseAddress!
                if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return }
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? UInt8(DT_LNK)
                        : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
                }
                let path = prefix + String(cString: name)
                switch type {
                case UInt8(DT_DIR): result.append((path, .folder))
                case UInt8(DT_REG): result.append((path, .file))
                case UInt8(DT_LNK): result.append((path, .symlink))
                default: return
                }
            }
        }
        return result
    }

    /// Calls `visit` for every entry below `root`, parents before children,
    /// with the entry's folder (as a descriptor) and name, for `*at` calls.
    /// Folders are opened by descriptor, so no call resolves a whole path:
    /// output and content trees have tens of thousands of entries.
    static func walk(_ root: String, _ visit: (String, EntryType, Int32, UnsafePointer<CChar>) -> Void) {
        let fd = open(root, O_RDONLY | O_DIRECTORY)
        if fd >= 0 { walk(fd, prefix: "", visit) }
    }

    /// Walks the folder open at `fd` and closes it.
    private static func walk(_ fd: Int32, prefix: String, _ visit: (String, EntryType, Int32, UnsafePointer<CChar>) -> Void) {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return
        }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = raw.bindMemory(to: CChar.self).baseAddress!
                if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return }  // . and ..
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFLNK: type = UInt8(DT_LNK)
                    case S_IFREG: type = UInt8(DT_REG)
                    default: type = 0
                    }
                }
                let path = prefix + String(cString: name)
                switch type {
                case UInt8(DT_DIR):
                    visit(path, .folder, fd, name)
                    let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
                    if child >= 0 { walk(child, prefix: path + "/", visit) }
                case UInt8(DT_REG): visit(path, .file, fd, name)
                case UInt8(DT_LNK): visit(path, .symlink, fd, name)
                default: return
                }
            }
        }
    }

    /// Which file a path names (not following a symbolic link), and its size.
    struct Identity {
        let device: UInt64
        let inode: UInt64
        let size: Int
        let isRegularFile: Bool

        /// Whether both names are the same file (hard links of each other).
        func isSameFile(as other: Identity) -> Bool { device == other.device && inode == other.inode }
    }

    /// The identity of the file at `path`, or nil when there is none.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                        isRegularFile: (info.st_mode & S_IFMT) == S_IFREG)
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
    /// link shared with the live site). A staging mirror may link the old
    /// file in between the removal and the creation, once: then the link is
    /// removed again.
    static func writeNew(_ path: String, _ bytes: [UInt8]) throws {
        try remove(path)
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0, errno == EEXIST {
            try remove(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        }
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

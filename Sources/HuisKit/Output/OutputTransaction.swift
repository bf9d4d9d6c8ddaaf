import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build's output so that a failed or killed build never leaves a
/// half-written site, and a rebuild only touches what changed.
///
/// The new site is assembled in a sibling folder (`<out>.huis-next`):
/// - a file whose bytes are the same as last time is hard-linked from the live
///   site, so it keeps its modification time and rsync or a CDN sees no change;
/// - a new or changed file is written;
/// - files huis did not write (not in the manifest) are linked over untouched;
/// - files huis wrote last time and no longer produces are left behind, i.e. removed.
/// `commit` then swaps the folders in one step (see `DirectorySwap`) and
/// removes the old one. Until then the live site is never touched.
public final class OutputTransaction: @unchecked Sendable {
    public let live: URL
    public let staged: URL
    private let oldManifest: OutputManifest
    private let lock = NSLock()
    private var newManifest = OutputManifest()
    private var written: [String: Change] = [:]
    private var createdFolders: Set<String> = [""]
    private var foreignSkipped: [String] = []

    public enum Change: String, Sendable {
        case added, changed, unchanged
    }

    public init(output: URL) throws {
        live = output.standardizedFileURL
        staged = live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-next")
        let fm = FileManager.default
        DirectorySwap.recover(live)
        if fm.fileExists(atPath: staged.path) { try fm.removeItem(at: staged) }
        try fm.createDirectory(at: staged, withIntermediateDirectories: true)
        oldManifest = OutputManifest.load(from: live) ?? OutputManifest()
    }

    /// Adds one file to the new site. Safe to call from several threads.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let hash = ContentHash.hex(bytes)
        let liveFile = live.appendingPathComponent(path).path
        let change: Change
        if let old = oldManifest.files[path] {
            change = old.size == bytes.count && old.hash == hash && Self.size(of: liveFile) == bytes.count ? .unchanged : .changed
        } else if Self.size(of: liveFile) != nil {
            // Someone else's file is there: never overwrite it.
            lock.withLock { foreignSkipped.append(path) }
            return
        } else {
            change = .added
        }
        try makeFolder(for: path)
        let target = staged.appendingPathComponent(path).path
        if change == .unchanged, link(liveFile, target) == 0 {
            // Linked: same inode, same modification time.
        } else {
            try Self.writeFile(target, bytes)
        }
        lock.withLock {
            newManifest.files[path] = OutputManifest.Entry(size: bytes.count, hash: hash)
            written[path] = change
        }
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    /// Keeps the files huis wrote under `prefix` last time, unchanged: used
    /// when a build covers only some regions (`--region`).
    public func keep(prefix: String) throws {
        for (path, entry) in oldManifest.files where path.hasPrefix(prefix) && written[path] == nil {
            let liveFile = live.appendingPathComponent(path).path
            guard Self.size(of: liveFile) != nil else { continue }
            try makeFolder(for: path)
            guard link(liveFile, staged.appendingPathComponent(path).path) == 0 else { continue }
            lock.withLock {
                newManifest.files[path] = entry
                written[path] = .unchanged
            }
        }
    }

    /// Puts the new site in place and returns what changed.
    public func commit() throws -> OutputSummary {
        let fm = FileManager.default
        try linkForeignFiles()
        try Self.writeFile(staged.appendingPathComponent(OutputManifest.fileName).path, Array(newManifest.encoded()))
        let removed = oldManifest.files.keys.filter { written[$0] == nil }.sorted()
        if fm.fileExists(atPath: live.path) {
            try DirectorySwap.exchange(staged, live)
            try fm.removeItem(at: staged)
        } else {
            try fm.moveItem(at: staged, to: live)
        }
        return OutputSummary(changes: written, removed: removed, foreignSkipped: foreignSkipped.sorted())
    }

    /// Throws the new site away; the live site stays as it was.
    public func abort() {
        try? FileManager.default.removeItem(at: staged)
    }

    /// Files in the live site that huis did not write are carried over.
    private func linkForeignFiles() throws {
        guard let enumerator = FileManager.default.enumerator(atPath: live.path) else { return }
        while let path = enumerator.nextObject() as? String {
            guard path != OutputManifest.fileName, oldManifest.files[path] == nil, written[path] == nil else { continue }
            let source = live.appendingPathComponent(path).path
            var info = stat()
            guard lstat(source, &info) == 0 else { continue }
            let target = staged.appendingPathComponent(path).path
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try makeFolder(path + "/x")
            } else if (info.st_mode & S_IFMT) == S_IFLNK {
                let destination = try FileManager.default.destinationOfSymbolicLink(atPath: source)
                try? FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: destination)
            } else {
                try makeFolder(for: path)
                if link(source, target) != 0 { try FileManager.default.copyItem(atPath: source, toPath: target) }
            }
        }
    }

    private func makeFolder(for path: String) throws {
        try makeFolder(path)
    }

    /// Creates the folders above `path` inside the staged site, with one
    /// `mkdir` per new folder (Foundation's version stats every level).
    private func makeFolder(_ path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if lock.withLock({ createdFolders.contains(folder) }) { return }
        try makeFolder(folder)  // the parents first
        let full = staged.path + "/" + folder
        if mkdir(full, 0o755) != 0, errno != EEXIST { throw OutputError.cannotWrite(full, errno) }
        lock.withLock { _ = createdFolders.insert(folder) }
    }

    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, errno) }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.cannotWrite(path, errno)
                }
                offset += n
            }
        }
    }
}

public enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(String, Int32)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let code): return "cannot write \(path): \(String(cString: strerror(code)))"
        }
    }
}

/// What a build changed in the output.
public struct OutputSummary: Sendable {
    public var changes: [String: OutputTransaction.Change]
    public var removed: [String]
    /// Files huis would have written but that belong to someone else.
    public var foreignSkipped: [String]

    public func paths(_ change: OutputTransaction.Change) -> [String] {
        changes.filter { $0.value == change }.map(\.key).sorted()
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two builds from writing the same output at once.
///
/// A nightly rebuild and an editor's manual build can overlap. Both would
/// bring the same staging tree up to date and swap it in, and one could swap
/// the tree away while the other is still writing into it. A build therefore
/// holds an exclusive `flock` on `<out>.huis-lock` for as long as it runs.
/// The kernel drops the lock when the process ends, however it ends, so a
/// killed build never leaves a stale lock behind. The file itself stays; it
/// only records the process id of the last build, for the message.
public final class BuildLock: @unchecked Sendable {
    private let descriptor: Int32

    public enum Failure: Error, CustomStringConvertible {
        /// Another build holds the lock; `holder` is its process id when known.
        case busy(holder: Int32?)
        case cannotOpen(String, Int32)

        public var description: String {
            switch self {
            case .busy(let holder):
                return "another huis build is writing this output" + (holder.map { " (process \($0))" } ?? "")
            case .cannotOpen(let path, let code):
                return "cannot open \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    static func file(for output: URL) -> URL {
        let live = output.standardizedFileURL
        return live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-lock")
    }

    /// Takes the lock for `output`, or throws `Failure.busy` at once when a
    /// running build holds it (a scheduler should not queue builds up).
    public init(for output: URL) throws {
        let file = Self.file(for: output)
        // `--out a/new/folder` is fine: the output's parent is made, as the
        // output itself is made later.
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let path = file.path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.cannotOpen(path, errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.readHolder(fd)
            close(fd)
            throw Failure.busy(holder: holder)
        }
        descriptor = fd
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
    }

    deinit {
        close(descriptor)  // also releases the lock
    }

    private static func readHolder(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the staging tree when a rebuild finds none (the first rebuild after
/// a build from scratch, whose staging tree became the live site): every
/// folder of the live site again, every file a hard link to the live one.
///
/// On a large site that is tens of thousands of `mkdir` and `link` calls, so
/// it runs on a thread of its own from the start of the build, while the
/// content is read and checked and while pages are written. The output
/// transaction writes into the same tree meanwhile: both only add folders
/// and files, each accepting what the other added first (the mirror never
/// replaces a file; the transaction replaces a link the mirror made when
/// the file changed). The commit waits for the mirror. The live site is only
/// read. A mirror cut short (killed, or a file system that refuses hard
/// links) is an ordinary staging tree with files missing: the transaction
/// walks it, prunes it and links or writes what is missing, as after any
/// killed build.
final class StagingMirror: @unchecked Sendable {
    /// What the mirror made, relative to the staging tree (not what was
    /// already there); nil when it stopped early.
    struct Made: Sendable {
        var folders: [String] = []
        var files: [String] = []
    }

    private let live: String
    private let staged: String
    private let finished = DispatchSemaphore(value: 0)
    private var made: Made?
    private let lock = NSLock()

    private init(live: String, staged: String) {
        self.live = live
        self.staged = staged
    }

    /// Starts mirroring the live site at `output` when it exists and has no
    /// staging tree beside it; nil when there is nothing to do.
    static func start(for output: URL) -> StagingMirror? {
        let live = output.standardizedFileURL
        DirectorySwap.recover(live)
        let staged = OutputTransaction.stagingFolder(for: live)
        var info = stat()
        guard lstat(live.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              lstat(staged.path, &info) != 0, errno == ENOENT,
              mkdir(staged.path, 0o755) == 0 else { return nil }
        let mirror = StagingMirror(live: live.path, staged: staged.path)
        let thread = Thread { mirror.run() }
        thread.start()
        return mirror
    }

    /// A mirror that has already finished with `made` (nil: it stopped
    /// early), for tests of what the transaction does with either outcome.
    static func finished(for output: URL, made: Made?) throws -> StagingMirror {
        let live = output.standardizedFileURL
        let mirror = StagingMirror(live: live.path, staged: OutputTransaction.stagingFolder(for: live).path)
        try FileManager.default.createDirectory(atPath: mirror.staged, withIntermediateDirectories: true)
        mirror.made = made
        mirror.finished.signal()
        return mirror
    }

    /// Waits until the mirror is done; what it made, or nil if it stopped
    /// early.
    @discardableResult
    func wait() -> Made? {
        finished.wait()
        finished.signal()  // for the next caller
        return lock.withLock { made }
    }

    private func run() {
        var result: Made? = Made()
        let liveFD = open(live, O_RDONLY | O_DIRECTORY)
        let stagedFD = open(staged, O_RDONLY | O_DIRECTORY)
        if liveFD < 0 || stagedFD < 0 || !Self.copy(liveFD, into: stagedFD, prefix: "", made: &result!) { result = nil }
        if liveFD >= 0 { close(liveFD) }
        if stagedFD >= 0 { close(stagedFD) }
        lock.withLock { made = result }
        finished.signal()
    }

    /// Mirrors one folder (by descriptor, so each call names only one path
    /// component); false at the first failure.
    private static func copy(_ liveFD: Int32, into stagedFD: Int32, prefix: String, made: inout Made) -> Bool {
        let listed = dup(liveFD)
        guard listed >= 0, let dir = fdopendir(listed) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let ok = withUnsafeBytes(of: entry.pointee.d_name) { raw -> Bool in
                let name = raw.bindMemory(to: CChar.self).baseAddress!
                if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return true }  // . and ..
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    guard fstatat(liveFD, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFREG: type = UInt8(DT_REG)
                    default: type = 0
                    }
                }
                switch type {
                case UInt8(DT_DIR):
                    let path = prefix + String(cString: name)
                    if mkdirat(stagedFD, name, 0o755) == 0 {
                        made.folders.append(path)
                    } else if errno != EEXIST {
                        return false
                    }
                    let liveChild = openat(liveFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
                    guard liveChild >= 0 else { return false }
                    defer { close(liveChild) }
                    let stagedChild = openat(stagedFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
                    guard stagedChild >= 0 else { return false }
                    defer { close(stagedChild) }
                    return copy(liveChild, into: stagedChild, prefix: path + "/", made: &made)
                case UInt8(DT_REG):
                    if linkat(liveFD, name, stagedFD, name, 0) == 0 {
                        made.files.append(prefix + String(cString: name))
                        return true
                    }
                    return errno == EEXIST  // the transaction was first

                default:
                    // Symbolic links (never written by huis) go over at the commit.
                    return true
                }
            }
            if !ok { return false }
        }
        return true
    }
}

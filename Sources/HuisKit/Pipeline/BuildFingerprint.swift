import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A summary of everything a build reads: the path, size and modification
/// time of every content and theme file, the options, and the huis program
/// itself. Listing and `stat`-ing ten thousand files takes milliseconds, so a
/// rebuild can tell in that time that nothing changed.
enum BuildFingerprint {
    static func compute(_ options: BuildOptions) -> String {
        var digest = KeyDigest(capacity: 8)
        digest.add("huis \(HuisCommandLine.version)")
        digest.add(executableStamp())
        digest.add("regions=\(options.regions?.joined(separator: ",") ?? "*") strict=\(options.strict)")
        let content = options.content.standardizedFileURL.path
        let themes = options.theme ?? options.content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("themes")
        for root in [content, themes.standardizedFileURL.path] {
            digest.add(root)
            digest.add(stamps(under: root))
        }
        return digest.key
    }

    /// The digest of `path size seconds.nanoseconds` of every file below
    /// `root`, in any order (`KeyDigest.unordered`), so that neither the
    /// order of the walk nor a sort counts. This is the first thing every build does, and
    /// all it waits for, so the folders are walked and the files `stat`-ed
    /// on all cores.
    static func stamps(under root: String) -> String {
        let files = OutputTree.entriesInParallel(under: root).compactMap { $0.type == .file && !isHidden($0.path) ? $0.path : nil }
        let hashes = files.parallelMap { path -> UInt64? in
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { return nil }
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            var text = path
            var stamp = (text.withUTF8 { XXH64.hash(UnsafeRawBufferPointer($0)) }, UInt64(text.utf8.count), UInt64(info.st_size),
                         UInt64(bitPattern: Int64(time.tv_sec)), UInt64(bitPattern: Int64(time.tv_nsec)))
            return withUnsafeBytes(of: &stamp) { XXH64.hash($0) }
        }
        return KeyDigest.unordered(hashes: hashes.lazy.compactMap { $0 }).key
    }

    /// Whether a folder or file name in a relative path starts with a dot
    /// (such files are not read); on the bytes, as this runs for every file.
    static func isHidden(_ path: String) -> Bool {
        var atStart = true
        for byte in path.utf8 {
            if atStart, byte == UInt8(ascii: ".") { return true }
            atStart = byte == UInt8(ascii: "/")
        }
        return false
    }

    static func stamp(_ path: String, name: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return stamp(name, info)
    }

    private static func stamp(_ name: String, _ info: stat) -> String {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return "\(name) \(info.st_size) \(time.tv_sec).\(time.tv_nsec)"
    }

    /// A rebuilt huis may render differently: its size and time count too.
    static func executableStamp() -> String {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let path = CommandLine.arguments[0]
        #endif
        return stamp(path, name: "program") ?? "program ?"
    }
}

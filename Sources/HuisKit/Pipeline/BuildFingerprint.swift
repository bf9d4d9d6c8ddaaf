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
        var lines: [String] = ["huis \(HuisCommandLine.version)", executableStamp()]
        lines.append("regions=\(options.regions?.joined(separator: ",") ?? "*") strict=\(options.strict)")
        lines.append("content=" + options.content.standardizedFileURL.path)
        lines += stamps(under: options.content.standardizedFileURL.path)
        let themes = options.theme ?? options.content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("themes")
        lines.append("themes=" + themes.standardizedFileURL.path)
        lines += stamps(under: themes.standardizedFileURL.path)
        return ContentHash.key(utf8: lines.joined(separator: "\n"))
    }

    /// `path size seconds.nanoseconds` for every file below `root`, sorted.
    static func stamps(under root: String) -> [String] {
        var stamps: [String] = []
        OutputTree.walk(root) { path, type, folder, name in
            guard type == .file, !isHidden(path) else { return }
            var info = stat()
            guard fstatat(folder, name, &info, 0) == 0 else { return }
            stamps.append(stamp(path, info))
        }
        return stamps.sorted()
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

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished output folder in place of the old one in one step.
///
/// On Linux, `renameat2(…, RENAME_EXCHANGE)` swaps the two folders atomically:
/// at every moment the output path holds a complete site, old or new. glibc
/// does not declare it for Swift, so it is looked up at run time. Where it is
/// missing (or the file system refuses it) two renames are used, and a folder
/// left half-way is put back by `recover` at the start of the next build.
enum DirectorySwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: UInt32 = 2

    /// Swaps `staged` and `live`; afterwards `staged` holds the old site.
    static func exchange(_ staged: URL, _ live: URL) throws {
        #if canImport(Glibc)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") {
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            if renameat2(AT_FDCWD, staged.path, AT_FDCWD, live.path, renameExchange) == 0 { return }
        }
        #endif
        let old = aside(live)
        try FileManager.default.moveItem(at: live, to: old)
        try FileManager.default.moveItem(at: staged, to: live)
        try FileManager.default.moveItem(at: old, to: staged)
    }

    /// Where the two-rename fallback parks the old site for a moment.
    static func aside(_ live: URL) -> URL {
        live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-old")
    }

    /// Undoes an interrupted two-rename swap: if the live folder is missing but
    /// the parked old one exists, it goes back.
    static func recover(_ live: URL) {
        let fm = FileManager.default
        let old = aside(live)
        if !fm.fileExists(atPath: live.path), fm.fileExists(atPath: old.path) {
            try? fm.moveItem(at: old, to: live)
        } else if fm.fileExists(atPath: old.path) {
            try? fm.removeItem(at: old)
        }
    }
}

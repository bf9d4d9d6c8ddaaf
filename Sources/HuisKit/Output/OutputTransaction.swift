import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a build's output so that a failed or killed build never leaves a
/// half-written site, and a rebuild only touches what changed.
///
/// Two trees take turns: the live site (`<out>`) and the staging tree beside
/// it (`<out>.huis-next`), which holds the site of the build before (or
/// whatever a killed build left). A build brings the staging tree up to date:
/// - a file whose bytes are the same as in the live site is made a hard link
///   to the live file (usually it already is one, which costs one `lstat`), so
///   it keeps its modification time and rsync or a CDN sees no change;
/// - a new or changed file is written as a new file (never into an existing
///   one, which may be shared with the live site);
/// - files huis did not write (not in the manifest) are linked over untouched;
/// - anything else in the staging tree is removed.
/// `commit` then swaps the two trees in one step (see `DirectorySwap`); the old
/// live site stays beside the new one as the next build's staging tree. Until
/// the swap the live site is never touched, and no build deletes a whole tree.
public final class OutputTransaction: @unchecked Sendable {
    public let live: URL
    public let staged: URL
    private let livePath: String
    private let stagedPath: String
    private let oldManifest: OutputManifest
    private let lock = NSLock()
    private var newManifest = OutputManifest()
    /// The new manifest's bytes, once every file is written (`manifestBytes`).
    private var finishedManifest: [UInt8]?
    private var written: [String: Change] = [:]
    private var createdFolders: Set<String> = [""]
    private var foreignSkipped: [String] = []
    /// Whether the staging tree was made just now, empty (a build from scratch).
    private let stagingIsNew: Bool
    /// Making the staging tree while this transaction writes into it.
    private let mirror: StagingMirror?
    /// Files kept from the live site while the mirror runs: it links every
    /// live file, so these are only checked at the commit.
    private var leftToMirror: [String] = []
    /// Listing the staging tree (when it exists and no mirror makes it).
    private let survey: StagingSurvey?

    public enum Change: String, Sendable {
        case added, changed, unchanged
    }

    /// `mirror`, when given, is making the staging tree. The transaction
    /// does not wait for it: it leaves the files it keeps to the mirror, and
    /// the folders and files it writes may meet the mirror's (each only adds,
    /// accepting what the other added first; see `linkFromLive` and
    /// `OutputTree.writeNew`). The commit waits for the mirror and links
    /// whatever kept file it did not. `survey`, when given, is listing the
    /// staging tree, so the commit need not walk it.
    init(output: URL, mirror: StagingMirror?, survey: StagingSurvey? = nil) throws {
        live = output.standardizedFileURL
        staged = Self.stagingFolder(for: live)
        livePath = live.path
        stagedPath = staged.path
        self.mirror = mirror
        self.survey = mirror == nil ? survey : nil
        if mirror == nil { DirectorySwap.recover(live) }
        // A staging tree made just now holds nothing but what this build
        // writes, so there is nothing to prune from it (a cold build).
        stagingIsNew = mirror == nil && !FileManager.default.fileExists(atPath: stagedPath)
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        oldManifest = OutputManifest.load(from: live) ?? OutputManifest()
    }

    public convenience init(output: URL) throws {
        try self.init(output: output, mirror: nil)
    }

    static func stagingFolder(for live: URL) -> URL {
        live.deletingLastPathComponent().appendingPathComponent(live.lastPathComponent + ".huis-next")
    }

    /// Adds one file to the new site. Safe to call from several threads.
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let hash = ContentHash.hex(bytes)
        let liveFile = livePath + "/" + path
        let change: Change
        // The live file is looked at once: its size here, its identity when it is kept.
        var live: OutputTree.Identity?
        if let old = oldManifest.files[path] {
            live = old.size == bytes.count && old.hash == hash ? OutputTree.identity(liveFile) : nil
            change = live.map { $0.isRegularFile && $0.size == bytes.count } == true ? .unchanged : .changed
        } else if OutputTree.size(of: liveFile) != nil {
            // Someone else's file is there: never overwrite it.
            lock.withLock { foreignSkipped.append(path) }
            return
        } else {
            change = .added
        }
        if change == .unchanged {
            try keepLive(path, orWrite: bytes, live: live)
        } else {
            try makeFolder(for: path)
            try OutputTree.writeNew(stagedPath + "/" + path, bytes)
        }
        lock.withLock {
            newManifest.files[path] = OutputManifest.Entry(size: bytes.count, hash: hash)
            written[path] = change
        }
    }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Array(text.utf8))
    }

    /// Keeps the live file at `path` as it is, without its bytes, when huis
    /// wrote it last time and it is still there; false when it must be written.
    public func keepIfUnchanged(_ path: String) throws -> Bool {
        guard let entry = oldManifest.files[path], let live = OutputTree.identity(livePath + "/" + path),
              live.isRegularFile, live.size == entry.size else { return false }
        try keepLive(path, orWrite: nil, live: live)
        lock.withLock {
            newManifest.files[path] = entry
            written[path] = .unchanged
        }
        return true
    }

    /// Keeps the files huis wrote under `prefix` last time, unchanged: used
    /// when a build covers only some regions (`--region`).
    public func keep(prefix: String) throws {
        for (path, entry) in oldManifest.files where path.hasPrefix(prefix) && written[path] == nil {
            guard OutputTree.size(of: livePath + "/" + path) != nil else { continue }
            try keepLive(path, orWrite: nil)
            lock.withLock {
                newManifest.files[path] = entry
                written[path] = .unchanged
            }
        }
    }

    /// The manifest the commit will put in place: call it once every file
    /// is written (the build then knows the new site's manifest hash before the
    /// commit, and saves its cache meanwhile). Encoded once.
    public func manifestBytes() -> [UInt8] {
        lock.withLock {
            if let finishedManifest { return finishedManifest }
            let bytes = Array(newManifest.encoded())
            finishedManifest = bytes
            return bytes
        }
    }

    /// Puts the new site in place and returns what changed.
    public func commit() throws -> OutputSummary {
        // What the staging tree held before this build is known without
        // walking it when it was made just now: empty, or what the mirror
        // linked (anything else in it this build wrote).
        let made = mirror?.wait()
        if !leftToMirror.isEmpty {
            let mirrored = Set(made?.files ?? [])
            for path in leftToMirror where !mirrored.contains(path) {
                try linkFromLive(path, orWrite: nil)
            }
        }
        // What the staging tree held is known without walking it now when it
        // was listed while the build ran (`StagingSurvey`).
        let knownStaging: [(path: String, type: OutputTree.EntryType)]? = stagingIsNew ? []
            : made.map { $0.files.map { (path: $0, type: OutputTree.EntryType.file) } } ?? survey?.wait()
        // Otherwise both trees are walked side by side: on a large site each
        // walk is tens of thousands of directory reads.
        let trees = knownStaging == nil
            ? [livePath, stagedPath].parallelMap(OutputTree.entries(under:))
            : [OutputTree.entriesInParallel(under: livePath), []]
        let foreign = try carryOverForeignFiles(liveEntries: trees[0])
        try OutputTree.writeNew(stagedPath + "/" + OutputManifest.fileName, manifestBytes())
        let stagedEntries = knownStaging ?? trees[1]
        let kept = Set(foreign)
        try prune(stagedEntries: stagedEntries) { self.written[$0] != nil || kept.contains($0) || $0 == OutputManifest.fileName }
        let removed = oldManifest.files.keys.filter { written[$0] == nil }.sorted()
        if FileManager.default.fileExists(atPath: livePath) {
            try DirectorySwap.exchange(staged, live)
        } else {
            try FileManager.default.moveItem(at: staged, to: live)
        }
        return OutputSummary(changes: written, removed: removed, foreignSkipped: foreignSkipped.sorted())
    }

    /// Leaves the live site as it was. The staging tree stays for the next build.
    public func abort() {}

    /// Puts the live file at `path` into the staging tree: now, or, while
    /// the mirror runs, by the mirror (checked at the commit). `live` is the
    /// live file's identity when the caller has just looked it up.
    private func keepLive(_ path: String, orWrite bytes: [UInt8]?, live: OutputTree.Identity? = nil) throws {
        if mirror != nil {
            lock.withLock { leftToMirror.append(path) }
            return
        }
        try linkFromLive(path, orWrite: bytes, live: live)
    }

    /// Makes `staged/path` the same file as `live/path` (a hard link); when
    /// the two trees are on different file systems, the bytes are written.
    private func linkFromLive(_ path: String, orWrite bytes: [UInt8]?, live: OutputTree.Identity? = nil) throws {
        let source = livePath + "/" + path, target = stagedPath + "/" + path
        func linked() -> Bool {
            guard let a = live ?? OutputTree.identity(source), let b = OutputTree.identity(target) else { return false }
            return a.isSameFile(as: b)
        }
        // Most kept files are linked already (the staging tree is the site
        // before last, and the file has not changed since): then their
        // folder exists too, and making it would cost a lookup and a mkdir.
        if linked() { return }
        try makeFolder(for: path)
        try OutputTree.remove(target)
        if link(source, target) == 0 { return }
        if errno == EEXIST, linked() { return }  // the mirror linked it in the meantime
        if let bytes { try OutputTree.writeNew(target, bytes) } else {
            try OutputTree.remove(target)
            try FileManager.default.copyItem(atPath: source, toPath: target)
        }
    }

    /// Files and links in the live site that huis did not write go over as
    /// they are; returns their paths.
    private func carryOverForeignFiles(liveEntries: [(path: String, type: OutputTree.EntryType)]) throws -> [String] {
        var foreign: [String] = []
        for (path, type) in liveEntries {
            guard path != OutputManifest.fileName, oldManifest.files[path] == nil, written[path] == nil else { continue }
            switch type {
            case .folder:
                continue
            case .symlink:
                try makeFolder(for: path)
                let target = stagedPath + "/" + path
                try OutputTree.remove(target)
                let destination = try FileManager.default.destinationOfSymbolicLink(atPath: livePath + "/" + path)
                try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: destination)
            case .file:
                try linkFromLive(path, orWrite: nil)
            }
            foreign.append(path)
        }
        return foreign
    }

    /// Removes from the staging tree (as it was before this build) what the
    /// new site does not have, then the folders that became empty.
    private func prune(stagedEntries: [(path: String, type: OutputTree.EntryType)], keeping wanted: (String) -> Bool) throws {
        var emptied: Set<String> = []
        for (path, type) in stagedEntries where type != .folder && !wanted(path) {
            try OutputTree.remove(stagedPath + "/" + path)
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                emptied.insert(String(folder))
            }
        }
        // Only folders that lost a file can have become empty; deepest first.
        for folder in emptied.sorted(by: { $0.count > $1.count }) {
            rmdir(stagedPath + "/" + folder)  // fails, harmlessly, when the folder is not empty
        }
    }

    /// Creates the folders above `path` in the staging tree, one `mkdir` per
    /// new folder, parents first.
    private func makeFolder(for path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if lock.withLock({ createdFolders.contains(folder) }) { return }
        try makeFolder(for: folder)
        let full = stagedPath + "/" + folder
        if mkdir(full, 0o755) != 0, errno != EEXIST { throw OutputError.cannotWrite(full, errno) }
        lock.withLock { _ = createdFolders.insert(folder) }
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

    /// The paths that had `change`, sorted by their UTF-8 bytes (as the
    /// keys of huis's JSON files are).
    public func paths(_ change: OutputTransaction.Change) -> [String] {
        changes.compactMap { $0.value == change ? $0.key : nil }.sorted(by: JSONValue.keyPrecedes)
    }

    /// How many files, and how many of them pages (`.html`), had each kind
    /// of change; counted in one pass, without sorting tens of thousands of paths.
    public func counts() -> [OutputTransaction.Change: (files: Int, pages: Int)] {
        var counts: [OutputTransaction.Change: (files: Int, pages: Int)] = [:]
        for (path, change) in changes {
            let isPage = path.utf8.count >= 5 && path.utf8.suffix(5).elementsEqual(".html".utf8)
            let old = counts[change] ?? (0, 0)
            counts[change] = (old.files + 1, old.pages + (isPage ? 1 : 0))
        }
        return counts
    }
}

import Foundation

/// Lists the staging tree on a thread of its own from the start of a
/// rebuild, so that the commit, which must prune whatever the tree held and
/// this build did not want, need not walk it at the end (on a large site
/// that is tens of thousands of folder reads, and the whole build waits for
/// the commit).
///
/// The listing may overlap the transaction's writes into the same tree; that
/// is harmless. The transaction never removes an entry it does not want
/// before the commit: an entry it replaces or links is one it wants, so
/// whether the listing saw it does not matter. Every entry the build leaves
/// alone stays in place during the listing, and `readdir` returns such an
/// entry exactly once.
///
/// Only a rebuild with a staging tree uses it. After a build from scratch
/// the staging tree is made by `StagingMirror`, which knows what it made.
final class StagingSurvey: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var entries: [(path: String, type: OutputTree.EntryType)] = []

    private init() {}

    /// Starts listing the staging tree of `output` when there is one; nil
    /// when there is none (a build from scratch, or the mirror's first build).
    static func start(for output: URL) -> StagingSurvey? {
        let staged = OutputTransaction.stagingFolder(for: output.standardizedFileURL).path
        var info = stat()
        guard lstat(staged, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        let survey = StagingSurvey()
        Thread {
            survey.entries = OutputTree.entries(under: staged)
            survey.finished.signal()
        }.start()
        return survey
    }

    /// Every entry the staging tree held when the survey started (and maybe
    /// some the build added since); waits for the listing to end.
    func wait() -> [(path: String, type: OutputTree.EntryType)] {
        finished.wait()
        finished.signal()  // for the next caller
        return entries
    }
}

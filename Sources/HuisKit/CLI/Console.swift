import Foundation

/// Where the command line writes: standard output for results, standard error
/// for problems and progress. Tests capture both.
public protocol Console: Sendable {
    func out(_ text: String)
    func err(_ text: String)
}

/// The real terminal.
public struct StandardConsole: Console {
    public init() {}

    public func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Collects what a command writes, for tests.
public final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    public init() {}

    public func out(_ text: String) { lock.withLock { outLines.append(text) } }
    public func err(_ text: String) { lock.withLock { errLines.append(text) } }

    public var output: String { lock.withLock { outLines.joined(separator: "\n") } }
    public var errors: String { lock.withLock { errLines.joined(separator: "\n") } }
}

/// Exit statuses: 0 clean, 1 content (or template) errors, 2 wrong usage.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case contentErrors = 1
    case usage = 2
    /// Something outside the content failed (disk full, permissions).
    case failure = 3
}

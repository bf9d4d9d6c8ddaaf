import Foundation

/// Wall-clock time of the stages of a build, for the progress lines.
struct Stopwatch {
    private var last = Date()

    /// The time since the previous lap, as "0.42 s".
    mutating func lap() -> String {
        let now = Date()
        defer { last = now }
        return String(format: "%.2f s", now.timeIntervalSince(last))
    }
}

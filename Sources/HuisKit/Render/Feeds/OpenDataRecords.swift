import Foundation

/// Partner records already written in this build, by partner and region.
///
/// The region files and the network file are written side by side on
/// different threads, and each wants the same text for a partner found in
/// one region: whichever comes first writes it, the other takes it. A record
/// is needed at most twice, so taking it also lets it go.
final class OpenDataRecords: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [String: [UInt8]] = [:]

    init() {}

    func record(_ key: String, make: () -> [UInt8]) -> [UInt8] {
        lock.lock()
        if let made = waiting.removeValue(forKey: key) {
            lock.unlock()
            return made
        }
        lock.unlock()
        // Made outside the lock: at worst both threads make the same text.
        let made = make()
        lock.lock()
        waiting[key] = made
        lock.unlock()
        return made
    }
}

import Foundation
import Testing
@testable import HuisKit

/// A value handed to `BackgroundRelease` is freed, and not on the caller's thread.
@Suite struct BackgroundReleaseTests {
    final class Witness: @unchecked Sendable {
        let freed: DispatchSemaphore
        let caller: Thread
        let onCaller = ManagedFlag()

        init(freed: DispatchSemaphore, caller: Thread) {
            self.freed = freed
            self.caller = caller
        }

        deinit {
            if Thread.current == caller { onCaller.set() }
            freed.signal()
        }
    }

    final class ManagedFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }

    @Test func theLastReferenceIsFreedOnTheReleaseThreadHoweverTheThreadsRun() {
        // Whether the release thread runs before or after `drop` returns,
        // the caller never frees the value.
        for _ in 0..<50 {
            let freed = DispatchSemaphore(value: 0)
            let witness = Witness(freed: freed, caller: Thread.current)
            let flag = witness.onCaller
            BackgroundRelease.drop([consume witness])
            #expect(freed.wait(timeout: .now() + 10) == .success)
            #expect(!flag.isSet)
        }
    }
}

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

    @Test func aDroppedValueIsFreedOnAnotherThread() {
        let freed = DispatchSemaphore(value: 0)
        let flag: ManagedFlag
        do {
            let witness = Witness(freed: freed, caller: Thread.current)
            flag = witness.onCaller
            BackgroundRelease.drop([witness, witness])
        }
        #expect(freed.wait(timeout: .now() + 10) == .success)
        #expect(!flag.isSet)
    }
}

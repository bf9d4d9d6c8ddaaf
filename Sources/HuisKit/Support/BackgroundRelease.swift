import Foundation

/// Lets go of large values on a thread of its own. Freeing a big site's
/// model, rendered bodies and build caches is tens of thousands of
/// deallocations at the end of a build (a second and more at 50,000
/// partners); the caller need not wait for them (and a command-line run
/// exits without waiting at all).
///
/// The value is freed on that thread only if the caller holds no other
/// reference to it: hand over the last one (`consume`), after every other
/// holder is gone.
enum BackgroundRelease {
    static func drop<T: Sendable>(_ value: consuming T) {
        // The box holds the only reference, and the thread empties it: the
        // value is freed there whether the thread runs before or after this
        // function returns.
        let box = Box(value)
        Thread { box.empty() }.start()
    }

    private final class Box<T: Sendable>: @unchecked Sendable {
        private var value: T?

        init(_ value: consuming T) {
            self.value = consume value
        }

        func empty() {
            value = nil
        }
    }
}

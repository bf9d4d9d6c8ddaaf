import Foundation

/// Lets go of large values on a thread of its own. Freeing a big site's
/// model, rendered bodies and build caches is tens of thousands of
/// deallocations at the end of a build; the caller need not wait for them
/// (and a command-line run exits without waiting at all).
enum BackgroundRelease {
    static func drop<T: Sendable>(_ value: T) {
        // The thread's closure holds the last reference, so the value is
        // freed there when the closure ends.
        let thread = Thread { withExtendedLifetime(value) {} }
        thread.start()
    }
}

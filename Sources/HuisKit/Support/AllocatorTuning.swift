#if canImport(Glibc)
import Glibc
#endif

/// How the process's memory allocator grows, set once at start-up.
public enum AllocatorTuning {
    /// With glibc's defaults a build grows each thread's heap a few pages at
    /// a time: a one-file rebuild of 10,000 partners made about 3,700 `brk`
    /// and `mprotect` calls to grow the heaps to 230 MB. Asking for 64 MB of
    /// headroom per growth makes that a few dozen. The headroom is address
    /// space, not memory: pages count as used only once they are written,
    /// though the heaps keep more of what they once held (peak memory of a
    /// cold build at 10,000 partners: about 6 % more). Returns whether the
    /// allocator took the setting.
    @discardableResult
    public static func apply() -> Bool {
        #if canImport(Glibc)
        // `mallopt` and `M_TOP_PAD` live in <malloc.h>, which the Glibc module
        // does not import; the function is looked up by name instead.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }  // RTLD_DEFAULT
        let topPad: Int32 = -2  // M_TOP_PAD
        return unsafeBitCast(symbol, to: Mallopt.self)(topPad, 64 << 20) == 1
        #else
        return false
        #endif
    }
}

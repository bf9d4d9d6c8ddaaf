import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores, keeping the order of the results. Work is handed out
    /// in chunks so that tiny transforms do not drown in scheduling overhead.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let n = count
        if n < 2 { return map(transform) }
        return [T](unsafeUninitializedCapacity: n) { buffer, initializedCount in
            nonisolated(unsafe) let base = buffer.baseAddress!
            let chunks = Swift.min(n, ParallelWork.cores * 8)
            self.withUnsafeBufferPointer { source in
                nonisolated(unsafe) let input = source
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let range = (n * chunk / chunks)..<(n * (chunk + 1) / chunks)
                    for i in range { (base + i).initialize(to: transform(input[i])) }
                }
            }
            initializedCount = n
        }
    }
}

enum ParallelWork {
    static let cores = Swift.max(1, sysconfCores())

    private static func sysconfCores() -> Int {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import Testing
@testable import HuisKit

@Suite struct ParallelMapTests {
    @Test func parallelMapKeepsTheOrder() {
        let numbers = Array(0..<1_000)
        #expect(numbers.parallelMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect([Int]().parallelMap { $0 } == [])
        #expect([7].parallelMap { $0 + 1 } == [8])
    }
}

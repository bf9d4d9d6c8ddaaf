import Testing
@testable import HuisKit

@Suite struct AllocatorTuningTests {
    #if os(Linux)
    @Test func glibcTakesTheHeadroomSetting() {
        // `mallopt` is found by name and accepts M_TOP_PAD (it returns 1 on success).
        #expect(AllocatorTuning.apply())
    }
    #endif
}

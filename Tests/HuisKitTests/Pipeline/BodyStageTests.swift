import Testing
@testable import HuisKit

@Suite struct BodyStageTests {
    @Test func locationFilesAreKnownByTheirFolder() {
        for path in ["regions/r/locations/a.md", "locations/a.md", "a/locations//b.md", "regions/é/locations/ë.md",
                     "regions/r/partners/a.md", "locations", "a.md", "regions/r/locations/", "", "regions/locationsx/a.md"] {
            #expect(BodyStage.isLocationFile(path) == (path.split(separator: "/").dropLast().last == "locations"), "\(path)")
        }
    }

    @Test func pipesAreFoundInAnyText() {
        #expect(TableCheck.hasPipe("a | b") && TableCheck.hasPipe("é|") && !TableCheck.hasPipe("geen streep") && !TableCheck.hasPipe(""))
    }
}

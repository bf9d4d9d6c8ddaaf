import Foundation
import Testing
@testable import HuisKit

@Suite struct NewContentFileTests {
    func run(_ arguments: [String], in dir: TemporaryFolder) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        return (HuisCommandLine.run(arguments, console: console, workingDirectory: dir.url), console)
    }

    func check(_ dir: TemporaryFolder) -> [String] {
        ContentChecker.check(ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content"))
            .diagnostics.map(DiagnosticFormatter.text)
    }

    @Test(arguments: NewContentFile.Kind.allCases)
    func everyKindMakesAFileThatChecksClean(_ kind: NewContentFile.Kind) throws {
        let dir = try copyOfFixtureNetwork()
        let (status, console) = run(["new", kind.rawValue, "Crèche 't Kapoentje", "--region", "zuiderkempen"], in: dir)
        #expect(status == .success, "\(console.errors)")
        let path = "content/regions/zuiderkempen/\(kind.folder)/creche-t-kapoentje.md"
        #expect(console.output == path)
        let text = try dir.read(path)
        #expect(text.contains("title: Crèche 't Kapoentje\n"))
        // Every field of the kind is in the file, filled in or commented out with its help text.
        for field in kind.schema.fields {
            #expect(text.contains("\n\(field.name): ") || text.contains("\n# \(field.name):"), "\(kind): \(field.name)")
            #expect(text.contains(FrontMatterTemplate.wrap(field.help, width: 76).first!), "\(kind): help of \(field.name)")
        }
        #expect(check(dir) == [])
    }

    @Test func datedKindsGetToday() throws {
        let dir = try copyOfFixtureNetwork()
        let today = BrusselsTime.now().date.description
        _ = run(["new", "news", "Nieuwe uren", "--region", "noordrand"], in: dir)
        #expect(try dir.read("content/regions/noordrand/news/nieuwe-uren.md").contains("\ndate: \(today)\n"))
        _ = run(["new", "event", "Babyzwemmen", "--region", "noordrand"], in: dir)
        #expect(try dir.read("content/regions/noordrand/events/babyzwemmen.md").contains("\nstart: \"\(today) 10:00\"\n"))
        _ = run(["new", "partner", "Logopedie", "--region", "noordrand"], in: dir)
        #expect(try dir.read("content/regions/noordrand/partners/logopedie.md").contains("\nupdated: \(today)\n"))
    }

    @Test func aSecondFileWithTheSameTitleGetsANumber() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(run(["new", "partner", "Kind & Gezin", "--region", "noordrand"], in: dir).1.output == "content/regions/noordrand/partners/kind-gezin.md")
        #expect(run(["new", "partner", "Kind & Gezin", "--region", "noordrand"], in: dir).1.output == "content/regions/noordrand/partners/kind-gezin-2.md")
        #expect(run(["new", "partner", "Kind en Gezin!", "--region", "noordrand"], in: dir).1.output == "content/regions/noordrand/partners/kind-en-gezin.md")
        #expect(check(dir) == [])
    }

    @Test func aPartnerWithoutRegionIsNetworkLevel() throws {
        let dir = try copyOfFixtureNetwork()
        let (status, console) = run(["new", "partner", "Opvoedingslijn"], in: dir)
        #expect(status == .success)
        #expect(console.output == "content/partners/opvoedingslijn.md")
        #expect(try dir.read("content/partners/opvoedingslijn.md").contains("\nregions: all\n"))
        #expect(check(dir) == [])
    }

    @Test func titlesThatYAMLWouldMisreadAreQuoted() throws {
        let dir = try copyOfFixtureNetwork()
        _ = run(["new", "page", "Infoavond: alles over de kinderopvang", "--region", "noordrand"], in: dir)
        #expect(try dir.read("content/regions/noordrand/pages/infoavond-alles-over-de-kinderopvang.md")
            .contains("title: \"Infoavond: alles over de kinderopvang\"\n"))
        #expect(check(dir) == [])
    }

    @Test func mistakesAreUsageErrors() throws {
        let dir = try copyOfFixtureNetwork()
        #expect(run(["new", "partnr", "X", "--region", "noordrand"], in: dir).1.errors.contains("Did you mean 'partner'?"))
        #expect(run(["new", "partner", "X", "--region", "nordrand"], in: dir).1.errors.contains("Did you mean 'noordrand'?"))
        #expect(run(["new", "news", "X"], in: dir).0 == .usage)
        #expect(run(["new", "news"], in: dir).0 == .usage)
        #expect(run(["new", "page", "???", "--region", "noordrand"], in: dir).0 == .usage)
    }
}

@Suite struct RegionStarterTests {
    let seeds = TestPaths.packageRoot.appendingPathComponent("seeds")

    func run(_ arguments: [String], in dir: TemporaryFolder) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        return (HuisCommandLine.run(arguments + ["--seeds", seeds.path], console: console, workingDirectory: dir.url), console)
    }

    @Test func aNewRegionChecksCleanInAnExistingNetwork() throws {
        let dir = try copyOfFixtureNetwork()
        let (status, console) = run(["init", "balen-dessel"], in: dir)
        #expect(status == .success, "\(console.errors)")
        #expect(console.output.contains("created content/regions/balen-dessel/region.md"))
        #expect(try dir.read("content/regions/balen-dessel/region.md").contains("title: Huis van het Kind Balen-Dessel\n"))
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("content/regions/balen-dessel/pages/toegankelijkheid.md").path))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("content/regions/balen-dessel/README.md").path))
        let result = ContentChecker.check(ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content"))
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [])
        #expect(result.content?.region("balen-dessel")?.partners.count == 1)
        #expect(result.content?.region("balen-dessel")?.locations.count == 1)
        // The network's own site.md is kept.
        #expect(try dir.read("content/site.md").contains("testnetwerk"))
    }

    @Test func aFirstRegionAlsoGetsASiteFile() throws {
        let dir = try TemporaryFolder()
        #expect(run(["init", "ranst"], in: dir).0 == .success)
        #expect(try dir.read("content/site.md").contains("title: Huizen van het Kind"))
        let result = ContentChecker.check(ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content"))
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [])
    }

    @Test func initNeverOverwrites() throws {
        let dir = try copyOfFixtureNetwork()
        let before = try dir.read("content/regions/noordrand/region.md")
        let (status, console) = run(["init", "noordrand"], in: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("exists already"))
        #expect(try dir.read("content/regions/noordrand/region.md") == before)
    }

    @Test func badIDsAndMissingSeedsAreReported() throws {
        let dir = try TemporaryFolder()
        let (status, console) = run(["init", "Balen Dessel"], in: dir)
        #expect(status == .usage)
        #expect(console.errors.contains("'balen-dessel'"))
        let missing = HuisCommandLine.run(["init", "x", "--seeds", "nowhere"], console: CapturingConsole(), workingDirectory: dir.url)
        #expect(missing == .failure)
    }
}

@Suite struct FrontMatterReferenceTests {
    @Test func theDocumentedReferenceMatchesTheSchema() throws {
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/front-matter.md"), encoding: .utf8)
        #expect(file == FrontMatterReference.markdown() + "\n",
                "docs/front-matter.md is out of date: run `huis reference > docs/front-matter.md`")
    }

    @Test func everyFieldOfEveryKindIsDocumented() {
        let text = FrontMatterReference.markdown()
        for schema in [ContentSchemas.site, ContentSchemas.region, ContentSchemas.partner, ContentSchemas.page,
                       ContentSchemas.news, ContentSchemas.event, ContentSchemas.location, ContentSchemas.hours] {
            for field in schema.fields { #expect(text.contains("| `\(field.name)` |"), "\(schema.name).\(field.name)") }
        }
    }
}

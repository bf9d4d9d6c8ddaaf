import Foundation
import Testing
@testable import HuisKit

/// The accessibility statement at toegankelijkheid/ of every region.
@Suite struct AccessibilityStatementTests {
    static let site = FixtureSite.shared.folder

    func page(_ region: String) -> String {
        FixtureSite.read("\(region)/toegankelijkheid/index.html", in: Self.site)
    }

    @Test(arguments: ["noordrand", "zuiderkempen"])
    func everyRegionHasAStatementWithTheModelsParts(_ region: String) {
        let html = page(region)
        #expect(html.contains("<h1>Toegankelijkheidsverklaring</h1>"))
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("WCAG 2.1, niveau AA"))
        #expect(html.contains("WCAG 2.2"))
        #expect(html.contains("<h2 id=\"melden-titel\">Een probleem melden</h2>"))
        #expect(html.contains("<a href=\"https://www.vlaamseombudsdienst.be\">"))
        #expect(html.contains("Uitvoeringsbesluit (EU) 2018/1523"))
        #expect(html.contains("<a href=\"../contact/index.html\">"))
    }

    @Test func everyPageLinksToTheStatementFromItsFooter() {
        for page in FixtureSite.html(in: Self.site) where page != "index.html" && !page.hasSuffix("404.html") {
            let depth = page.split(separator: "/").count - 2
            let href = String(repeating: "../", count: depth) + "toegankelijkheid/index.html"
            #expect(FixtureSite.read(page, in: Self.site).contains("<li><a href=\"\(href)\">Toegankelijkheid</a></li>"), "\(page)")
        }
    }

    @Test func theRegionsFieldsFillTheStatement() {
        let html = page("zuiderkempen")
        #expect(html.contains("voldoet gedeeltelijk"))
        #expect(html.contains("<p>De folder van de speelotheek is een pdf zonder koppen.</p>"))
        #expect(html.contains("<strong>Zo krijg je de informatie toch:</strong> Vraag ons de tekst per e-mail."))
        #expect(html.contains("geëvalueerd op <time datetime=\"2026-01-15\">15 januari 2026</time>."))
        #expect(html.contains("opgesteld op <time datetime=\"2026-01-20\">20 januari 2026</time>."))
        #expect(html.contains("mailto:info@zuiderkempen.example"))
    }

    @Test func withoutFieldsTheStatementSaysPartialAndClaimsNoEvaluation() {
        let html = page("noordrand")
        #expect(html.contains("voldoet gedeeltelijk"))
        #expect(html.contains("We kennen op dit moment geen onderdelen die niet toegankelijk zijn."))
        #expect(!html.contains("geëvalueerd op"))
        #expect(!html.contains("opgesteld op"))
    }

    func decode(_ accessibility: String) throws -> (AccessibilityStatement?, [String]) {
        let dir = try TemporaryFolder()
        try dir.write("site.md", "---\ntitle: T\n---\n")
        try dir.write("regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\naccessibility:\n\(accessibility)---\n")
        let loaded = ContentLoader(root: dir.url, displayRoot: "c").load()
        return (loaded.content?.regions.first?.region.accessibility, loaded.diagnostics.map { "\($0.line):\($0.column): \($0.message)" })
    }

    @Test func statusIsReadInEnglishOrDutch() throws {
        #expect(try decode("  status: full\n").0?.status == .full)
        #expect(try decode("  status: gedeeltelijk\n").0?.status == .partial)
        #expect(try decode("  status: niet\n").0?.status == AccessibilityStatement.Status.none)
        #expect(try decode("  method: Audit.\n").0 == AccessibilityStatement(method: "Audit."))
        let (_, problems) = try decode("  status: ful\n")
        #expect(problems == ["5:11: 'status' must be full, partial or none, not 'ful'"])
    }

    @Test func fullComplianceDoesNotGoWithExceptions() throws {
        let (_, problems) = try decode("  status: full\n  exceptions:\n    - what: Oude pdf's.\n")
        #expect(problems == ["5:3: 'status: full' does not go with 'exceptions'"])
        let (_, missing) = try decode("  exceptions:\n    - reason: Geen tijd.\n")
        #expect(missing == ["6:7: missing required field 'what' in 'exceptions'"])
    }

    @Test func aPageNamedToegankelijkheidAddsToTheStatement() throws {
        let dir = try TemporaryFolder()
        try dir.write("content/site.md", "---\ntitle: T\n---\n")
        try dir.write("content/regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\n---\n")
        try dir.write("content/regions/r/pages/toegankelijkheid.md",
                      "---\ntitle: Toegankelijkheid\nsummary: Hoe je een probleem meldt.\n---\n## Gebarentaal\n\nWe bellen je terug met een tolk.\n")
        let result = SiteBuilder.build(BuildOptions(content: dir.url.appendingPathComponent("content"),
                                                    theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
                                                    output: dir.url.appendingPathComponent("public"), now: FixtureSite.now))
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [])
        let html = try dir.read("public/r/toegankelijkheid/index.html")
        #expect(html.contains("<h1>Toegankelijkheidsverklaring</h1>"))
        #expect(html.contains("<h2 id=\"gebarentaal\">Gebarentaal</h2>"))
        #expect(html.contains("<meta name=\"description\" content=\"Hoe je een probleem meldt.\">"))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("public/r/toegankelijkheid/toegankelijkheid/index.html").path))
    }
}

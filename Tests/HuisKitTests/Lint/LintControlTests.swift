import Foundation
import Testing
@testable import HuisKit

/// `--strict`, `lint: { ignore: […] }` and the silenced count in the summary.
@Suite struct LintControlTests {
    /// A region with one page that has two warnings (a vague link, capitals)
    /// and, when `ignore` is given, a `lint.ignore` list.
    func content(ignore: String? = nil) throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        try dir.write("content/site.md", "---\ntitle: T\n---\n")
        try dir.write("content/regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\n---\nWelkom.\n")
        let lint = ignore.map { "lint:\n  ignore: \($0)\n" } ?? ""
        try dir.write("content/regions/r/pages/over-ons.md",
                      "---\ntitle: Over ons\n\(lint)---\nLees [hier](https://www.kindengezin.be) meer.\n\nDeelname is GRATIS.\n")
        return dir
    }

    func run(_ arguments: [String], in dir: TemporaryFolder) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        return (HuisCommandLine.run(arguments, console: console, workingDirectory: dir.url), console)
    }

    @Test func warningsDoNotFailACheck() throws {
        let dir = try content()
        let (status, console) = run(["check"], in: dir)
        #expect(status == .success)
        #expect(console.output.hasSuffix("0 errors, 2 warnings"))
        #expect(console.errors.contains("content/regions/r/pages/over-ons.md:4:6: warning: the link text 'hier' does not say where the link leads [link-text-vague]"))
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let dir = try content()
        let (status, console) = run(["check", "--strict"], in: dir)
        #expect(status == .contentErrors)
        #expect(console.output.hasSuffix("2 errors, 0 warnings"))
        #expect(console.errors.contains("over-ons.md:4:6: error: the link text 'hier'"))
    }

    @Test func strictStopsABuildAndLeavesTheOutputAlone() throws {
        let dir = try content()
        let theme = TestPaths.packageRoot.appendingPathComponent("themes/default").path
        let (strict, console) = run(["build", "--strict", "--theme", theme, "--now", "2026-03-01"], in: dir)
        #expect(strict == .contentErrors)
        #expect(console.output.hasPrefix("build failed: 2 errors, 0 warnings"))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("public/r/index.html").path))
        let (plain, _) = run(["build", "--theme", theme, "--now", "2026-03-01"], in: dir)
        #expect(plain == .success)
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("public/r/toegankelijkheid/index.html").path))
    }

    @Test func ignoreSilencesARuleInItsFileAndIsCounted() throws {
        let dir = try content(ignore: "[all-caps]")
        let (status, console) = run(["check", "--strict"], in: dir)
        #expect(status == .contentErrors)
        #expect(console.output.hasSuffix("1 error, 0 warnings, 1 silenced"))
        #expect(!console.errors.contains("all-caps"))
        let (both, bothConsole) = run(["check", "--strict"], in: try content(ignore: "[all-caps, link-text-vague]"))
        #expect(both == .success)
        #expect(bothConsole.output.hasSuffix("0 errors, 0 warnings, 2 silenced"))
    }

    @Test func ignoreIsCountedInJSONAndBuildSummaries() throws {
        let dir = try content(ignore: "link-text-vague, all-caps")
        let (_, console) = run(["check", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        #expect(object["silenced"] as? Int == 2)
        #expect(object["warnings"] as? Int == 0)
        let theme = TestPaths.packageRoot.appendingPathComponent("themes/default").path
        let (status, build) = run(["build", "--strict", "--theme", theme, "--now", "2026-03-01"], in: dir)
        #expect(status == .success)
        #expect(build.output.hasSuffix("0 errors, 0 warnings, 2 silenced"))
    }

    @Test func ignoreOnlyAppliesToItsOwnFile() throws {
        let dir = try content(ignore: "[all-caps, link-text-vague]")
        try dir.write("content/regions/r/pages/nieuw.md", "---\ntitle: Nieuw\n---\nDeelname is GRATIS.\n")
        let result = ContentChecker.check(ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content"))
        #expect(result.diagnostics.map { "\($0.file) \($0.rule ?? "")" } == ["content/regions/r/pages/nieuw.md all-caps"])
        #expect(result.silenced == 2)
    }

    @Test func anUnknownRuleIsAnErrorWithASuggestion() throws {
        let dir = try content(ignore: "[all-caps, link-txt-vague]")
        let (status, console) = run(["check"], in: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("over-ons.md:4:22: error: unknown lint rule 'link-txt-vague' in 'lint.ignore'"))
        #expect(console.errors.contains("hint: Did you mean 'link-text-vague'?"))
    }

    @Test func lintTakesOnlyIgnore() throws {
        let dir = try content(ignore: "[all-caps]\n  skip: [x]")
        let (status, console) = run(["check"], in: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("unknown field 'skip' in 'lint'"))
    }

    /// The demo network is what new editors copy: it must pass every check,
    /// warnings included, with the default theme's colour pairs.
    @Test func theDemoContentIsCleanUnderStrict() {
        let loader = ContentLoader(root: TestPaths.packageRoot.appendingPathComponent("content"), displayRoot: "content")
        let result = ContentChecker.check(loader, options: ContentChecker.Options(strict: true))
        #expect(result.diagnostics.map(DiagnosticFormatter.text) == [])
        #expect(result.silenced == 0)
        #expect(result.content?.regions.count == 3)
    }

    @Test func everyKindOfFileAcceptsLint() {
        for schema in [ContentSchemas.site, ContentSchemas.region, ContentSchemas.partner, ContentSchemas.page,
                       ContentSchemas.news, ContentSchemas.event, ContentSchemas.location] {
            #expect(schema.field("lint") != nil, "\(schema.name)")
        }
    }

    @Test func ruleIdsAreStableAndDocumented() throws {
        #expect(LintRule.ids == ["image-alt-missing", "image-alt-generic", "heading-level-skip", "link-text-vague", "link-text-url",
                                 "link-empty", "table-header-missing", "table-pipe-syntax", "all-caps", "sentence-too-long",
                                 "paragraph-too-long", "color-contrast"])
        let docs = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/lints.md"), encoding: .utf8)
        for rule in LintRule.allCases {
            #expect(docs.contains("`\(rule.id)`"), "docs/lints.md explains \(rule.id)")
            #expect(docs.contains("`\(rule.id)` (\(rule.severity.rawValue))"), "docs/lints.md gives the severity of \(rule.id)")
        }
    }
}

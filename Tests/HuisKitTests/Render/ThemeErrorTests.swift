import Foundation
import Testing
@testable import HuisKit

/// A broken theme stops the build with the template's file, line and column,
/// and leaves the previous output as it was.
@Suite struct ThemeErrorTests {
    /// A copy of the default theme with one file replaced.
    func brokenTheme(_ file: String, _ text: String?) throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        let theme = TestPaths.packageRoot.appendingPathComponent("themes/default")
        for path in FixtureSite.files(in: theme) {
            try dir.write("theme/" + path, FixtureSite.read(path, in: theme))
        }
        let target = dir.url.appendingPathComponent("theme/" + file)
        if let text { try Data(text.utf8).write(to: target) } else { try FileManager.default.removeItem(at: target) }
        return dir
    }

    func build(theme dir: TemporaryFolder) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        let status = HuisCommandLine.run(["build", "--content", TestPaths.fixtures.appendingPathComponent("network").path,
                                          "--theme", dir.url.appendingPathComponent("theme").path,
                                          "--out", dir.url.appendingPathComponent("public").path, "--now", "2026-03-01"],
                                         console: console, workingDirectory: dir.url)
        return (status, console)
    }

    @Test func anUnclosedSectionNamesTheTemplateLineAndColumn() throws {
        let dir = try brokenTheme("templates/page.mustache", "{{<layout}}\n{{$main}}\n<h1>{{page.title}}</h1>\n{{#page.body}}\n{{/main}}\n{{/layout}}\n")
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("theme/templates/page.mustache:"), "\(console.errors)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("public").path))
    }

    @Test func aMissingPartialIsReportedWhereItIsUsed() throws {
        let dir = try brokenTheme("templates/partials/hours.mustache", nil)
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("partials/hours"), "\(console.errors)")
        #expect(console.errors.contains("theme/templates/partner.mustache:") || console.errors.contains("theme/templates/partials/location.mustache:"))
    }

    @Test func aMissingPageTemplateIsNamed() throws {
        let dir = try brokenTheme("templates/age.mustache", nil)
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("template age.mustache"))
    }

    @Test func missingStringsAreNamed() throws {
        let dir = try brokenTheme("strings/nl.yml", "skip_link: Naar de inhoud\n")
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("dates.months"))
    }

    @Test func aBadStringsFileNamesItsLine() throws {
        let dir = try brokenTheme("strings/nl.yml", "skip_link: Naar de inhoud\ndates:\n\tmonths: []\n")
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("theme/strings/nl.yml:3:1:"), "\(console.errors)")
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let dir = try brokenTheme("templates/news.mustache", "{{<layout}}{{$main}}{{/main}}{{/layout}}\n")
        #expect(build(theme: dir).0 == .success)
        let out = dir.url.appendingPathComponent("public")
        SiteSnapshot.age(out)
        let before = SiteSnapshot(out)
        // A template that fails while pages are rendered (a list printed as text).
        try Data("{{<layout}}{{$main}}{{page.ages}}{{/main}}{{/layout}}\n".utf8)
            .write(to: dir.url.appendingPathComponent("theme/templates/news.mustache"))
        let (status, console) = build(theme: dir)
        #expect(status == .contentErrors)
        #expect(console.errors.contains("theme/templates/news.mustache:1:"), "\(console.errors)")
        let after = SiteSnapshot(out)
        #expect(after == before)
        #expect(after.mtimes == before.mtimes)
    }

}

import Foundation
import Testing
@testable import HuisKit

@Suite struct CommandLineTests {
    func run(_ arguments: [String], in dir: URL = TestPaths.fixtures) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        return (HuisCommandLine.run(arguments, console: console, workingDirectory: dir), console)
    }

    @Test func helpListsEveryCommand() {
        let (status, console) = run(["--help"])
        #expect(status == .success)
        for spec in CommandSpec.all { #expect(console.output.contains("  \(spec.name) ")) }
    }

    @Test func helpForACommandExplainsEveryOption() {
        for spec in CommandSpec.all {
            let (status, console) = run(["help", spec.name])
            #expect(status == .success)
            #expect(console.output.contains(spec.synopsis))
            for option in spec.options { #expect(console.output.contains("--\(option.name)")) }
        }
        #expect(run(["check", "--help"]).1.output == run(["help", "check"]).1.output)
    }

    @Test func unknownCommandIsAUsageErrorWithASuggestion() {
        let (status, console) = run(["chek"])
        #expect(status == .usage)
        #expect(console.errors.contains("unknown command 'chek'"))
        #expect(console.errors.contains("Did you mean 'huis check'?"))
    }

    @Test func unknownOptionIsAUsageErrorWithASuggestion() {
        let (status, console) = run(["check", "--contnet", "x"])
        #expect(status == .usage)
        #expect(console.errors.contains("Did you mean '--content'?"))
    }

    @Test func optionValuesAreChecked() {
        #expect(run(["check", "--format", "xml"]).0 == .usage)
        #expect(run(["check", "--content"]).0 == .usage)
        #expect(run(["help", "nope"]).0 == .usage)
    }

    @Test func checkIsCleanOnTheFixtureNetwork() {
        let (status, console) = run(["check", "--content", "network"])
        #expect(status == .success, "\(console.errors)")
        #expect(console.output.hasPrefix("checked "))
        #expect(console.output.hasSuffix("0 errors, 0 warnings"))
    }

    @Test func checkAcceptsTheEqualsForm() {
        #expect(run(["check", "--content=network"]).0 == .success)
    }

    @Test func missingContentFolderIsAContentError() {
        let (status, console) = run(["check", "--content", "does-not-exist"])
        #expect(status == .contentErrors)
        #expect(console.errors.contains("does not exist"))
    }

    @Test func jsonFormatPrintsParsableDiagnostics() throws {
        let dir = TestPaths.fixtures.appendingPathComponent("broken/bad-date")
        let (status, console) = run(["check", "--content", "content", "--format", "json"], in: dir)
        #expect(status == .contentErrors)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "content/regions/r/news/n.md")
        #expect(first["line"] as? Int == 3)
        #expect(first["column"] as? Int == 7)
        #expect(first["severity"] as? String == "error")
    }
}

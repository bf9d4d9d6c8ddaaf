import Foundation
import Testing
@testable import HuisKit

/// The schedule recipes of docs/deploy.md: the workflow files are valid YAML
/// (parsed with huis's own strict subset, so any YAML 1.2 parser reads them
/// the same way), they build with ./build.sh and copy with rsync on a nightly
/// schedule, and the guide shows each file as it is.
@Suite struct DeployRecipeTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("docs/deploy")

    func read(_ name: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    }

    func parse(_ name: String) throws -> FrontMatterNode {
        try FrontMatterParser.parseDataFile(read(name), file: "docs/deploy/\(name)")
    }

    @Test func theGitHubWorkflowRunsNightlyAndDeploys() throws {
        let workflow = try parse("github-actions.yml")
        let schedule = try #require(workflow["on"]?["schedule"]?.sequence)
        #expect(schedule.first?["cron"]?.scalar == "15 3 * * *")
        #expect(workflow["on"]?["push"]?["branches"]?.sequence?.first?.scalar == "main")
        let steps = try #require(workflow["jobs"]?["build"]?["steps"]?.sequence)
        let runs = steps.compactMap { $0["run"]?.scalar }
        #expect(runs.contains("./build.sh"))
        #expect(runs.contains { $0.contains("rsync") && $0.contains("public/") })
    }

    @Test func theGitLabJobRunsOnScheduleAndDeploys() throws {
        let job = try #require(try parse("gitlab-ci.yml")["sites"])
        let rules = try #require(job["rules"]?.sequence).compactMap { $0["if"]?.scalar }
        #expect(rules.contains("$CI_PIPELINE_SOURCE == \"schedule\""))
        let script = try #require(job["script"]?.sequence).compactMap(\.scalar)
        #expect(script.first == "./build.sh")
        #expect(script.contains { $0.hasPrefix("rsync ") })
    }

    @Test func theSystemdUnitsAndCronLineBuildAndCopy() throws {
        let service = try read("huis-build.service")
        #expect(service.contains("ExecStart=/srv/huis/build.sh"))
        #expect(service.contains("rsync -a --delete"))
        #expect(try read("huis-build.timer").contains("OnCalendar=*-*-* 04:15:00 Europe/Brussels"))
        let cron = try read("crontab").split(separator: "\n").first { !$0.hasPrefix("#") && !$0.hasPrefix("CRON_TZ") }
        let fields = try #require(cron).split(separator: " ", maxSplits: 5)
        #expect(fields.prefix(5).joined(separator: " ") == "15 4 * * *")
        #expect(fields[5].contains("./build.sh") && fields[5].contains("rsync"))
    }

    @Test func theGuideShowsEveryRecipeExactly() throws {
        let guide = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/deploy.md"), encoding: .utf8)
        for name in ["github-actions.yml", "gitlab-ci.yml", "huis-build.service", "huis-build.timer", "crontab"] {
            #expect(guide.contains(try read(name)), "docs/deploy.md does not show docs/deploy/\(name) as it is")
        }
    }
}

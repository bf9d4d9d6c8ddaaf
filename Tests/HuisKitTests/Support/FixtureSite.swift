import Foundation
@testable import HuisKit

/// Builds the fixture network into a temporary folder once per test run, at
/// a fixed moment, so every render test reads the same output.
enum FixtureSite {
    static let now = LocalDateTime(iso: "2026-03-01 10:00")!

    static func build(into folder: URL, now: LocalDateTime = now, regions: [String]? = nil) -> BuildResult {
        SiteBuilder.build(BuildOptions(
            content: TestPaths.fixtures.appendingPathComponent("network"), contentDisplay: "network",
            theme: TestPaths.packageRoot.appendingPathComponent("themes/default"),
            output: folder, regions: regions, now: now))
    }

    /// The shared build, made on first use.
    static let shared: (folder: URL, result: BuildResult) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("huis-fixture-site-\(ProcessInfo.processInfo.processIdentifier)/public")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        return (folder, build(into: folder))
    }()

    /// Every file of a built site, relative to its folder, sorted.
    static func files(in folder: URL) -> [String] {
        (try? FileScanner.files(under: folder)) ?? []
    }

    static func html(in folder: URL) -> [String] {
        files(in: folder).filter { $0.hasSuffix(".html") }
    }

    static func read(_ path: String, in folder: URL) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }
}

import Foundation

/// Where tests find their inputs. The public test vectors live in
/// `../shared/testdata` beside the checkout (as in CI); `HUIS_SHARED` overrides it.
enum TestPaths {
    /// The package root (the folder with Package.swift).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["HUIS_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static let testData = shared.appendingPathComponent("testdata")

    /// Fixture content under Tests/Fixtures.
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures")
}

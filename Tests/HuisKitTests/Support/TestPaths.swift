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

extension TestPaths {
    /// The `huis` executable built beside the test binary.
    static let huisExecutable: URL = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("huis")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/huis")
    }()
}

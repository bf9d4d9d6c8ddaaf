// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "huis",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "huis", targets: ["huis"]),
        .library(name: "HuisKit", targets: ["HuisKit"]),
    ],
    targets: [
        // The CommonMark reference library, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "HuisKit",
            dependencies: ["CCmark"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "huis",
            dependencies: ["HuisKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "HuisKitTests",
            dependencies: ["HuisKit"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

import Foundation
import Testing
@testable import HuisKit

/// The manifest is written without building a JSON value and read without a
/// general JSON parser; both must agree with the general forms byte for byte.
@Suite struct OutputManifestTests {
    /// The manifest as it was written before: a `JSONValue`, pretty, sorted.
    static func reference(_ manifest: OutputManifest) -> Data {
        let files = manifest.files.mapValues { JSONValue.object(["size": .int($0.size), "hash": .string($0.hash)]) }
        let object: JSONValue = ["generator": "huis", "version": 1, "files": .object(files)]
        return Data(object.serialized(.prettyFile).utf8)
    }

    static let oddPaths = ["index.html", "a/b/index.html", "Zoë/één.html", "quote\"d.txt", "back\\slash", "tab\there",
                           "line\u{2028}sep", "nul\u{1}.txt", "😀/x.js", "Z", "a", "a/", "b-c", "b.c", "b_c"]

    @Test func theManifestIsWrittenAsTheGeneralFormWouldBe() throws {
        var generator = SplitMix64(seed: 11)
        for round in 0..<60 {
            var manifest = OutputManifest()
            for _ in 0..<generator.int(0..<12) {
                let path = generator.pick(Self.oddPaths) + (generator.chance(50) ? "/\(generator.int(0..<100))" : "")
                manifest.files[path] = .init(size: generator.int(0..<1_000_000), hash: String(generator.next(), radix: 16))
            }
            #expect(manifest.encoded() == Self.reference(manifest), "round \(round)")
            let dir = try TemporaryFolder()
            try manifest.encoded().write(to: dir.url.appendingPathComponent(OutputManifest.fileName))
            #expect(OutputManifest.load(from: dir.url) == manifest, "round \(round)")
        }
    }

    @Test func anotherFormOfTheSameJSONIsReadToo() throws {
        let dir = try TemporaryFolder()
        try Data(#"{"version":1,"generator":"huis","files":{"a/index.html":{"size":12,"hash":"00ff"},"b.css":{"hash":"1","size":3}}}"#.utf8)
            .write(to: dir.url.appendingPathComponent(OutputManifest.fileName))
        let manifest = try #require(OutputManifest.load(from: dir.url))
        #expect(manifest.files == ["a/index.html": .init(size: 12, hash: "00ff"), "b.css": .init(size: 3, hash: "1")])
    }

    @Test func aDamagedManifestIsNoManifest() throws {
        let dir = try TemporaryFolder()
        var manifest = OutputManifest()
        manifest.files["a.html"] = .init(size: 1, hash: "ab")
        let bytes = manifest.encoded()
        try bytes.dropLast(9).write(to: dir.url.appendingPathComponent(OutputManifest.fileName))
        #expect(OutputManifest.load(from: dir.url) == nil)
    }
}

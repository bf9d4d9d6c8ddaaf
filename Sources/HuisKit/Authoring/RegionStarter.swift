import Foundation

/// `huis init REGION-ID`: starts a region from the starter kit in `seeds/`.
///
/// Every Markdown file of the kit is a Mustache template with `{{id}}` (the
/// region id) and `{{name}}` (the id with capitals, "Balen-Dessel-Mol-Retie");
/// other files are copied as they are. `seeds/site.md` is only copied when the
/// content folder has no `site.md` yet. Nothing that exists is overwritten.
public enum RegionStarter {
    public enum Failure: Error, Equatable {
        case invalidID(String, suggestion: String)
        case regionExists(String)
        case noSeeds(String)
    }

    /// Creates the region and returns the created files, relative to `content`.
    public static func start(_ id: String, content: URL, seeds: URL) throws -> [String] {
        guard Identifier.isValid(id), !id.contains("_") else { throw Failure.invalidID(id, suggestion: Slug.make(from: id)) }
        let target = content.appendingPathComponent("regions/\(id)")
        guard !FileManager.default.fileExists(atPath: target.path) else { throw Failure.regionExists("regions/\(id)") }
        guard let files = try? FileScanner.files(under: seeds), !files.isEmpty else { throw Failure.noSeeds(seeds.relativePath) }
        let context: TemplateValue = ["id": .string(id), "name": .string(displayName(id))]
        var created: [String] = []
        for file in files where file != "README.md" {
            let destination = file == "site.md" ? "site.md" : "regions/\(id)/\(file)"
            let url = content.appendingPathComponent(destination)
            if file == "site.md", FileManager.default.fileExists(atPath: url.path) { continue }
            guard var data = FileManager.default.contents(atPath: seeds.appendingPathComponent(file).path) else { continue }
            if file.hasSuffix(".md"), let text = String(data: data, encoding: .utf8) {
                data = Data(try Template(source: text, name: "seeds/\(file)").render(context).utf8)
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            created.append(destination)
        }
        return created.sorted()
    }

    /// "balen-dessel-mol-retie" → "Balen-Dessel-Mol-Retie".
    static func displayName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}

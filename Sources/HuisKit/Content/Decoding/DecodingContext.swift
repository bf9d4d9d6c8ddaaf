/// What a decoder needs to know beyond its own file.
struct DecodingContext: Sendable {
    let site: Site
    /// Every region id, sorted.
    let regionIDs: [String]
    let municipalitiesByRegion: [String: [String]]
    /// Every non-Markdown file in the content folder, relative to it.
    let files: Set<String>

    var ageIDs: [String] { site.ages.map(\.id) }
    var topicIDs: [String] { site.topics.map(\.id) }
}

/// A parsed content file, ready for its decoder.
struct ParsedFile {
    let source: SourceFile
    let document: FrontMatterDocument
    let bag: DiagnosticBag

    func reader(_ schema: Schema) -> FieldReader {
        if document.root == nil {
            bag.error("this file has no front matter", at: .start,
                      hint: "Start the file with a line '---', then fields such as 'title: …', then another line '---'.")
        }
        return FieldReader(document.root, schema: schema, anchor: document.openingPosition, bag: bag)
    }

    var body: MarkdownBody { MarkdownBody(text: document.body, firstLine: document.bodyLine) }

    /// The file name without `.md`.
    var slug: String {
        let name = source.relativePath.split(ascii: "/").last.map(String.init) ?? source.relativePath
        return String(name.dropLast(3)).lowercased()
    }
}

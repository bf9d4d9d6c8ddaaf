/// Reads `site.md`. It always returns settings (defaults where a field is
/// missing or wrong) so the rest of the content can still be checked.
enum SiteDecoder {
    static func decode(_ file: ParsedFile?, displayRoot: String) -> Site {
        guard let file else {
            return Site(title: "Huis van het Kind", language: "nl-BE", theme: "default", ages: AgeGroup.defaults,
                        topics: Topic.defaults, synonyms: [], allowUnsafeHTML: false,
                        intro: MarkdownBody(text: "", firstLine: 1),
                        source: SourceFile(displayPath: displayRoot + "site.md", relativePath: "site.md"))
        }
        let r = file.reader(ContentSchemas.site)
        let ages = r.nestedList("ages", ContentSchemas.ageGroup).map { readers in
            readers.compactMap(ageGroup)
        }
        let topics = r.nestedList("topics", ContentSchemas.topic).map { readers in
            readers.compactMap { t -> Topic? in
                guard let id = t.identifier("id"), let label = t.text("label") else { return nil }
                return Topic(id: id, label: label)
            }
        }
        checkUnique(ages?.map(\.id) ?? [], in: r, key: "ages", noun: "age group")
        checkUnique(topics?.map(\.id) ?? [], in: r, key: "topics", noun: "topic")
        return Site(
            title: r.text("title") ?? "Huis van het Kind",
            language: r.text("language") ?? "nl-BE",
            theme: r.identifier("theme") ?? "default",
            ages: (ages?.isEmpty ?? true) ? AgeGroup.defaults : ages!,
            topics: (topics?.isEmpty ?? true) ? Topic.defaults : topics!,
            synonyms: synonyms(r),
            allowUnsafeHTML: r.boolean("unsafe_html") ?? false,
            intro: file.body,
            source: file.source)
    }

    static func ageGroup(_ a: FieldReader) -> AgeGroup? {
        guard let id = a.identifier("id"), let label = a.text("label") else { return nil }
        let from = a.integer("from"), to = a.integer("to")
        if let from, let to, to <= from {
            a.bag.error("age group '\(id)' ends ('to: \(to)') before it starts ('from: \(from)')",
                        at: a.keyPosition("to") ?? a.anchor, hint: "'to' is the first age no longer included, so it must be larger than 'from'.")
        }
        if (from == nil) != (to == nil) {
            a.bag.error("age group '\(id)' needs both 'from' and 'to', or neither (for pregnancy)", at: a.anchor,
                        hint: "For example: `from: 0` and `to: 3` for 0 up to 3 years.")
        }
        return AgeGroup(id: id, label: label, from: from, to: to)
    }

    static func checkUnique(_ ids: [String], in r: FieldReader, key: String, noun: String) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            r.bag.error("the \(noun) id '\(id)' is used twice in '\(key)'", at: r.keyPosition(key) ?? r.anchor,
                        hint: "Give every \(noun) its own id.")
        }
    }

    static func synonyms(_ r: FieldReader) -> [[String]] {
        guard let node = r.node("synonyms") else { return [] }
        guard let groups = node.sequence else {
            r.bag.error("'synonyms' must be \(FieldType.synonymGroups.expectedForm)", at: node.position, hint: nil)
            return []
        }
        var result: [[String]] = []
        for group in groups {
            guard let words = FieldReader.listItems(group, key: "synonyms", splitCommas: true, bag: r.bag,
                                                    expected: FieldType.synonymGroups.expectedForm) else { continue }
            if words.count < 2 {
                r.bag.error("a synonym group needs at least two words", at: group.position,
                            hint: "Write the words that mean the same together, e.g. [crèche, kinderopvang].")
            } else {
                result.append(words.map(\.text))
            }
        }
        return result
    }
}

/// Readers for the values whose valid set comes from other files: age and
/// topic ids from `site.md`, municipalities and files from the region.
extension FieldReader {
    /// Ids from `known`; `all` (when allowed) means every known id. Unknown ids
    /// are errors with a suggestion. The result keeps the order of `known`.
    func ids(_ key: String, known: [String], allowAll: Bool, noun: String) -> [String]? {
        guard let items = list(key) else { return nil }
        if allowAll, items.count == 1, items[0].text.lowercased() == "all" { return known }
        var chosen = Set<String>()
        for (text, position) in items {
            if known.contains(text) {
                chosen.insert(text)
            } else if allowAll, text.lowercased() == "all" {
                bag.error("'all' cannot be combined with other \(noun) ids in '\(key)'", at: position,
                          hint: "Write `\(key): all` on its own, or list the ids.")
            } else {
                let suggestion = Suggestion.closest(to: text, in: known)
                bag.error("unknown \(noun) '\(text)' in '\(key)'", at: position,
                          hint: suggestion.map { "Did you mean '\($0)'? " } ?? ""
                              + "Known \(noun) ids: \(known.joined(separator: ", "))\(allowAll ? ", or all" : "").")
            }
        }
        return known.filter(chosen.contains)
    }

    /// Municipality names, matched without regard to letter case and returned
    /// as the region spells them.
    func municipalities(_ key: String, known: [String]) -> [String]? {
        guard let items = list(key) else { return nil }
        var chosen: [String] = []
        for (text, position) in items {
            if let match = known.first(where: { $0.lowercased() == text.lowercased() }) {
                if !chosen.contains(match) { chosen.append(match) }
            } else {
                let suggestion = Suggestion.closest(to: text, in: known)
                bag.error("'\(text)' is not a municipality of this region", at: position,
                          hint: (suggestion.map { "Did you mean '\($0)'? " } ?? "")
                              + "Municipalities: \(known.joined(separator: ", ")).")
            }
        }
        return chosen
    }

    func languages(_ key: String) -> [Language]? {
        guard let items = list(key) else { return nil }
        var result: [Language] = []
        for (text, position) in items {
            if let language = Language(code: text) {
                if !result.contains(language) { result.append(language) }
            } else {
                let byName = Language.dutchNames.first { $0.value.lowercased() == text.lowercased() }?.key
                let hint = byName.map { "Write the language code '\($0)'." }
                    ?? Suggestion.closest(to: text.lowercased(), in: Language.knownCodes).map { "Did you mean '\($0)'?" }
                    ?? "Use two-letter ISO 639-1 codes such as nl, fr, en, ar, tr."
                bag.error("unknown language code '\(text)' in '\(key)'", at: position, hint: hint)
            }
        }
        return result
    }

    /// A path such as `files/logo.png`, relative to `base` (the region folder,
    /// or the content folder for network partners), that must exist in `files`.
    func file(_ key: String, base: String, files: Set<String>) -> String? {
        guard let (text, node) = scalar(key) else { return nil }
        let path = text.hasPrefix("/") ? String(text.dropFirst()) : text
        let full = base.isEmpty ? path : base + "/" + path
        if files.contains(full) { return path }
        let names = files.filter { $0.hasPrefix(base.isEmpty ? "files/" : base + "/files/") }
            .map { String($0.dropFirst(base.isEmpty ? 0 : base.count + 1)) }.sorted()
        let suggestion = Suggestion.closest(to: path, in: names)
        bag.error("file '\(path)' in '\(key)' does not exist", at: node.position,
                  hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Put the file in the files/ folder of \(base.isEmpty ? "the content folder" : base) and write its path, e.g. files/logo.png.")
        return nil
    }

    func hours(_ key: String) -> OpeningHours? {
        guard let reader = nested(key, ContentSchemas.hours) else { return nil }
        var days: [OpeningHours.Day: OpeningHours.Schedule] = [:]
        for day in OpeningHours.Day.allCases {
            guard let node = reader.node(day.key) else { continue }
            if let schedule = OpeningHoursParser.schedule(node, key: day.key, bag: bag) { days[day] = schedule }
        }
        var exceptions: [LocalDate] = []
        for (text, position) in reader.list("exceptions") ?? [] {
            if let date = LocalDate(iso: text) {
                exceptions.append(date)
            } else {
                bag.error("'\(text)' in 'exceptions' is not a date", at: position, hint: "Write dates as YYYY-MM-DD, e.g. 2026-12-25.")
            }
        }
        return OpeningHours(days: days, exceptions: exceptions.sorted())
    }
}

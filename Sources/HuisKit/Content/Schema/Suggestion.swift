/// Finds the closest known word to a misspelt one, for "did you mean …?" hints.
public enum Suggestion {
    /// Dutch words editors reach for, mapped to the English key huis expects.
    static let dutchKeys: [String: String] = [
        "titel": "title", "naam": "title", "samenvatting": "summary", "beschrijving": "summary",
        "leeftijd": "ages", "leeftijden": "ages", "thema": "topics", "themas": "topics", "thema's": "topics",
        "gemeente": "municipalities", "gemeenten": "municipalities", "gemeentes": "municipalities",
        "regio": "regions", "regios": "regions", "regio's": "regions", "uren": "hours", "openingsuren": "hours",
        "talen": "languages", "taal": "language", "datum": "date", "einde": "end", "begin": "start",
        "locatie": "location", "plaats": "location", "adres": "address", "telefoon": "phone", "tel": "phone",
        "e-mail": "email", "mail": "email", "website": "website", "webadres": "website", "prijs": "price",
        "inschrijven": "registration", "inschrijving": "registration", "kladversie": "draft", "concept": "draft",
        "bijgewerkt": "updated", "vervalt": "expires", "kleuren": "colors", "colours": "colors",
        "maandag": "mon", "dinsdag": "tue", "woensdag": "wed", "donderdag": "thu", "vrijdag": "fri",
        "zaterdag": "sat", "zondag": "sun", "ma": "mon", "di": "tue", "wo": "wed", "do": "thu", "vr": "fri",
        "za": "sat", "zo": "sun", "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
        "friday": "fri", "saturday": "sat", "sunday": "sun", "uitzonderingen": "exceptions", "sluitingsdagen": "exceptions",
        "ages_": "ages", "topic": "topics", "age": "ages", "region": "regions", "municipality": "municipalities",
        "language": "languages",
    ]

    /// The best candidate for `word`, or nil when nothing is close enough.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        if let mapped = dutchKeys[lower], candidates.contains(mapped) { return mapped }
        if let exact = candidates.first(where: { $0.lowercased() == lower }) { return exact }
        var best: (String, Int)?
        for candidate in candidates {
            let d = editDistance(lower, candidate.lowercased())
            if d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, candidate.count / 3))
        return distance <= limit ? candidate : nil
    }

    /// "did you mean 'title'?", or nil.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

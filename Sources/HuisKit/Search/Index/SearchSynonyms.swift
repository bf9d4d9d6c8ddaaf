/// The synonym groups of `site.md`, analysed like any text: each member
/// becomes its list of stems ("buitenschoolse opvang" → two stems).
///
/// A document that contains a member (a phrase: its stems one after the
/// other) counts as containing the group; the index stores the group's
/// postings under ``SearchIndex/synonymKey(_:)``, so a query word that is
/// a member fetches one more posting list, not one per member.
struct SearchSynonyms: Sendable {
    let groups: [[[String]]]
    /// Stem of a one-word member → its groups.
    let groupsByStem: [String: [Int]]
    /// Phrases by their first stem: (rest of the stems, group).
    let phrasesByFirstStem: [String: [(rest: [String], group: Int)]]

    init(_ synonyms: [[String]], analyzer: DutchAnalyzer) {
        var groups: [[[String]]] = []
        for group in synonyms {
            var members: [[String]] = []
            for member in group {
                let stems = Self.wholeWords(analyzer.terms(in: member)).map(\.stem)
                if !stems.isEmpty, !members.contains(stems) { members.append(stems) }
            }
            if members.count > 1 { groups.append(members) }
        }
        var byStem: [String: [Int]] = [:]
        var phrases: [String: [(rest: [String], group: Int)]] = [:]
        for (index, members) in groups.enumerated() {
            for stems in members {
                if stems.count == 1 {
                    if byStem[stems[0], default: []].last != index { byStem[stems[0], default: []].append(index) }
                } else {
                    phrases[stems[0], default: []].append((Array(stems.dropFirst()), index))
                }
            }
        }
        self.groups = groups
        groupsByStem = byStem
        phrasesByFirstStem = phrases
    }

    /// The groups whose members occur in `stems` (a field's stems in text
    /// order), with how often.
    /// No groups: nothing can occur.
    var isEmpty: Bool { groups.isEmpty }

    func occurrences(in stems: [String]) -> [Int: Int] {
        guard !groups.isEmpty else { return [:] }
        var counts: [Int: Int] = [:]
        for (position, stem) in stems.enumerated() {
            for group in groupsByStem[stem] ?? [] {
                counts[group, default: 0] += 1
            }
            for phrase in phrasesByFirstStem[stem] ?? [] {
                let end = position + 1 + phrase.rest.count
                if end <= stems.count, Array(stems[(position + 1)..<end]) == phrase.rest {
                    counts[phrase.group, default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The terms without the parts that follow a hyphenated whole
    /// ("speel-o-theek" is one word here, as a query reads it).
    static func wholeWords(_ terms: [DutchTerm]) -> [DutchTerm] {
        var whole: [DutchTerm] = []
        var compoundEnd = -1
        for term in terms {
            if term.token.utf8Range.lowerBound < compoundEnd { continue }
            if term.token.kind == .compound { compoundEnd = term.token.utf8Range.upperBound }
            whole.append(term)
        }
        return whole
    }
}

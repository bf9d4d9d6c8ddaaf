/// A list of suffixes, each with the rule it triggers, that finds the
/// longest suffix ending at a position, as Snowball's `among` does.
///
/// Only the longest match counts: when its rule then fails, shorter
/// suffixes are not tried. The entries are kept longest first so the first
/// hit is the longest one.
struct DutchSuffixTable<Rule: Sendable>: Sendable {
    private struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let rule: Rule
    }

    private let entries: [Entry]

    init(_ suffixes: KeyValuePairs<String, Rule>) {
        entries = suffixes
            .map { Entry(scalars: Array($0.key.unicodeScalars), rule: $0.value) }
            .sorted { $0.scalars.count > $1.scalars.count }
    }

    /// The rule and start position of the longest suffix of `word[..<end]`.
    func longestMatch(in word: [Unicode.Scalar], endingAt end: Int) -> (rule: Rule, start: Int)? {
        guard end > 0 else { return nil }
        let last = word[end - 1]
        for entry in entries where entry.scalars.count <= end && entry.scalars[entry.scalars.count - 1] == last {
            let start = end - entry.scalars.count
            var index = 0
            while index < entry.scalars.count - 1, word[start + index] == entry.scalars[index] {
                index += 1
            }
            if index == entry.scalars.count - 1 {
                return (entry.rule, start)
            }
        }
        return nil
    }
}

/// A list of suffixes, each with the rule it triggers, that finds the
/// longest suffix ending at a position, as Snowball's `among` does.
///
/// Only the longest match counts: when its rule then fails, shorter
/// suffixes are not tried. The suffixes are kept longest first, in one flat
/// array, so the first hit is the longest one and a lookup allocates nothing.
struct DutchSuffixTable<Rule: RawRepresentable & Sendable>: Sendable where Rule.RawValue == Int {
    /// All suffixes' scalars back to back, longest suffix first.
    private let scalars: [Unicode.Scalar]
    /// Where each suffix starts in `scalars`, plus the end of the last one.
    private let bounds: [Int]
    private let rules: [Int]

    init(_ suffixes: KeyValuePairs<String, Rule>) {
        let sorted = suffixes
            .map { (scalars: Array($0.key.unicodeScalars), rule: $0.value.rawValue) }
            .sorted { $0.scalars.count > $1.scalars.count }
        scalars = sorted.flatMap(\.scalars)
        var bounds = [0]
        for entry in sorted { bounds.append(bounds[bounds.count - 1] + entry.scalars.count) }
        self.bounds = bounds
        rules = sorted.map(\.rule)
    }

    /// The rule and start position of the longest suffix of `word[..<end]`.
    func longestMatch(in word: [Unicode.Scalar], endingAt end: Int) -> (rule: Rule, start: Int)? {
        var entry = 0
        while entry < rules.count {
            let suffixStart = bounds[entry]
            let length = bounds[entry + 1] - suffixStart
            if length <= end {
                var offset = length - 1
                while offset >= 0, word[end - length + offset] == scalars[suffixStart + offset] {
                    offset -= 1
                }
                if offset < 0 {
                    return Rule(rawValue: rules[entry]).map { ($0, end - length) }
                }
            }
            entry += 1
        }
        return nil
    }
}

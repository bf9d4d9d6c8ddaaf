/// Damages front-matter text in the ways editors (and bad tools) do: deleted
/// or doubled characters, tabs, stray quotes and brackets, YAML features the
/// subset refuses, document markers, carriage returns, odd Unicode, truncation.
struct FrontMatterMutator {
    var random: SplitMix64

    static let insertions: [String] = [
        "\t", "\"", "'", "[", "]", "{", "}", ",", ":", ": ", " #", "#", "&a ", "*a", "!", "!!str ", "%YAML 1.2\n",
        "---", "\n---\n", "\n--- x\n", "\n...\n", "...", "\r", "\r\n", "\n", "  ", "- ", "? ", "|", ">", "|-", ">+2",
        "\\", "\\u00", "\\x4", "\\q", "@", "`", "\u{0}", "\u{7}", "\u{85}", "\u{FEFF}", "\u{2028}", "é", "😀", "\u{301}",
        "\u{7F}", "\u{9F}", "\u{FFFF}", "\n  ", "\n\t", "\n\n", "x: y\n", "- a\n", "[[[[", "{{{{", "\"\"\"", "''",
    ]

    /// The mutated text as Unicode scalars (so no mutation splits a scalar).
    mutating func mutate(_ text: String, count: Int) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<count {
            let at = scalars.isEmpty ? 0 : random.int(0..<(scalars.count + 1))
            switch random.int(0..<10) {
            case 0, 1:
                if !scalars.isEmpty { scalars.remove(at: min(at, scalars.count - 1)) }
            case 2, 3, 4:
                scalars.insert(contentsOf: random.pick(Self.insertions).unicodeScalars, at: at)
            case 5:
                guard !scalars.isEmpty else { continue }
                let start = random.int(0..<scalars.count)
                let end = min(scalars.count, start + random.int(1..<12))
                scalars.insert(contentsOf: scalars[start..<end], at: at)
            case 6:
                if let scalar = Unicode.Scalar(UInt32(random.int(1..<0x3000))) { scalars.insert(scalar, at: at) }
            case 7:
                scalars.removeSubrange(min(at, scalars.count)...)
            case 8:
                // Change the indentation of a line.
                let lineStart = scalars[..<min(at, scalars.count)].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                if random.chance(50) {
                    scalars.insert(contentsOf: repeatElement(" ", count: random.int(1..<4)), at: lineStart)
                } else if lineStart < scalars.count && scalars[lineStart] == " " {
                    scalars.remove(at: lineStart)
                }
            default:
                if !scalars.isEmpty { scalars[min(at, scalars.count - 1)] = random.pick(["\t", "\"", ":", "-", " "]) }
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}

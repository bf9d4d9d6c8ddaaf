/// A small, fast, seeded random generator (SplitMix64), so generated tests
/// fail the same way on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
}

/// Generates random front-matter trees and writes them as YAML in many of the
/// styles the parser accepts, so that parsing the text must give the tree back.
struct FrontMatterGenerator {
    var random: SplitMix64
    /// Blank lines after a `|+` block would become part of its value.
    var endsWithKeptBreaks = false

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    // MARK: Trees

    static let words = ["titel", "Over ons", "Ranst", "0-3", "09:00", "no", "~", "null", "true", "1e3", "é", "crèche"]
    static let characters: [Character] = Array(
        "abcxyzABC019 -_.,:;#?!&*%@`'\"\\/|>[]{}()=+~\t\néë€😀ΩЖ")

    mutating func scalar(maxLength: Int = 12) -> String {
        if random.chance(35) { return random.pick(Self.words) }
        let count = random.int(0..<(maxLength + 1))
        return String((0..<count).map { _ in random.pick(Self.characters) })
    }

    mutating func key() -> String {
        random.chance(80) ? random.pick(["title", "summary", "ages", "hours", "mon", "id", "label", "x", "a b"])
            + (random.chance(30) ? String(random.int(0..<100)) : "") : scalar(maxLength: 6)
    }

    mutating func tree(depth: Int = 0) -> FMValue {
        let roll = random.int(0..<100)
        if depth >= 3 || roll < 55 { return .string(scalar()) }
        if roll < 78 { return .list((0..<random.int(0..<4)).map { _ in tree(depth: depth + 1) }) }
        return mapping(depth: depth + 1, count: random.int(0..<4))
    }

    mutating func mapping(depth: Int, count: Int) -> FMValue {
        var pairs: [FMPair] = []
        var used: Set<String> = []
        for _ in 0..<count {
            let key = key()
            guard used.insert(key).inserted else { continue }
            pairs.append(FMPair(key: key, value: tree(depth: depth)))
        }
        return .map(pairs)
    }

    mutating func document() -> FMValue { mapping(depth: 0, count: random.int(1..<7)) }

    // MARK: Writing YAML

    /// The front-matter lines of a root mapping.
    mutating func yaml(_ root: FMValue) -> String {
        guard case .map(let pairs) = root else { return "" }
        return block(pairs, indent: 0)
    }

    mutating func block(_ pairs: [FMPair], indent: Int) -> String {
        var out = ""
        for pair in pairs {
            if random.chance(10) {
                out += random.chance(50) && !endsWithKeptBreaks ? "\n" : String(repeating: " ", count: indent) + "# note\n"
            }
            out += String(repeating: " ", count: indent) + quotedIfNeeded(pair.key, inFlow: false) + ":"
            endsWithKeptBreaks = false
            out += value(pair.value, parent: indent, underKey: true)
        }
        return out
    }

    /// A value after `key:` or `- `, from the character after the indicator to
    /// the end of its last line.
    mutating func value(_ value: FMValue, parent: Int, underKey: Bool) -> String {
        switch value {
        case .string(let text):
            if text.contains("\n"), let literal = literalBlock(text, parent: parent) {
                endsWithKeptBreaks = literal.hasPrefix("|+")
                return " " + literal
            }
            return " " + inlineScalar(text, parent: parent, inFlow: false) + comment() + "\n"
        case .list(let items):
            if items.isEmpty || random.chance(30) { return " " + flow(value) + comment() + "\n" }
            let dashIndent = underKey && random.chance(40) ? parent : parent + 2
            var out = comment() + "\n"
            for item in items {
                endsWithKeptBreaks = false
                out += String(repeating: " ", count: dashIndent) + "-" + self.value(item, parent: dashIndent, underKey: false)
            }
            return out
        case .map(let pairs):
            if pairs.isEmpty || random.chance(25) { return " " + flow(value) + comment() + "\n" }
            if !underKey && random.chance(60) {
                // Compact: `- key: value` with the other keys below the first.
                let lines = block(pairs, indent: parent + 2)
                return " " + lines.drop { $0 == " " }
            }
            return comment() + "\n" + block(pairs, indent: parent + 2)
        }
    }

    mutating func comment() -> String { random.chance(10) ? " # c" : "" }

    mutating func flow(_ value: FMValue) -> String {
        switch value {
        case .string(let text): return inlineScalar(text, parent: 0, inFlow: true)
        case .list(let items): return "[" + items.map { flow($0) }.joined(separator: random.pick([", ", ",", " , "])) + "]"
        case .map(let pairs):
            let entries = pairs.map { quotedIfNeeded($0.key, inFlow: true) + ": " + flow($0.value) }
            return random.pick(["{", "{ "]) + entries.joined(separator: ", ") + random.pick(["}", " }"])
        }
    }

    /// A scalar on one line: plain when that is safe, else quoted.
    mutating func inlineScalar(_ text: String, parent: Int, inFlow: Bool) -> String {
        if Self.isPlainSafe(text, inFlow: inFlow) && random.chance(80) {
            // Long plain text may continue on the next line, indented more than the parent.
            if !inFlow, random.chance(25), let space = text.firstIndex(of: " "),
                !text[text.index(after: space)...].hasPrefix(" "), !text[..<space].hasSuffix(" ")
            {
                let rest = text[text.index(after: space)...]
                if Self.isPlainSafe(String(rest), inFlow: false), !rest.hasPrefix("#") {
                    return String(text[..<space]) + "\n" + String(repeating: " ", count: parent + 1) + rest
                }
            }
            return text
        }
        if !text.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r" }) && random.chance(40) {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return Self.doubleQuoted(text)
    }

    func quotedIfNeeded(_ key: String, inFlow: Bool) -> String {
        Self.isPlainSafe(key, inFlow: inFlow) && !key.hasPrefix("...") ? key : Self.doubleQuoted(key)
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A `|` block for text with line breaks, or nil when the text cannot be one
    /// (a first line starting with a space would change the indentation).
    func literalBlock(_ text: String, parent: Int) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first(where: { !$0.isEmpty }), !first.hasPrefix(" "), !text.contains("\r") else {
            return nil
        }
        var trailing = 0
        while lines.count > 1 && lines.last == "" {
            lines.removeLast()
            trailing += 1
        }
        let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let indent = String(repeating: " ", count: parent + 2)
        var out = "|" + chomping + "\n"
        for line in lines { out += line.isEmpty ? "\n" : indent + line + "\n" }
        out += String(repeating: "\n", count: max(0, trailing - 1))
        return out
    }

    /// Conservative: text that any YAML parser reads back as the same string.
    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(last) || "-?:,[]{}#&*!|>'\"%@` \t.".unicodeScalars.contains(first) {
            return false
        }
        if text.contains(": ") || text.contains(":\t") || text.hasSuffix(":") || text.contains(" #")
            || text.contains("\t#") || text.contains("\n") || text.contains("\t") || text.contains("\r")
        {
            return false
        }
        if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
        if inFlow && text.contains(":") { return false }
        return true
    }
}

/// The word being stemmed, as an array of Unicode scalars, with the region
/// marks `p1`/`p2` and the small tests the suffix rules are built from.
///
/// Positions are scalar offsets; "at `c`" means "looking left from
/// offset `c`", the way Snowball's backward mode reads a word.
struct DutchStemWord {
    typealias Groups = DutchLetterGroups

    var letters: [Unicode.Scalar]
    /// Start of region R1: just after the first consonant that follows a vowel.
    var p1 = 0
    /// Start of region R2: the same rule applied again from R1.
    var p2 = 0

    init(_ word: String) {
        letters = []
        letters.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars { letters.append(scalar) }
    }

    var count: Int { letters.count }

    var string: String {
        String(scalars: letters)
    }

    // MARK: Regions

    /// Sets `p1` and `p2`: each is the position after a run of consonants,
    /// then at least one vowel (where "ij" counts as one vowel), then one consonant.
    mutating func measureRegions() {
        p1 = count
        p2 = count
        guard let first = endOfSyllable(from: 0) else { return }
        p1 = first
        guard let second = endOfSyllable(from: first) else { return }
        p2 = second
    }

    private func endOfSyllable(from start: Int) -> Int? {
        var index = start
        while index < count, !Groups.isVowel(letters[index]) {
            index += 1
        }
        guard let afterVowels = endOfVowelRun(from: index), afterVowels > index else { return nil }
        // The vowel run stops only at a consonant or at the end.
        return afterVowels < count ? afterVowels + 1 : nil
    }

    /// The end of the vowels starting at `start` ("ij" is taken as one vowel).
    func endOfVowelRun(from start: Int) -> Int? {
        var index = start
        while index < count {
            if isIJ(at: index) {
                index += 2
            } else if Groups.isVowel(letters[index]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    func inR1(_ position: Int) -> Bool { p1 <= position }
    func inR2(_ position: Int) -> Bool { p2 <= position }

    // MARK: Looking left from a position

    /// Whether the ASCII `text` ends at `end`.
    func has(_ text: StaticString, endingAt end: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard end <= count, end >= length else { return false }
        let bytes = text.utf8Start
        var index = 0
        while index < length {
            guard letters[end - length + index].value == UInt32(bytes[index]) else { return false }
            index += 1
        }
        return true
    }

    /// The letter just before `end`, if there is one.
    func letter(before end: Int) -> Unicode.Scalar? {
        end > 0 && end <= count ? letters[end - 1] : nil
    }

    private func isIJ(at index: Int) -> Bool {
        index + 1 < count && letters[index] == "i" && letters[index + 1] == "j"
    }

    private func endsWithIJ(_ end: Int) -> Bool {
        end >= 2 && letters[end - 2] == "i" && letters[end - 1] == "j"
    }

    /// A vowel (or "ij") ends at `end`.
    func vowelBefore(_ end: Int) -> Bool {
        if let letter = letter(before: end), Groups.isVowel(letter) { return true }
        return endsWithIJ(end)
    }

    /// A vowel (or "ij") ends one letter before `end`.
    func vowelOneBefore(_ end: Int) -> Bool {
        end >= 1 && vowelBefore(end - 1)
    }

    /// A consonant ends at `end`; the "j" of "ij" is not a consonant here.
    func consonantBefore(_ end: Int) -> Bool {
        guard let letter = letter(before: end), !Groups.isVowel(letter) else { return false }
        return !endsWithIJ(end)
    }

    // MARK: Editing

    mutating func replace(_ range: Range<Int>, with text: String) {
        letters.replaceSubrange(range, with: text.unicodeScalars)
    }

    mutating func deleteFrom(_ start: Int) {
        letters.removeSubrange(start...)
    }

    // MARK: Prefix "ge" and infix "ge"

    /// Whether the letters from `start` on have a vowel followed later by a
    /// non-vowel, and at least three letters: what must remain after a "ge".
    private func canFollowGe(_ start: Int) -> Bool {
        guard count - start >= 3 else { return false }
        var index = start
        while index < count, !Groups.isVowel(letters[index]) {
            index += 1
        }
        guard index < count, let end = endOfVowelRun(from: index) else { return false }
        return end < count
    }

    /// After "ge" was removed, an umlaut that only marked a syllable break
    /// goes too: "geëerd" → "eerd", "geïnd" → "ind".
    private mutating func dropDiaeresis(at index: Int) {
        guard index < count else { return }
        switch letters[index] {
        case "\u{EB}": letters[index] = "e"
        case "\u{EF}": letters[index] = "i"
        default: break
        }
    }

    /// Removes a leading "ge" (past participles), except in a few words
    /// where it is part of the stem. Returns whether it did.
    mutating func removeGePrefix() -> Bool {
        guard has("ge", endingAt: 2), canFollowGe(2) else { return false }
        var resumeAt = 0
        if has("vali", endingAt: 6) {
            resumeAt = 4
        } else if has("vare", endingAt: 6)
                    || has("eft", endingAt: 5) || has("val", endingAt: 5) || has("vaa", endingAt: 5) {
            // "geeft", "geval", "gevaar", "gevaren": keep them apart from "effen", "vallen", "varen".
            return false
        }
        letters.removeSubrange(0..<2)
        dropDiaeresis(at: resumeAt)
        return true
    }

    /// Removes the first "ge" after the first letter ("opgelost" → "oplost").
    /// Returns whether it did.
    mutating func removeGeInfix() -> Bool {
        guard count >= 1 else { return false }
        var index = 1
        while index + 1 < count, !(letters[index] == "g" && letters[index + 1] == "e") {
            index += 1
        }
        guard index + 1 < count, canFollowGe(index + 2) else { return false }
        letters.removeSubrange(index..<(index + 2))
        dropDiaeresis(at: index)
        return true
    }
}

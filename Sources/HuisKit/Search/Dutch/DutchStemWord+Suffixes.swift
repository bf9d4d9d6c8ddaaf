/// The suffix steps of the Kraaij-Pohlmann stemmer. Each step looks at the
/// longest listed suffix at the end of the word and returns whether it
/// changed the word.
extension DutchStemWord {
    // MARK: Doubling a vowel

    /// Restores a long vowel that lost its second letter when the syllable
    /// was opened: "maken" → "mak" → "maak".
    mutating func lengthenVowel(before end: Int) {
        guard let consonant = letter(before: end), !Groups.isVowelWX(consonant) else { return }
        let vowelEnd = end - 1
        guard let vowel = letter(before: vowelEnd) else { return }
        let vowelStart = vowelEnd - 1
        if vowel == "\u{EB}" {
            let previous = letter(before: vowelStart)
            if previous == "e" {
                replace((vowelStart - 1)..<vowelEnd, with: "e\u{EB}e")
            } else if previous == "i" {
                replace((vowelStart - 1)..<vowelEnd, with: "iee")
            }
            return
        }
        let before = letter(before: vowelStart)
        let opensSyllable = before.map { !Groups.isAEIOU($0) } ?? true
        guard opensSyllable else { return }
        if Groups.isA(vowel) || Groups.isO(vowel) || Groups.isU(vowel) {
            letters.insert(vowel, at: vowelStart)
        } else if Groups.isE(vowel), eMayBeDoubled(before: vowelStart) {
            letters.insert(vowel, at: vowelStart)
        }
    }

    /// An "e" after a consonant is not doubled when an a/i/o/u comes just
    /// before that consonant, when the word starts with e + consonant, or
    /// when a/i/o/u comes two letters earlier after a consonant.
    private func eMayBeDoubled(before vowelStart: Int) -> Bool {
        // Position left of the consonant before the e (or the word start).
        let position = vowelStart == 0 ? 0 : vowelStart - 1
        if let previous = letter(before: position) {
            if Groups.isAIOU(previous) { return false }
            if Groups.isE(previous), position - 1 == 0 { return false }
        }
        if position >= 1, let vowel = letter(before: position - 1), Groups.isAIOU(vowel),
           let consonant = letter(before: position - 2), !Groups.isAEIOU(consonant) {
            return false
        }
        return true
    }

    // MARK: Step 1: plurals and inflection

    private enum Step1Rule: Int, Sendable {
        case apostropheS, s, ies, es, eAcuteS, aus, en, nde
    }

    private static let step1 = DutchSuffixTable<Step1Rule>([
        "'s": .apostropheS, "s": .s, "ies": .ies, "es": .es,
        "\u{E9}s": .eAcuteS, "aus": .aus, "en": .en, "nde": .nde,
    ])

    mutating func removePluralEnding() -> Bool {
        guard let (rule, start) = Self.step1.longestMatch(in: letters, endingAt: count) else { return false }
        switch rule {
        case .apostropheS:
            deleteFrom(start)
        case .s:
            let afterRegionT = letter(before: start) == "t" && inR1(start - 1)
            guard inR1(start), !afterRegionT, consonantBefore(start) else { return false }
            deleteFrom(start)
        case .ies:
            guard inR1(start) else { return false }
            replace(start..<count, with: "ie")
        case .es:
            if has("ar", endingAt: start), inR1(start - 2), consonantBefore(start - 2) {
                deleteFrom(start)
                lengthenVowel(before: start)
            } else if has("er", endingAt: start), inR1(start - 2), consonantBefore(start - 2) {
                deleteFrom(start)
            } else if inR1(start), consonantBefore(start) {
                replace(start..<count, with: "e")
            } else {
                return false
            }
        case .eAcuteS:
            guard inR1(start) else { return false }
            replace(start..<count, with: "\u{E9}")
        case .aus:
            guard inR1(start), vowelBefore(start) else { return false }
            replace(start..<count, with: "au")
        case .en:
            return removeEn(at: start)
        case .nde:
            replace(start..<count, with: "nd")
        }
        return true
    }

    private mutating func removeEn(at start: Int) -> Bool {
        if has("hed", endingAt: start), inR1(start - 3) {
            replace((start - 3)..<count, with: "heid")
        } else if has("nd", endingAt: start) {
            deleteFrom(start)
        } else if has("d", endingAt: start), inR1(start - 1), consonantBefore(start - 1) {
            deleteFrom(start - 1)
        } else if let letter = letter(before: start), letter == "i" || letter == "j", vowelBefore(start - 1) {
            deleteFrom(start)
        } else if inR1(start), consonantBefore(start) {
            deleteFrom(start)
            lengthenVowel(before: start)
        } else {
            return false
        }
        return true
    }

    // MARK: Step 2: diminutives and adjective endings

    private enum Step2Rule: Int, Sendable {
        case je, ge, lijke, ische, de, te, se, re, le, ene, ieve
    }

    private static let step2 = DutchSuffixTable<Step2Rule>([
        "je": .je, "ge": .ge, "lijke": .lijke, "ische": .ische, "de": .de, "te": .te,
        "se": .se, "re": .re, "le": .le, "ene": .ene, "ieve": .ieve,
    ])

    mutating func removeDiminutiveOrE() -> Bool {
        guard let (rule, start) = Self.step2.longestMatch(in: letters, endingAt: count) else { return false }
        switch rule {
        case .je:
            return removeJe(at: start)
        case .ge, .lijke, .ische, .te, .se, .re:
            // These only lose their final "e".
            guard inR1(start) else { return false }
            deleteFrom(count - 1)
        case .de:
            guard inR1(start), consonantBefore(start) else { return false }
            deleteFrom(start)
        case .le:
            guard inR1(start) else { return false }
            deleteFrom(count - 1)
            lengthenVowel(before: count)
        case .ene:
            guard inR1(start), consonantBefore(start) else { return false }
            deleteFrom(count - 1)
            lengthenVowel(before: count)
        case .ieve:
            guard inR1(start), consonantBefore(start) else { return false }
            replace(start..<count, with: "ief")
        }
        return true
    }

    private mutating func removeJe(at start: Int) -> Bool {
        if has("'t", endingAt: start) {
            deleteFrom(start - 2)
        } else if has("et", endingAt: start), inR1(start - 2), consonantBefore(start - 2) {
            deleteFrom(start - 2)
        } else if has("rnt", endingAt: start) {
            replace((start - 3)..<count, with: "rn")
        } else if has("t", endingAt: start), inR1(start - 1), vowelOneBefore(start - 1) {
            deleteFrom(start - 1)
        } else if has("ink", endingAt: start) {
            replace((start - 3)..<count, with: "ing")
        } else if has("mp", endingAt: start) {
            replace((start - 2)..<count, with: "m")
        } else if has("'", endingAt: start), inR1(start - 1) {
            deleteFrom(start - 1)
        } else if inR1(start), consonantBefore(start) {
            deleteFrom(start)
        } else {
            return false
        }
        return true
    }
}

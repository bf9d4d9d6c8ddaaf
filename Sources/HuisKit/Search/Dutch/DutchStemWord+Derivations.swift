/// The derivational steps of the Kraaij-Pohlmann stemmer (noun and
/// adjective suffixes) and the final clean-ups.
extension DutchStemWord {
    // MARK: Step 3: noun suffixes

    private enum Step3Rule: Int, Sendable {
        case atie, iteit, heidSelSter, rder, ingIsmeErij, arij, fie, gie, tst, dst
    }

    private static let step3 = DutchSuffixTable<Step3Rule>([
        "atie": .atie, "iteit": .iteit, "heid": .heidSelSter, "sel": .heidSelSter,
        "ster": .heidSelSter, "rder": .rder, "ing": .ingIsmeErij, "isme": .ingIsmeErij,
        "erij": .ingIsmeErij, "arij": .arij, "fie": .fie, "gie": .gie, "tst": .tst, "dst": .dst,
    ])

    mutating func removeNounSuffix() -> Bool {
        guard let (rule, start) = Self.step3.longestMatch(in: letters, endingAt: count) else { return false }
        switch rule {
        case .atie:
            guard inR1(start) else { return false }
            replace(start..<count, with: "eer")
        case .iteit:
            guard inR1(start) else { return false }
            deleteFrom(start)
            lengthenVowel(before: start)
        case .heidSelSter:
            guard inR1(start) else { return false }
            deleteFrom(start)
        case .rder:
            replace(start..<count, with: "r")
        case .ingIsmeErij:
            if has("ild", endingAt: start) {
                // Keeps "schilderij" (painting) apart from "schild" (shield).
                replace(start..<count, with: "er")
            } else {
                guard inR1(start) else { return false }
                deleteFrom(start)
                lengthenVowel(before: start)
            }
        case .arij:
            guard inR1(start), consonantBefore(start) else { return false }
            replace(start..<count, with: "aar")
        case .fie, .gie:
            guard inR2(start) else { return false }
            deleteFrom(start + 1)
            lengthenVowel(before: count)
        case .tst, .dst:
            guard inR1(start), consonantBefore(start) else { return false }
            deleteFrom(start + 1)
        }
        return true
    }

    // MARK: Step 4: adjective suffixes

    private enum Step4Rule: Int, Sendable {
        case ioneel, atief, baar, naar, laar, raar, tant, lijkerLijkst, achtig, erigOrEnd
    }

    private static let step4 = DutchSuffixTable<Step4Rule>([
        "ioneel": .ioneel, "atief": .atief, "baar": .baar, "naar": .naar, "laar": .laar,
        "raar": .raar, "tant": .tant, "lijker": .lijkerLijkst, "lijkst": .lijkerLijkst,
        "achtig": .achtig, "achtiger": .achtig, "achtigst": .achtig,
        "eriger": .erigOrEnd, "erigst": .erigOrEnd, "erig": .erigOrEnd, "end": .erigOrEnd,
    ])

    private enum IgRule: Int, Sendable { case ig }

    private static let step4Ig = DutchSuffixTable<IgRule>(["iger": .ig, "igst": .ig, "ig": .ig])

    mutating func removeAdjectiveSuffix() -> Bool {
        removeListedAdjectiveSuffix() || removeIg()
    }

    private mutating func removeListedAdjectiveSuffix() -> Bool {
        guard let (rule, start) = Self.step4.longestMatch(in: letters, endingAt: count) else { return false }
        guard inR1(start) else { return false }
        switch rule {
        case .ioneel:
            replace(start..<count, with: "ie")
        case .atief:
            replace(start..<count, with: "eer")
        case .baar, .achtig:
            deleteFrom(start)
        case .naar, .laar, .raar:
            guard vowelBefore(start) else { return false }
            deleteFrom(start + 1)
        case .tant:
            replace(start..<count, with: "teer")
        case .lijkerLijkst:
            replace(start..<count, with: "lijk")
        case .erigOrEnd:
            guard consonantBefore(start) else { return false }
            deleteFrom(start)
            lengthenVowel(before: start)
        }
        return true
    }

    private mutating func removeIg() -> Bool {
        guard let (_, start) = Self.step4Ig.longestMatch(in: letters, endingAt: count) else { return false }
        // "innig" (intimate) must not become "in".
        let isInnig = start == 3 && has("inn", endingAt: start)
        guard inR1(start), !isInnig, consonantBefore(start) else { return false }
        deleteFrom(start)
        lengthenVowel(before: start)
        return true
    }

    // MARK: After removing "ge"

    /// Drops the final d or t of a past participle whose "ge" was removed.
    mutating func removeParticipleDOrT() {
        guard let last = letter(before: count), last == "d" || last == "t" else { return }
        let start = count - 1
        guard inR1(start), consonantBefore(start) else { return }
        if last == "d" {
            if letter(before: start) == "n", inR1(start - 1) { return }
            if start == 2, has("in", endingAt: start) {
                // "geïnd" (collected) goes with "innen", not with "in".
                replace(start..<count, with: "n")
            } else {
                deleteFrom(start)
            }
        } else {
            if letter(before: start) == "h", inR1(start - 1) { return }
            // "geënt" (grafted) must not become "en".
            if start == 2, has("en", endingAt: start) { return }
            deleteFrom(start)
        }
    }

    // MARK: Final clean-ups

    /// "kt", "ft", "pt" lose their t.
    mutating func removeFinalT() -> Bool {
        guard has("kt", endingAt: count) || has("ft", endingAt: count) || has("pt", endingAt: count) else {
            return false
        }
        deleteFrom(count - 1)
        return true
    }

    /// Undoubles a final double consonant and spells a final v/z as f/s.
    mutating func normaliseFinalConsonant() {
        guard let last = letter(before: count) else { return }
        if letter(before: count - 1) == last, Self.undoubled.contains(last) {
            // "innen" keeps "inn" rather than becoming "in".
            if last == "n", count == 3, letters[0] == "i" { return }
            deleteFrom(count - 1)
        } else if last == "v" {
            letters[count - 1] = "f"
        } else if last == "z" {
            letters[count - 1] = "s"
        }
    }

    private static let undoubled: Set<Unicode.Scalar> = Set("bcdfghjklmnpqrstvwxz".unicodeScalars)
}

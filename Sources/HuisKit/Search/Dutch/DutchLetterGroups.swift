/// The letter groups the Dutch stemmer reasons about.
///
/// Accented vowels count as vowels of their base letter (the Snowball
/// Kraaij-Pohlmann definition), so "geïnd" and "ideeën" are measured like
/// their plain spellings without being folded first.
enum DutchLetterGroups {
    /// a ä á à â
    static func isA(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x61, 0xE4, 0xE1, 0xE0, 0xE2: return true
        default: return false
        }
    }

    /// e ë é è ê
    static func isE(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x65, 0xEB, 0xE9, 0xE8, 0xEA: return true
        default: return false
        }
    }

    /// i ï í ì î
    static func isI(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x69, 0xEF, 0xED, 0xEC, 0xEE: return true
        default: return false
        }
    }

    /// o ö ó ò ô
    static func isO(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x6F, 0xF6, 0xF3, 0xF2, 0xF4: return true
        default: return false
        }
    }

    /// u ü ú ù û
    static func isU(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x75, 0xFC, 0xFA, 0xF9, 0xFB: return true
        default: return false
        }
    }

    /// Any a, i, o or u (with or without accent), but not e.
    static func isAIOU(_ c: Unicode.Scalar) -> Bool {
        isA(c) || isI(c) || isO(c) || isU(c)
    }

    /// Any a, e, i, o or u (with or without accent).
    static func isAEIOU(_ c: Unicode.Scalar) -> Bool {
        isAIOU(c) || isE(c)
    }

    /// A vowel: the accented vowels plus y.
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        c == "y" || isAEIOU(c)
    }

    /// A vowel, w or x: the letters after which a vowel is never doubled.
    static func isVowelWX(_ c: Unicode.Scalar) -> Bool {
        c == "w" || c == "x" || isVowel(c)
    }
}

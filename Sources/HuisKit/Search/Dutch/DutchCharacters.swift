/// Character classes for the tokenizer, with an ASCII fast path.
///
/// The Unicode properties behind the slow paths are resilient standard
/// library types that need stack set-up; kept out of line, they cost the
/// callers (the scanner's hot loops) nothing for ASCII text.
enum DutchCharacters {
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return isNonASCIILetter(scalar)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return isNonASCIIDigit(scalar)
    }

    @inline(never)
    private static func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    @inline(never)
    private static func isNonASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// ' ’ ‘ ʼ ´ `: the marks people type as an apostrophe.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0xB4, 0x60: return true
        default: return false
        }
    }

    /// Hyphen-minus, hyphen, non-breaking hyphen and en dash (ranges: "12–18").
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011, 0x2013: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return isNonASCIIWhitespace(scalar)
    }

    @inline(never)
    private static func isNonASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}

/// Escaping for XML 1.0 text and attribute values.
enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` become entities, so the result is safe in
    /// element content and in attributes with either quote. Characters XML 1.0
    /// does not allow at all (most C0 controls, U+FFFE, U+FFFF) are dropped:
    /// no escape exists for them, and one would make the whole file unreadable.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if !isForbidden(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func needsWork(_ s: Unicode.Scalar) -> Bool {
        s == "&" || s == "<" || s == ">" || s == "\"" || s == "'" || isForbidden(s)
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

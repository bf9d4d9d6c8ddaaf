/// A phone number as the editor wrote it, plus the `tel:` form for links.
///
/// Checked loosely (DESIGN.md): after removing spaces, dots, slashes and dashes,
/// `0` + 8 or 9 digits or `+32` + 8 or 9 digits (Belgian), 3 or 4 digits (help
/// lines such as 1712), or `+` and 8 to 15 digits (international).
public struct PhoneNumber: Hashable, Sendable {
    /// As written, for display.
    public let display: String
    /// For `href="tel:…"`: `+32…` for Belgian numbers, digits only for short ones.
    public let telURI: String

    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces
        var compact = ""
        for ch in trimmed.unicodeScalars {
            switch ch {
            case " ", ".", "/", "-", "\u{A0}": continue
            case "(", ")": continue
            default: compact.unicodeScalars.append(ch)
            }
        }
        let digits = compact.hasPrefix("+") ? String(compact.dropFirst()) : compact
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let n = digits.utf8.count
        if compact.hasPrefix("+32"), n == 10 || n == 11 {
            telURI = "tel:" + compact
        } else if compact.hasPrefix("+"), (8...15).contains(n) {
            telURI = "tel:" + compact
        } else if compact.hasPrefix("0"), n == 9 || n == 10 {
            telURI = "tel:+32" + compact.dropFirst()
        } else if !compact.hasPrefix("+"), n == 3 || n == 4 {
            telURI = "tel:" + compact
        } else {
            return nil
        }
        display = trimmed
    }
}

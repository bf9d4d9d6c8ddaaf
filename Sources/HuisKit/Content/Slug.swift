import Foundation

/// Slugs: the part of a URL that names one item (`kind-en-gezin`).
public enum Slug {
    /// A slug made from a title: diacritics folded, lower case, runs of other
    /// characters turned into one dash (`"Kind & Gezin"` → `kind-gezin`).
    public static func make(from title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                                   locale: Locale(identifier: "nl_BE"))
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "ß" {
                out += "ss"
            } else {
                pendingDash = true
            }
        }
        return out.lowercased()
    }

    /// Whether a file name (without `.md`) can be used in a URL as it is.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.first != UInt8(ascii: "-")
            && slug.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 95 }
    }
}

/// The URL words of the sections every region site generates. A content page
/// may take the name of an "intro" section (it becomes that section's intro
/// text); any other clash with a generated URL is an error.
public enum SiteSections {
    public static let introSections = ["contact", "toegankelijkheid", "nieuws", "activiteiten", "partners", "zoeken"]
    public static let reserved = ["leeftijd", "thema", "gemeente", "files", "assets", "zoekindex"]
}

/// What a front-matter field holds. Every scalar is text in the file; the type
/// decides how it is read and what a wrong value's error says.
public indirect enum FieldType: Sendable {
    /// One line of text.
    case text
    /// A longer text (it may be folded over several lines with `>`).
    case paragraph
    /// `YYYY-MM-DD`.
    case date
    /// `YYYY-MM-DD HH:MM`, local time in Belgium.
    case dateTime
    /// Either of the two: a whole day or a moment.
    case dateOrDateTime
    /// An absolute `https://` address.
    case url
    case email
    case phone
    /// `true` or `false`.
    case boolean
    /// A whole number.
    case integer
    /// `#rrggbb`.
    case color
    /// A file in the region's `files/` folder.
    case file
    /// A short id of lower-case letters, digits and dashes.
    case identifier
    /// Age-group ids, or `all`.
    case ageIDs
    /// Topic ids.
    case topicIDs
    /// Municipality names of the region.
    case municipalities
    /// Region ids, or `all` (network-level partners only).
    case regionIDs
    /// ISO 639-1 language codes.
    case languages
    /// Opening hours per weekday.
    case hours
    /// A location id of the region, or a free-text place.
    case locationReference
    /// A list of words or names.
    case textList
    /// Groups of words that mean the same thing, for search.
    case synonymGroups
    /// A nested mapping with its own fields.
    case mapping(Schema)
    /// A list of mappings that all have the same fields.
    case list(of: Schema)

    /// How to write a value, for error hints.
    public var expectedForm: String {
        switch self {
        case .text: return "text on one line"
        case .paragraph: return "text"
        case .date: return "a date written YYYY-MM-DD, e.g. 2026-03-15"
        case .dateTime: return "a date and time written YYYY-MM-DD HH:MM, e.g. 2026-03-15 14:30"
        case .dateOrDateTime: return "a date (2026-03-15) or a date and time (2026-03-15 14:30)"
        case .url: return "a full web address starting with https://"
        case .email: return "an e-mail address such as info@example.be"
        case .phone: return "a phone number such as 014 12 34 56, +32 14 12 34 56 or a short number such as 1712"
        case .boolean: return "true or false"
        case .integer: return "a whole number such as 3"
        case .color: return "a colour written #rrggbb, e.g. #0b5a8a"
        case .file: return "a file in the files/ folder, e.g. files/logo.png"
        case .identifier: return "a short id of lower-case letters, digits and dashes, e.g. 0-3 or gezondheid"
        case .ageIDs: return "a list of age ids such as [0-3, 3-6], or all"
        case .topicIDs: return "a list of topic ids such as [gezondheid, opvoeding]"
        case .municipalities: return "a list of municipalities of the region, e.g. [Mol, Balen]"
        case .regionIDs: return "a list of region ids such as [ranst, kortenberg], or all"
        case .languages: return "a list of ISO 639-1 language codes such as [nl, fr, ar]"
        case .hours: return "opening hours per day (mon … sun): closed, appointment, or times such as 09:00-12:00, 13:00-16:30"
        case .locationReference: return "the id of a location of the region, or a place in plain text"
        case .textList: return "a list such as [one, two]"
        case .synonymGroups: return "a list of word groups such as [[crèche, kinderopvang], [zwanger, zwangerschap]]"
        case .mapping: return "fields on the lines below, each indented by two spaces"
        case .list: return "a list of items, each starting with '- '"
        }
    }
}

/// A word (or number, address, link) found in a text, with where it is.
public struct DutchToken: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Letters, possibly with digits and inner apostrophes: "kind", "baby's", "mp3".
        case word
        /// Digits, possibly with decimal separators or a range dash: "12", "1,5", "0-3", "12–18".
        case number
        /// A hyphenated whole such as "Kind-en-Gezin" or "e-mail". Its parts
        /// follow it as separate tokens.
        case compound
        /// An e-mail address. Its name and domain words follow it as separate tokens.
        case email
        /// A web address starting with http://, https:// or www. The words of
        /// its host name follow it as separate tokens.
        case url
    }

    /// The token exactly as written in the text.
    public var text: String
    public var kind: Kind
    /// Where the token is, in UTF-8 code units from the start of the text.
    public var utf8Range: Range<Int>
    /// Where the token is, in UTF-16 code units (JavaScript string offsets),
    /// for highlighting in the browser.
    public var utf16Range: Range<Int>

    public init(text: String, kind: Kind, utf8Range: Range<Int>, utf16Range: Range<Int>) {
        self.text = text
        self.kind = kind
        self.utf8Range = utf8Range
        self.utf16Range = utf16Range
    }

    /// The token's range in the text it was found in.
    public func range(in source: String) -> Range<String.Index> {
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return start..<end
    }
}

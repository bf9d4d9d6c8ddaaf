/// One search term from a text: the stem that goes into the index, the
/// folded word it came from, and the token (with its position).
public struct DutchTerm: Hashable, Sendable {
    /// The index term: the stem of the folded word. Numbers and addresses
    /// are not stemmed; their term is their folded spelling.
    public var stem: String
    /// The word lower-cased and without accents, not stemmed: what the
    /// browser matches prefixes and typos against ("kinderopvang").
    public var folded: String
    public var token: DutchToken

    public init(stem: String, folded: String, token: DutchToken) {
        self.stem = stem
        self.folded = folded
        self.token = token
    }
}

/// Turns Dutch text into search terms, the same way for documents and for
/// queries.
///
/// The order of operations is:
/// 1. tokenize (``DutchTokenizer``), keeping positions in the original text;
/// 2. fold each token (``TextFolding/folded(_:)``): lower case, accents and
///    ligatures removed, in any Unicode normalisation form;
/// 3. drop stopwords (``DutchStopwords``), compared in folded form;
/// 4. stem the folded word (``DutchStemmer``).
///
/// Folding comes *before* stemming so that a word typed without accents
/// always gets the same term as the accented spelling in a page
/// ("geïntegreerde" and "geintegreerde" → "integreer", "crèches" and
/// "creche" → "creche"). The price: in a few words the stemmer would have
/// used the diaeresis, and the accented and plain forms of another
/// inflection may differ by one letter ("financiële" → "financiel",
/// "financieel" → "financieel"); the browser's one-typo tolerance covers that.
public struct DutchAnalyzer: Sendable {
    public var tokenizer: DutchTokenizer
    public var stopwords: DutchStopwords
    public var stemmer: DutchStemmer

    /// Longer tokens (encoded data, pasted junk) are not indexed.
    public static let maximumTermLength = 100

    public init(stopwords: DutchStopwords = .standard) {
        tokenizer = DutchTokenizer()
        self.stopwords = stopwords
        stemmer = DutchStemmer()
    }

    /// All terms of a text, in text order; stopwords are left out.
    public func terms(in text: String) -> [DutchTerm] {
        tokenizer.tokens(in: text).compactMap(term)
    }

    /// Just the index terms (stems) of a text, in text order.
    public func stems(in text: String) -> [String] {
        terms(in: text).map(\.stem)
    }

    /// The term of one token, or nil for a stopword or an over-long token.
    public func term(for token: DutchToken) -> DutchTerm? {
        guard token.utf8Range.count <= Self.maximumTermLength else { return nil }
        let folded = TextFolding.folded(token.text)
        switch token.kind {
        case .word:
            guard !stopwords.contains(folded) else { return nil }
            return DutchTerm(stem: stemmer.stem(folded), folded: folded, token: token)
        case .compound:
            let joined = String(folded.unicodeScalars.filter { $0 != "-" })
            return DutchTerm(stem: stemmer.stem(joined), folded: joined, token: token)
        case .number, .email:
            return DutchTerm(stem: folded, folded: folded, token: token)
        case .url:
            let address = Self.withoutSchemeAndWWW(folded)
            return DutchTerm(stem: address, folded: address, token: token)
        }
    }

    /// "https://www.kindengezin.be/" and "www.kindengezin.be" are the same site.
    private static func withoutSchemeAndWWW(_ url: String) -> String {
        // ASCII, the usual case: characters are bytes.
        if url.utf8.allSatisfy({ $0 < 0x80 }) {
            var address = url.utf8[...]
            for prefix in ["https://", "http://", "www."] where address.starts(with: prefix.utf8) {
                address = address.dropFirst(prefix.utf8.count)
            }
            while address.last == UInt8(ascii: "/") {
                address = address.dropLast()
            }
            return String(Substring(address))
        }
        var address = Substring(url)
        for prefix in ["https://", "http://", "www."] where address.hasPrefix(prefix) {
            address = address.dropFirst(prefix.count)
        }
        while address.hasSuffix("/") {
            address = address.dropLast()
        }
        return String(address)
    }
}

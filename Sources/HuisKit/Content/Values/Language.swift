/// A language a partner speaks or a site is offered in: an ISO 639-1 code with
/// its Dutch name. `vgt` (Vlaamse Gebarentaal, ISO 639-3) is accepted too,
/// because sign language matters to the families these sites serve.
public struct Language: Hashable, Sendable {
    public let code: String
    public let dutchName: String

    public init?(code text: String) {
        let code = text.trimmingSpaces.lowercased()
        guard let name = Language.dutchNames[code] else { return nil }
        self.code = code
        self.dutchName = name
    }

    /// Every code huis knows, sorted, for "did you mean" and the reference docs.
    public static var knownCodes: [String] { dutchNames.keys.sorted() }

    static let dutchNames: [String: String] = [
        "af": "Afrikaans", "am": "Amhaars", "ar": "Arabisch", "az": "Azerbeidzjaans",
        "be": "Wit-Russisch", "bg": "Bulgaars", "bn": "Bengaals", "bs": "Bosnisch",
        "ca": "Catalaans", "cs": "Tsjechisch", "da": "Deens", "de": "Duits",
        "el": "Grieks", "en": "Engels", "es": "Spaans", "et": "Estisch",
        "fa": "Perzisch", "ff": "Fula", "fi": "Fins", "fr": "Frans",
        "he": "Hebreeuws", "hi": "Hindi", "hr": "Kroatisch", "hu": "Hongaars",
        "hy": "Armeens", "id": "Indonesisch", "ig": "Igbo", "it": "Italiaans",
        "ja": "Japans", "ka": "Georgisch", "kk": "Kazachs", "ko": "Koreaans",
        "ku": "Koerdisch", "ky": "Kirgizisch", "lb": "Luxemburgs", "ln": "Lingala",
        "lt": "Litouws", "lv": "Lets", "mk": "Macedonisch", "mn": "Mongools",
        "ne": "Nepalees", "nl": "Nederlands", "no": "Noors", "om": "Oromo",
        "pa": "Punjabi", "pl": "Pools", "ps": "Pasjtoe", "pt": "Portugees",
        "ro": "Roemeens", "ru": "Russisch", "rw": "Kinyarwanda", "sk": "Slovaaks",
        "sl": "Sloveens", "so": "Somalisch", "sq": "Albanees", "sr": "Servisch",
        "sv": "Zweeds", "sw": "Swahili", "ta": "Tamil", "th": "Thai",
        "ti": "Tigrinya", "tl": "Tagalog", "tr": "Turks", "uk": "Oekraïens",
        "ur": "Urdu", "uz": "Oezbeeks", "vi": "Vietnamees", "wo": "Wolof",
        "yo": "Yoruba", "zh": "Chinees",
        "vgt": "Vlaamse Gebarentaal",
    ]
}

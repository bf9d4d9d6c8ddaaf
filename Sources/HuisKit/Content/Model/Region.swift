/// One Huis van het Kind: settings from `regions/<id>/region.md`.
public struct Region: Sendable {
    /// The folder name, used in URLs (`public/<id>/`).
    public var id: String
    public var title: String
    public var shortTitle: String?
    public var municipalities: [String]
    public var baseURL: WebURL?
    public var contact: Contact
    public var colors: Colors
    /// Path inside the region folder, e.g. `files/logo.png`.
    public var logo: String?
    public var logoAlt: String?
    public var languages: [Language]
    /// What the accessibility statement says.
    public var accessibility: AccessibilityStatement = AccessibilityStatement()
    /// The intro on the home page.
    public var intro: MarkdownBody
    public var source: SourceFile

    public struct Colors: Hashable, Sendable {
        public var primary: HexColor?
        public var accent: HexColor?
        /// Where each colour is written in region.md (by key), for contrast errors.
        public var positions: [String: SourcePosition]

        public init(primary: HexColor? = nil, accent: HexColor? = nil, positions: [String: SourcePosition] = [:]) {
            self.primary = primary
            self.accent = accent
            self.positions = positions
        }

        /// The colour of a key of `colors:` (`primary`, `accent`).
        public func value(_ key: String) -> HexColor? {
            switch key {
            case "primary": return primary
            case "accent": return accent
            default: return nil
            }
        }
    }

    /// True when the region has more than one municipality (it then gets
    /// per-municipality pages).
    public var hasSeveralMunicipalities: Bool { municipalities.count > 1 }
}

/// How to reach someone.
public struct Contact: Hashable, Sendable {
    public var address: String?
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var website: WebURL?

    public init(address: String? = nil, phone: PhoneNumber? = nil, email: EmailAddress? = nil, website: WebURL? = nil) {
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
    }

    public var isEmpty: Bool { address == nil && phone == nil && email == nil && website == nil }
}

/// Alt texts that say nothing about the image: a file name, or a word such as
/// "foto" or "logo" on its own. (An image without alt text at all is reported
/// by the Markdown stage as `image-alt-missing`.)
enum ImageTextCheck {
    /// Words that name the kind of picture, not what it shows.
    static let genericWords: Set<String> = [
        "afbeelding", "afbeeldingen", "foto", "foto's", "fotos", "beeld", "plaatje", "prent", "illustratie", "figuur",
        "icoon", "pictogram", "logo", "banner", "grafiek", "tekening", "image", "img", "picture", "photo", "icon",
        "graphic", "screenshot", "schermafbeelding",
    ]

    static let fileExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "tif", "tiff", "heic", "pdf"]

    static func run(_ images: [MarkdownImage], file: String) -> [Diagnostic] {
        images.compactMap { image in
            let alt = image.alt.trimmingSpaces
            guard !alt.isEmpty, isGeneric(alt, source: image.source) else { return nil }
            let isLogo = LintText.normalized(alt) == "logo"
            return LintRule.imageAltGeneric.diagnostic(
                "the alt text '\(LintText.quoted(alt))' of image '\(image.source)' does not say what the image shows",
                file: file, at: image.position,
                hint: (isLogo ? "Say whose logo it is, e.g. ![Logo van CAW De Kempen](\(image.source)). "
                    : "Describe what the image shows, e.g. ![Ouders met een baby in de wachtzaal](\(image.source)). ")
                    + "A screen reader reads this text instead of showing the image.")
        }
    }

    static func isGeneric(_ alt: String, source: String) -> Bool {
        let normalized = LintText.normalized(alt)
        if genericWords.contains(normalized) { return true }
        guard !normalized.contains(" ") else { return false }
        // A file name: "kinderopvang.jpg", "IMG_2041", or the image's own name.
        if let dot = normalized.lastIndex(of: "."), fileExtensions.contains(String(normalized[normalized.index(after: dot)...])) {
            return true
        }
        let name = source.split(separator: "/").last.map { String($0).lowercased() } ?? ""
        let stem = name.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        if normalized == name || (!stem.isEmpty && normalized == stem) { return true }
        for prefix in ["img_", "img-", "dsc_", "dsc", "pxl_", "whatsapp"] where normalized.hasPrefix(prefix) {
            if normalized.dropFirst(prefix.count).contains(where: \.isNumber) { return true }
        }
        return false
    }
}

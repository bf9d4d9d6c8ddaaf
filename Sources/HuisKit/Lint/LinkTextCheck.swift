/// Links a screen reader user cannot follow from their text alone: empty
/// links, texts such as "klik hier", and bare web addresses.
enum LinkTextCheck {
    /// Texts that do not name where the link leads (after `LintText.normalized`).
    static let vagueTexts: Set<String> = [
        "hier", "klik hier", "klik", "hier klikken", "klik op deze link", "lees meer", "lees verder", "lees hier",
        "meer", "meer info", "meer informatie", "meer lezen", "info", "informatie", "verder", "ga verder",
        "deze link", "link", "deze pagina", "pagina", "deze website", "website", "de website", "webpagina", "bekijk", "bekijk hier",
        "download", "downloaden", "download hier", "doorklikken",
        "click here", "here", "read more", "more", "more info", "this link", "this page",
    ]

    static func run(_ links: [MarkdownLink], file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for link in links {
            let destination = link.destination.trimmingSpaces
            let text = link.text.trimmingSpaces
            if destination.isEmpty || destination == "#" {
                found.append(LintRule.linkEmpty.diagnostic(
                    "the link '\(LintText.quoted(text))' has no destination", file: file, at: link.position,
                    hint: "Write where it leads between the round brackets, e.g. [\(LintText.quoted(text, limit: 30))](https://www.kindengezin.be) "
                        + "or [\(LintText.quoted(text, limit: 30))](../pages/over-ons.md); or remove the brackets if it is not a link."))
                continue
            }
            if text.isEmpty {
                found.append(LintRule.linkEmpty.diagnostic(
                    "the link to '\(destination)' has no text", file: file, at: link.position,
                    hint: "Write what the link leads to between the square brackets, e.g. [Folder over kinderopvang](\(destination))."))
                continue
            }
            let normalized = LintText.normalized(text)
            if vagueTexts.contains(normalized) {
                found.append(LintRule.linkTextVague.diagnostic(
                    "the link text '\(text)' does not say where the link leads", file: file, at: link.position,
                    hint: "Screen reader users often jump from link to link and hear only the link text. "
                        + "Name the destination instead, e.g. 'Lees [meer over de babymassage](…)' or '[Folder over kinderopvang](…)'."))
            } else if looksLikeWebAddress(normalized), !destination.lowercased().hasPrefix("mailto:") {
                found.append(LintRule.linkTextURL.diagnostic(
                    "the link text is a web address ('\(LintText.quoted(text))')", file: file, at: link.position,
                    hint: "Write what the page is about, e.g. [Website van Kind en Gezin](\(destination)): "
                        + "a screen reader reads a web address letter by letter, and it is hard to read on a small screen."))
            }
        }
        return found
    }

    static func looksLikeWebAddress(_ text: String) -> Bool {
        // A space in ASCII text is a byte; Foundation's search only for other text.
        let hasSpace = ASCIIText.isASCII(text) ? text.utf8.contains(UInt8(ascii: " ")) : text.contains(" ")
        guard !hasSpace else { return false }
        return text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
    }
}

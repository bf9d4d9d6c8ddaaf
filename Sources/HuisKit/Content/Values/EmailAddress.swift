/// An e-mail address: one `@`, a non-empty local part, and a domain with a dot.
/// Deliberately simple; the aim is to catch typos ("info@kindengezin", "info.be").
public struct EmailAddress: Hashable, Sendable {
    public let address: String

    public init?(_ text: String) {
        let s = text.trimmingSpaces
        let parts = s.split(ascii: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
              !s.unicodeScalars.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "," }) else { return nil }
        let labels = parts[1].split(ascii: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), (labels.last?.count ?? 0) >= 2 else { return nil }
        address = s
    }

    public var mailtoURI: String { "mailto:" + address }
}

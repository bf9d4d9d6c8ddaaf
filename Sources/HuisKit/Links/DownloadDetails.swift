/// The type and size of a document, as added to the text of a link to it:
/// `pdf, 1,2 MB`. People on a slow or expensive connection, and people using
/// a screen reader, know what they get before they follow the link.
public enum DownloadDetails {
    /// `pdf, 240 kB` for a file of 240,000 bytes. Sizes use the Dutch decimal
    /// comma and SI units (1 kB = 1000 bytes): whole kilobytes below a
    /// megabyte (at least 1 kB), megabytes with one decimal (without `,0`) from
    /// there on. A non-breaking space keeps the number with its unit.
    public static func text(path: String, bytes: Int) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var type = "bestand"
        if let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex, dot != name.startIndex {
            type = name[name.index(after: dot)...].lowercased()
        }
        return "\(type), \(size(bytes))"
    }

    /// `1,2 MB`, `240 kB`.
    public static func size(_ bytes: Int) -> String {
        if bytes < 999_500 {
            let kilobytes = max(1, (bytes + 500) / 1000)
            return "\(kilobytes)\u{00A0}kB"
        }
        let tenths = (bytes + 50_000) / 100_000
        let whole = tenths / 10, fraction = tenths % 10
        return (fraction == 0 ? "\(whole)" : "\(whole),\(fraction)") + "\u{00A0}MB"
    }
}

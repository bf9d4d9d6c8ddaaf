import Foundation

extension FrontMatterParser {
    /// Parses a whole file as one mapping in the front-matter subset, without
    /// `---` lines (theme strings, for example). Positions are file positions.
    public static func parseDataFile(_ source: String, file: String) throws(DiagnosticError) -> FrontMatterNode {
        var text = source.hasPrefix("\u{FEFF}") ? String(source.dropFirst()) : source
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        return try parseFrontMatter(Array(text.utf8), firstLine: 1, file: file)
    }
}

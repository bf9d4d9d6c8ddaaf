import Foundation

/// The text and background pairs a theme draws with the region's colours,
/// declared in `themes/<name>/contrast.yml` (see the default theme's file):
///
/// ```
/// defaults:                 # the colours of style.css when a region sets none
///   primary: "#0b5a8a"
/// pairs:
///   - foreground: "#ffffff"
///     background: primary
///     use: text             # text, large-text or non-text
///     where: white text on the primary colour in the header, menu and buttons
/// ```
/// A colour is a key of `colors:` in region.md (`primary`, `accent`) or a
/// fixed `#rrggbb`.
public struct ContrastSpec: Sendable {
    public enum ColorReference: Hashable, Sendable {
        /// A key of `colors:` in region.md.
        case region(String)
        case fixed(HexColor)
    }

    public struct Pair: Sendable {
        public var foreground: ColorReference
        public var background: ColorReference
        public var use: ContrastUse
        /// Where the theme draws the pair, in words for messages.
        public var place: String
        /// Where the pair is declared in contrast.yml.
        public var position: SourcePosition

        func involves(_ key: String) -> Bool {
            foreground == .region(key) || background == .region(key)
        }
    }

    public struct DefaultColor: Sendable {
        public var color: HexColor
        public var position: SourcePosition
    }

    /// The path of contrast.yml as messages show it.
    public var file: String
    /// The theme's own colour for each key, used where a region sets none.
    public var defaults: [String: DefaultColor]
    public var pairs: [Pair]

    static let pairSchema = Schema("pairs", [
        FieldSpec("foreground", .text, required: true, help: "The colour of the text or line: primary, accent or #rrggbb."),
        FieldSpec("background", .text, required: true, help: "The colour under it: primary, accent or #rrggbb."),
        FieldSpec("use", .identifier, required: true, help: "text (4.5:1), large-text (3:1) or non-text (3:1: borders of controls, focus outlines)."),
        FieldSpec("where", .text, required: true, help: "Where the theme draws this pair, for messages."),
    ])

    static let schema = Schema("contrast", [
        FieldSpec("defaults", .mapping(ContentSchemas.colors), help: "The theme's colours where a region sets none."),
        FieldSpec("pairs", .list(of: pairSchema), required: true, help: "Every pair of colours the theme draws with a region colour."),
    ])

    /// Reads `contrast.yml` in a theme folder; nil when the theme has none
    /// (a theme that declares no pairs is not checked).
    public static func load(themeFolder: URL, display: String) throws(DiagnosticError) -> ContrastSpec? {
        let url = themeFolder.appendingPathComponent("contrast.yml")
        let file = display + "/contrast.yml"
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DiagnosticError(.error("the contrast file cannot be read as UTF-8 text", file: file, at: .start))
        }
        return try parse(text, file: file)
    }

    /// Reads the text of a contrast file; every problem is reported at once.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> ContrastSpec {
        let root = try FrontMatterParser.parseDataFile(text, file: file)
        let bag = DiagnosticBag(file: file)
        let reader = FieldReader(root, schema: schema, anchor: .start, bag: bag)
        var defaults: [String: DefaultColor] = [:]
        if let colors = reader.nested("defaults", ContentSchemas.colors) {
            for key in ContentSchemas.colors.keys {
                if let color = colors.color(key), let node = colors.node(key) {
                    defaults[key] = DefaultColor(color: color, position: node.position)
                }
            }
        }
        var pairs: [Pair] = []
        for pair in reader.nestedList("pairs", pairSchema) ?? [] {
            let foreground = reference(pair, "foreground")
            let background = reference(pair, "background")
            var use: ContrastUse?
            if let (text, node) = pair.scalar("use") {
                use = ContrastUse(rawValue: text)
                if use == nil {
                    let names = ContrastUse.allCases.map(\.rawValue)
                    bag.error("'use' must be \(names.joined(separator: ", ")), not '\(text)'", at: node.position,
                              hint: Suggestion.closest(to: text, in: names).map { "Did you mean '\($0)'?" }
                                  ?? "text: 4.5:1; large-text: 3:1; non-text (borders of controls, focus outlines): 3:1.")
                }
            }
            if let foreground, let background, let use, let place = pair.text("where") {
                pairs.append(Pair(foreground: foreground, background: background, use: use, place: place, position: pair.anchor))
            }
        }
        if !bag.items.isEmpty { throw DiagnosticError(bag.items.sorted()) }
        return ContrastSpec(file: file, defaults: defaults, pairs: pairs)
    }

    private static func reference(_ pair: FieldReader, _ key: String) -> ColorReference? {
        guard let (text, node) = pair.scalar(key) else { return nil }
        if text.hasPrefix("#") {
            if let color = HexColor(text) { return .fixed(color) }
            pair.bag.error("'\(key)' must be \(FieldType.color.expectedForm), not '\(text)'", at: node.position)
            return nil
        }
        let keys = ContentSchemas.colors.keys
        if keys.contains(text) { return .region(text) }
        pair.bag.error("'\(key)' must be a region colour (\(keys.joined(separator: ", "))) or #rrggbb, not '\(text)'", at: node.position,
                       hint: Suggestion.closest(to: text, in: keys).map { "Did you mean '\($0)'?" })
        return nil
    }
}

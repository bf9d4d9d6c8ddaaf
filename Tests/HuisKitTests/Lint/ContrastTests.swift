import Foundation
import Testing
@testable import HuisKit

@Suite struct ContrastTests {
    func ratio(_ a: String, _ b: String) -> Double { ContrastRatio.between(HexColor(a)!, HexColor(b)!) }

    // MARK: The WCAG formula

    @Test func knownRatios() {
        #expect(abs(ratio("#ffffff", "#000000") - 21) < 0.0001)
        #expect(abs(ratio("#777777", "#ffffff") - 4.48) < 0.005)
        #expect(ContrastRatio.text(ratio("#777777", "#ffffff")) == "4.47:1")  // 4.478…, cut, never rounded up to a pass
        // The default primary colour on white: 7.38:1 (not 7.1).
        #expect(ContrastRatio.text(ratio("#0b5a8a", "#ffffff")) == "7.38:1")
        #expect(abs(ratio("#767676", "#ffffff") - 4.54) < 0.005)  // the lightest grey that passes on white
        #expect(ratio("#123456", "#abcdef") == ratio("#abcdef", "#123456"))
        #expect(ratio("#0b5a8a", "#0b5a8a") == 1)
    }

    @Test func luminanceOfPrimaries() {
        #expect(abs(ContrastRatio.luminance(HexColor("#ff0000")!) - 0.2126) < 0.0001)
        #expect(abs(ContrastRatio.luminance(HexColor("#00ff00")!) - 0.7152) < 0.0001)
        #expect(ContrastRatio.luminance(HexColor("#000")!) == 0)
    }

    @Test func shadesKeepHueAndSaturation() {
        let shade = ColorShade(HexColor("#0b5a8a")!)
        #expect(shade.color(lightness: shade.lightness) == HexColor("#0b5a8a"))
        let darker = ColorShade(shade.color(lightness: shade.lightness - 0.1))
        #expect(abs(darker.hue - shade.hue) < 1.5)
        #expect(abs(darker.saturation - shade.saturation) < 0.02)
        #expect(ColorShade(HexColor("#808080")!).color(lightness: 0.2) == HexColor("#333333"))
    }

    // MARK: contrast.yml

    static let spec = """
        defaults:
          primary: "#0b5a8a"
          accent: "#b45309"
        pairs:
          - foreground: "#ffffff"
            background: primary
            use: text
            where: white text on it
          - foreground: primary
            background: "#f4f6f8"
            use: text
            where: links on light grey
          - foreground: accent
            background: "#f4f6f8"
            use: non-text
            where: the line beside notices
        """

    func checker(_ text: String = spec) throws -> ContrastChecker {
        ContrastChecker(spec: try ContrastSpec.parse(text, file: "themes/t/contrast.yml"))
    }

    func region(primary: String?, accent: String? = nil) -> Region {
        var positions: [String: SourcePosition] = [:]
        if primary != nil { positions["primary"] = SourcePosition(line: 5, column: 12) }
        if accent != nil { positions["accent"] = SourcePosition(line: 6, column: 11) }
        return Region(id: "r", title: "R", shortTitle: nil, municipalities: ["Dorp"], baseURL: nil, contact: Contact(),
                      colors: Region.Colors(primary: primary.flatMap(HexColor.init), accent: accent.flatMap(HexColor.init), positions: positions),
                      logo: nil, logoAlt: nil, languages: [], intro: MarkdownBody(text: "", firstLine: 1),
                      source: SourceFile(displayPath: "content/regions/r/region.md", relativePath: "regions/r/region.md"))
    }

    @Test func aDarkPrimaryPasses() throws {
        #expect(try checker().check(region(primary: "#0b5a8a", accent: "#b45309")) == [])
        #expect(try checker().checkTheme() == [])
    }

    @Test func aLightPrimaryIsAnErrorAtItsPositionWithAPassingSuggestion() throws {
        let c = try checker()
        let found = c.check(region(primary: "#5b9bd5"))
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.rule == "color-contrast" && d.severity == .error)
        #expect(d.file == "content/regions/r/region.md" && d.position == SourcePosition(line: 5, column: 12))
        #expect(d.message == "the primary colour '#5b9bd5' has too little contrast: 2.96:1 for white text on it (text needs at least 4.5:1); "
            + "2.73:1 for links on light grey (text needs at least 4.5:1)")
        // The suggestion is a darker shade of the same colour that passes both pairs.
        let hint = try #require(d.hint)
        #expect(hint.hasPrefix("Use a darker shade of the same colour, such as \"#"))
        let suggested = try #require(HexColor(String(hint.split(separator: "\"")[1])))
        #expect(ratio("#ffffff", suggested.description) >= 4.5)
        #expect(ratio(suggested.description, "#f4f6f8") >= 4.5)
        #expect(c.check(region(primary: suggested.description)) == [])
        #expect(abs(ColorShade(suggested).hue - ColorShade(HexColor("#5b9bd5")!).hue) < 2)
    }

    @Test func theSuggestionIsTheNearestPassingShade() throws {
        let d = try #require(try checker().check(region(primary: "#5b9bd5")).first)
        let suggested = HexColor(String(d.hint!.split(separator: "\"")[1]))!
        // Half a percent lighter than the suggestion no longer passes.
        let shade = ColorShade(suggested)
        let lighter = shade.color(lightness: shade.lightness + 0.005)
        #expect(ratio(lighter.description, "#f4f6f8") < 4.5 || ratio("#ffffff", lighter.description) < 4.5)
    }

    @Test func aLightAccentFailsOnlyItsBorderPair() throws {
        let found = try checker().check(region(primary: "#0b5a8a", accent: "#f0c419"))
        #expect(found.map(\.position) == [SourcePosition(line: 6, column: 11)])
        #expect(found.first?.message.contains("for the line beside notices (borders and focus outlines need at least 3:1)") == true)
    }

    @Test func aRegionWithoutColoursIsTheThemesConcern() throws {
        #expect(try checker().check(region(primary: nil)) == [])
        let bad = try checker(Self.spec.replacingOccurrences(of: "primary: \"#0b5a8a\"", with: "primary: \"#88bbee\""))
        let found = bad.checkTheme()
        #expect(found.map { "\($0.file):\($0.line):\($0.column)" } == ["themes/t/contrast.yml:2:12"])
        #expect(found.first?.message.hasPrefix("the theme's default primary colour '#88bbee' has too little contrast") == true)
    }

    @Test func fixedPairsOfTheThemeAreChecked() throws {
        let text = "pairs:\n  - foreground: \"#777777\"\n    background: \"#ffffff\"\n    use: text\n    where: grey text\n"
        let found = try checker(text).checkTheme()
        #expect(found.map { "\($0.line):\($0.column)" } == ["2:5"])
        #expect(found.first?.message == "'#777777' on '#ffffff' has a contrast of 4.47:1 for grey text; text needs at least 4.5:1")
        #expect(try checker(text.replacingOccurrences(of: "use: text", with: "use: large-text")).checkTheme() == [])
    }

    @Test func mistakesInContrastFilesAreReported() {
        let text = "pairs:\n  - foreground: primry\n    background: \"#fff\"\n    use: txt\n    where: x\n    size: 3\n"
        #expect(throws: DiagnosticError.self) { try ContrastSpec.parse(text, file: "c.yml") }
        do {
            _ = try ContrastSpec.parse(text, file: "c.yml")
        } catch {
            let messages = error.diagnostics.map { "\($0.line):\($0.column): \($0.message) \($0.hint ?? "")" }
            #expect(messages.contains { $0.hasPrefix("2:17: 'foreground' must be a region colour") && $0.contains("Did you mean 'primary'?") })
            #expect(messages.contains { $0.hasPrefix("4:10: 'use' must be text, large-text, non-text, not 'txt'") && $0.contains("'text'") })
            #expect(messages.contains { $0.hasPrefix("6:5: unknown field 'size'") })
        }
    }

    // MARK: The default theme and the demo

    @Test func theDefaultThemesPairsAndDefaultsPass() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("themes/default")
        let spec = try #require(try ContrastSpec.load(themeFolder: folder, display: "themes/default"))
        #expect(spec.pairs.count >= 10)
        #expect(spec.defaults["primary"]?.color == HexColor("#0b5a8a"))
        #expect(ContrastChecker(spec: spec).checkTheme() == [])
        // The defaults match the theme's stylesheet.
        let css = try String(contentsOf: folder.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains("--primary: #0b5a8a;") && css.contains("--accent: #b45309;"))
    }

    @Test func checkSkipsQuietlyWhenThereIsNoThemeButReadsOneBesideTheContent() throws {
        let dir = try TemporaryFolder()
        try dir.write("content/site.md", "---\ntitle: T\n---\n")
        try dir.write("content/regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\ncolors:\n  primary: \"#aaccee\"\n---\n")
        let loader = ContentLoader(root: dir.url.appendingPathComponent("content"), displayRoot: "content")
        #expect(ContentChecker.check(loader).diagnostics == [])
        try dir.write("themes/default/contrast.yml", "pairs:\n  - { foreground: \"#ffffff\", background: primary, use: text, where: white text }\n")
        let found = ContentChecker.check(loader).diagnostics
        #expect(found.map { "\($0.file):\($0.line):\($0.column) [\($0.rule ?? "")]" } == ["content/regions/r/region.md:5:12 [color-contrast]"])
        #expect(found.first?.hint?.contains("themes/default/contrast.yml") == true)
    }
}

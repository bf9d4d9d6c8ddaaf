/// Checks the region colours against every pair the theme draws with them
/// (`ContrastSpec`), and the theme's own defaults and fixed pairs.
public struct ContrastChecker: Sendable {
    public let spec: ContrastSpec

    public init(spec: ContrastSpec) {
        self.spec = spec
    }

    /// Problems of the theme itself, reported in contrast.yml: a default
    /// colour or a pair of fixed colours that does not pass.
    public func checkTheme() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for key in spec.defaults.keys.sorted() {
            let value = spec.defaults[key]!
            if let problem = problem(key: key, value: value.color, others: { spec.defaults[$0]?.color },
                                     file: spec.file, at: value.position, owner: "the theme's default \(key) colour") {
                found.append(problem)
            }
        }
        for pair in spec.pairs {
            guard case .fixed(let foreground) = pair.foreground, case .fixed(let background) = pair.background else { continue }
            let ratio = ContrastRatio.between(foreground, background)
            if ratio < pair.use.minimum {
                found.append(LintRule.colorContrast.diagnostic(
                    "'\(foreground)' on '\(background)' has a contrast of \(ContrastRatio.text(ratio)) for \(pair.place); \(pair.use.description)",
                    file: spec.file, at: pair.position,
                    hint: "Change the theme's colours (assets/style.css) and this file together."))
            }
        }
        return found
    }

    /// Problems of one region's colours, each reported where the colour is
    /// written in region.md, with a shade of the same colour that passes.
    public func check(_ region: Region) -> [Diagnostic] {
        region.colors.positions.keys.sorted().compactMap { key in
            guard let value = region.colors.value(key), let position = region.colors.positions[key] else { return nil }
            return problem(key: key, value: value, others: { region.colors.value($0) ?? spec.defaults[$0]?.color },
                           file: region.source.displayPath, at: position, owner: "the \(key) colour")
        }
    }

    /// The diagnostic for colour `key` with `value`, when a pair with it fails;
    /// `others` gives the other region colours.
    private func problem(key: String, value: HexColor, others: (String) -> HexColor?, file: String,
                         at position: SourcePosition, owner: String) -> Diagnostic? {
        let pairs = spec.pairs.filter { $0.involves(key) }
        func ratio(_ pair: ContrastSpec.Pair, _ candidate: HexColor) -> Double? {
            func resolve(_ reference: ContrastSpec.ColorReference) -> HexColor? {
                switch reference {
                case .fixed(let color): return color
                case .region(let other): return other == key ? candidate : others(other)
                }
            }
            guard let foreground = resolve(pair.foreground), let background = resolve(pair.background) else { return nil }
            return ContrastRatio.between(foreground, background)
        }
        let failing = pairs.compactMap { pair -> String? in
            guard let r = ratio(pair, value), r < pair.use.minimum else { return nil }
            return "\(ContrastRatio.text(r)) for \(pair.place) (\(pair.use.description))"
        }
        guard !failing.isEmpty else { return nil }
        let passing = ColorShade(value).nearest { candidate in
            pairs.allSatisfy { pair in ratio(pair, candidate).map { $0 >= pair.use.minimum } ?? true }
        }
        let hint: String
        if let passing {
            let lighter = ContrastRatio.luminance(passing) > ContrastRatio.luminance(value)
            hint = "Use a \(lighter ? "lighter" : "darker") shade of the same colour, such as \"\(passing)\": it passes every pair "
                + "the theme draws with this colour (listed in \(spec.file))."
        } else {
            hint = "No shade of this colour passes every pair the theme draws with it (listed in \(spec.file)); choose another colour."
        }
        return LintRule.colorContrast.diagnostic(
            "\(owner) '\(value)' has too little contrast: " + failing.joined(separator: "; "),
            file: file, at: position, hint: hint)
    }
}

/// Lighter and darker shades of a colour with the same hue and saturation,
/// for suggesting a colour that passes its contrast checks.
struct ColorShade {
    let hue: Double
    let saturation: Double
    let lightness: Double

    init(_ color: HexColor) {
        let r = Double(color.red) / 255, g = Double(color.green) / 255, b = Double(color.blue) / 255
        let high = max(r, g, b), low = min(r, g, b)
        lightness = (high + low) / 2
        let delta = high - low
        guard delta > 0 else {
            hue = 0
            saturation = 0
            return
        }
        saturation = delta / (1 - abs(2 * lightness - 1))
        var h: Double
        if high == r {
            h = (g - b) / delta
        } else if high == g {
            h = (b - r) / delta + 2
        } else {
            h = (r - g) / delta + 4
        }
        h *= 60
        hue = h < 0 ? h + 360 : h
    }

    /// The colour with the same hue and saturation at `lightness` (0 to 1).
    func color(lightness l: Double) -> HexColor {
        let c = (1 - abs(2 * l - 1)) * saturation
        let x = c * (1 - abs((hue / 60).truncatingRemainder(dividingBy: 2) - 1))
        let m = l - c / 2
        let (r, g, b): (Double, Double, Double)
        switch hue {
        case ..<60: (r, g, b) = (c, x, 0)
        case ..<120: (r, g, b) = (x, c, 0)
        case ..<180: (r, g, b) = (0, c, x)
        case ..<240: (r, g, b) = (0, x, c)
        case ..<300: (r, g, b) = (x, 0, c)
        default: (r, g, b) = (c, 0, x)
        }
        func byte(_ v: Double) -> UInt8 { UInt8(max(0, min(255, ((v + m) * 255).rounded()))) }
        return HexColor(red: byte(r), green: byte(g), blue: byte(b))
    }

    /// The shade nearest in lightness (in steps of half a percent, darker
    /// first on a tie) for which `passes` holds; nil when none does.
    func nearest(where passes: (HexColor) -> Bool) -> HexColor? {
        for step in 1...200 {
            let delta = Double(step) * 0.005
            for l in [lightness - delta, lightness + delta] where l >= 0 && l <= 1 {
                let candidate = color(lightness: l)
                if passes(candidate) { return candidate }
            }
        }
        return nil
    }
}

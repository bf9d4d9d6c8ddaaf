import Foundation

/// Colour contrast as WCAG 2.2 defines it (success criteria 1.4.3, 1.4.6 and
/// 1.4.11): the relative luminance of each colour, and their ratio from 1:1
/// (the same) to 21:1 (black on white).
public enum ContrastRatio {
    /// The relative luminance: 0 for black, 1 for white.
    public static func luminance(_ color: HexColor) -> Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    /// The contrast ratio of two colours (in either order), e.g. 4.48 for #777777 on white.
    public static func between(_ a: HexColor, _ b: HexColor) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// `4.48:1`: cut (not rounded) to two decimals, so a ratio just below a
    /// limit never shows as the limit itself.
    public static func text(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded(.down))
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction):1"
    }
}

/// What a pair of colours is used for, which sets the contrast it needs.
public enum ContrastUse: String, CaseIterable, Sendable {
    /// Body text, links, buttons: at least 4.5:1.
    case text
    /// Text of at least 24 px, or 18.66 px bold: at least 3:1.
    case largeText = "large-text"
    /// Borders of controls, focus outlines, lines that carry meaning: at least 3:1.
    case nonText = "non-text"

    public var minimum: Double {
        switch self {
        case .text: return 4.5
        case .largeText, .nonText: return 3
        }
    }

    /// How the need is described in a message.
    var description: String {
        switch self {
        case .text: return "text needs at least 4.5:1"
        case .largeText: return "large text needs at least 3:1"
        case .nonText: return "borders and focus outlines need at least 3:1"
        }
    }
}

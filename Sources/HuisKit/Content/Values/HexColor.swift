/// A colour written as `#rrggbb` (or the short `#rgb`).
public struct HexColor: Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public init?(_ text: String) {
        let s = Array(text.trimmingSpaces.lowercased().utf8)
        guard s.first == UInt8(ascii: "#") else { return nil }
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 48...57: return b - 48
            case 97...102: return b - 87
            default: return nil
            }
        }
        let digits = s.dropFirst().map(hex)
        guard digits.allSatisfy({ $0 != nil }) else { return nil }
        let d = digits.map { $0! }
        switch d.count {
        case 6: self.init(red: d[0] << 4 | d[1], green: d[2] << 4 | d[3], blue: d[4] << 4 | d[5])
        case 3: self.init(red: d[0] << 4 | d[0], green: d[1] << 4 | d[1], blue: d[2] << 4 | d[2])
        default: return nil
        }
    }

    public var description: String {
        let hex = Array("0123456789abcdef".utf8)
        let bytes = [red, green, blue].flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] }
        return "#" + String(decoding: bytes, as: UTF8.self)
    }
}

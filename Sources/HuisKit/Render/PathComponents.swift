/// The non-empty parts of a `/`-separated path, found on its UTF-8 bytes.
///
/// `String.split(separator: "/")` walks the text by Character, which costs
/// tens of thousands of instructions per path; links and page paths are built
/// from these parts for every link of every body. For ASCII text the bytes
/// give exactly the same parts (every ASCII character is a Character of its
/// own, and "/" never joins another), so callers use this when `isASCII` and
/// the Character-based split otherwise.
struct PathComponents {
    let bytes: [UInt8]
    /// Each part as a range of `bytes`, in order; empty parts are left out.
    let ranges: [Range<Int>]

    /// Nil when the path is not plain ASCII.
    init?(_ path: String) {
        let bytes = Array(path.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: "/") {
                if start < index { ranges.append(start..<index) }
                start = index + 1
            }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        self.bytes = bytes
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    func part(_ index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    func part(_ index: Int, equals other: PathComponents, _ otherIndex: Int) -> Bool {
        part(index).elementsEqual(other.part(otherIndex))
    }

    /// Whether the part is exactly `text` (ASCII).
    func part(_ index: Int, is text: StaticString) -> Bool {
        text.withUTF8Buffer { part(index).elementsEqual($0) }
    }

    /// The parts `range` joined with `/`, appended to `out`.
    func append(_ range: Range<Int>, to out: inout [UInt8]) {
        for index in range {
            if index > range.lowerBound { out.append(UInt8(ascii: "/")) }
            out.append(contentsOf: part(index))
        }
    }

    /// The parts `range` joined with `/`.
    func joined(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        append(range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// The compact text encodings inside the index files: posting lists and
/// document sets as strings of the 64 URL-safe base-64 digits, which sit in
/// JSON strings without escaping and compress well.
///
/// - A number is a little-endian varint: each digit carries 5 bits, and 32
///   is added to every digit but the last.
/// - A posting list is, per posting, the gap to the previous document id
///   minus one (the first gap counts from -1) as a varint, then the score
///   (1…63) as one digit.
/// - A document set is either `b` and a bitmap (6 documents per digit, the
///   lowest bit first) or `l` and the gaps as in a posting list, whichever
///   is shorter.
public enum SearchIndexCodec {
    public static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    private static let values: [Int] = {
        var table = [Int](repeating: -1, count: 128)
        for (value, digit) in digits.enumerated() { table[Int(digit)] = value }
        return table
    }()

    public enum DecodingError: Error, Equatable {
        case invalidDigit(Character)
        case truncated
    }

    // MARK: Numbers

    static func appendVarint(_ number: Int, to out: inout [UInt8]) {
        var rest = number
        while rest >= 32 {
            out.append(digits[32 + (rest & 31)])
            rest >>= 5
        }
        out.append(digits[rest])
    }

    private static func value(_ byte: UInt8) throws -> Int {
        guard byte < 128, values[Int(byte)] >= 0 else { throw DecodingError.invalidDigit(Character(UnicodeScalar(byte))) }
        return values[Int(byte)]
    }

    private static func readVarint(_ bytes: [UInt8], _ position: inout Int) throws -> Int {
        var number = 0, shift = 0
        while true {
            guard position < bytes.count else { throw DecodingError.truncated }
            let digit = try value(bytes[position])
            position += 1
            number |= (digit & 31) << shift
            if digit < 32 { return number }
            shift += 5
        }
    }

    // MARK: Postings

    public static func encode(_ postings: [SearchPosting]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 3)
        var previous = -1
        for posting in postings {
            appendVarint(posting.document - previous - 1, to: &out)
            out.append(digits[posting.score])
            previous = posting.document
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decodePostings(_ text: String) throws -> [SearchPosting] {
        let bytes = Array(text.utf8)
        var postings: [SearchPosting] = []
        var position = 0, previous = -1
        while position < bytes.count {
            let document = previous + 1 + (try readVarint(bytes, &position))
            guard position < bytes.count else { throw DecodingError.truncated }
            postings.append(SearchPosting(document: document, score: try value(bytes[position])))
            position += 1
            previous = document
        }
        return postings
    }

    // MARK: Document sets

    public static func encode(documentSet documents: [Int], count: Int) -> String {
        var list: [UInt8] = [UInt8(ascii: "l")]
        var previous = -1
        for document in documents {
            appendVarint(document - previous - 1, to: &list)
            previous = document
        }
        var bits = [Int](repeating: 0, count: (count + 5) / 6)
        for document in documents { bits[document / 6] |= 1 << (document % 6) }
        let bitmap = [UInt8(ascii: "b")] + bits.map { digits[$0] }
        return String(decoding: bitmap.count < list.count ? bitmap : list, as: UTF8.self)
    }

    public static func decodeDocumentSet(_ text: String) throws -> [Int] {
        let bytes = Array(text.utf8)
        guard let kind = bytes.first else { throw DecodingError.truncated }
        var documents: [Int] = []
        var position = 1
        if kind == UInt8(ascii: "b") {
            while position < bytes.count {
                let bits = try value(bytes[position])
                for bit in 0..<6 where bits & (1 << bit) != 0 { documents.append((position - 1) * 6 + bit) }
                position += 1
            }
        } else if kind == UInt8(ascii: "l") {
            var previous = -1
            while position < bytes.count {
                previous += 1 + (try readVarint(bytes, &position))
                documents.append(previous)
            }
        } else {
            throw DecodingError.invalidDigit(Character(UnicodeScalar(kind)))
        }
        return documents
    }
}

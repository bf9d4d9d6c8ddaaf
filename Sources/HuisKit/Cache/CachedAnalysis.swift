/// Search analyses in the build cache (see `SearchIndexBuilder.Analysis`):
/// one string per document, so loading and saving the cache only copies
/// it, and only the documents of a region whose index is built are read.
extension SearchIndexBuilder.Analysis: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(text)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(text: try reader.readString())
    }
}

/// The text form: ASCII and the words' own UTF-8. A number is a varint in
/// 64 letters and digits, 5 bits a character, 32 added to every character
/// but the last (most counts take one character); a string is its UTF-8
/// length, then its bytes:
///
///     <body length> <word count>
///     per word: <word>, then "=" when it is its own stem, else <stem>
///     per field: <count>, then <word index> <count> for each word
///     per field: <count>, then <group> <count> for each synonym group
extension SearchIndexBuilder.Analysis {
    static func encode(_ analysis: SearchDocumentAnalysis) -> String {
        // Room for every string and for every number at its longest (13
        // characters), written in place.
        let numbers = 2 + 2 * analysis.words.count + 10 + analysis.counts.reduce(0) { $0 + 2 * $1.count }
            + analysis.groups.reduce(0) { $0 + 2 * $1.count }
        let capacity = 13 * numbers + zip(analysis.words, analysis.stems).reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var out = TextWriter(buffer: buffer)
            out.number(analysis.bodyLength)
            out.number(analysis.words.count)
            for (word, stem) in zip(analysis.words, analysis.stems) {
                out.string(word)
                if stem == word { out.byte(UInt8(ascii: "=")) } else { out.string(stem) }
            }
            for field in analysis.counts {
                out.number(field.count)
                for entry in field {
                    out.number(Int(entry.word))
                    out.number(Int(entry.count))
                }
            }
            for field in analysis.groups {
                out.number(field.count)
                for entry in field {
                    out.number(entry.group)
                    out.number(entry.count)
                }
            }
            return out.offset
        }
    }

    static func decode(_ text: String) -> SearchDocumentAnalysis? {
        var text = text
        return text.withUTF8 { bytes -> SearchDocumentAnalysis? in
            var reader = TextReader(bytes: bytes)
            var analysis = SearchDocumentAnalysis()
            guard let bodyLength = reader.number(), let wordCount = reader.number() else { return nil }
            analysis.bodyLength = bodyLength
            analysis.words.reserveCapacity(wordCount)
            analysis.stems.reserveCapacity(wordCount)
            for _ in 0..<wordCount {
                guard let word = reader.string() else { return nil }
                analysis.words.append(word)
                if reader.skipStemMark() {
                    analysis.stems.append(word)
                } else {
                    guard let stem = reader.string() else { return nil }
                    analysis.stems.append(stem)
                }
            }
            for field in analysis.counts.indices {
                guard let count = reader.number() else { return nil }
                var entries: [SearchDocumentAnalysis.WordCount] = []
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    guard let word = reader.number(), word < wordCount, let times = reader.number(),
                          times <= Int(Int32.max) else { return nil }
                    entries.append(.init(word: Int32(word), count: Int32(times)))
                }
                analysis.counts[field] = entries
            }
            for field in analysis.groups.indices {
                guard let count = reader.number() else { return nil }
                var entries: [SearchDocumentAnalysis.GroupCount] = []
                for _ in 0..<count {
                    guard let group = reader.number(), let times = reader.number() else { return nil }
                    entries.append(.init(group: group, count: times))
                }
                analysis.groups[field] = entries
            }
            return reader.atEnd ? analysis : nil
        }
    }

    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = Int8(value) }
        return table
    }()

    /// Writes the text form into a buffer known to be large enough.
    private struct TextWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var offset = 0

        mutating func byte(_ byte: UInt8) {
            buffer[offset] = byte
            offset += 1
        }

        /// A non-negative number.
        mutating func number(_ value: Int) {
            var rest = value
            while rest >= 32 {
                byte(alphabet[32 + (rest & 31)])
                rest >>= 5
            }
            byte(alphabet[rest])
        }

        mutating func string(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                number(bytes.count)
                for value in bytes { byte(value) }
            }
        }
    }

    /// Reads the text form from its bytes; nil for anything malformed.
    private struct TextReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func number() -> Int? {
            var value = 0, shift = 0
            while offset < bytes.count, shift < 60 {
                let digit = Int(values[Int(bytes[offset])])
                guard digit >= 0 else { return nil }
                offset += 1
                value |= (digit & 31) << shift
                if digit < 32 { return value }
                shift += 5
            }
            return nil
        }

        mutating func skipStemMark() -> Bool {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "=") else { return false }
            offset += 1
            return true
        }

        mutating func string() -> String? {
            guard let length = number(), length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        }
    }
}

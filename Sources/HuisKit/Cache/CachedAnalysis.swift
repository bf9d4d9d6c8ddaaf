/// Search analyses in the build cache (see `SearchIndexBuilder.Analysis`).
/// Many words are their own stem: then only the word is stored.
extension SearchIndexBuilder.Analysis: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(words.count))
        for (word, stem) in zip(words, stems) {
            writer.write(word)
            writer.write(stem == word ? nil : stem)
        }
        for field in counts {
            writer.write(UInt64(field.count))
            for entry in field {
                writer.write(UInt64(entry.word))
                writer.write(UInt64(entry.count))
            }
        }
        for field in groups {
            writer.write(UInt64(field.count))
            for entry in field {
                writer.write(entry.group)
                writer.write(entry.count)
            }
        }
        writer.write(bodyLength)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init()
        let wordCount = try reader.readCount()
        words.reserveCapacity(wordCount)
        stems.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let word = try reader.readString()
            words.append(word)
            stems.append(try reader.readOptionalString() ?? word)
        }
        for field in counts.indices {
            let count = try reader.readCount()
            var entries: [WordCount] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let word = try reader.readUInt64(), times = try reader.readUInt64()
                guard word < UInt64(wordCount), times <= UInt64(Int32.max) else { throw CacheError.corrupt }
                entries.append(WordCount(word: Int32(word), count: Int32(times)))
            }
            counts[field] = entries
        }
        for field in groups.indices {
            let count = try reader.readCount()
            var entries: [GroupCount] = []
            for _ in 0..<count { entries.append(GroupCount(group: try reader.readInt(), count: try reader.readInt())) }
            groups[field] = entries
        }
        bodyLength = try reader.readInt()
    }

}

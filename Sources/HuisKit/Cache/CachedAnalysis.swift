/// Search analyses in the build cache (see `SearchIndexBuilder.Analysis`).
extension SearchIndexBuilder.Analysis: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        for field in words {
            writer.write(UInt64(field.count))
            for entry in field {
                writer.write(entry.word)
                writer.write(entry.count)
            }
        }
        writer.write(UInt64(stems.count))
        for entry in stems {
            writer.write(entry.word)
            writer.write(entry.stem)
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
        for field in words.indices {
            let count = try reader.readCount()
            var entries: [WordCount] = []
            entries.reserveCapacity(count)
            for _ in 0..<count { entries.append(WordCount(word: try reader.readString(), count: try reader.readInt())) }
            words[field] = entries
        }
        let stemCount = try reader.readCount()
        stems.reserveCapacity(stemCount)
        for _ in 0..<stemCount { stems.append(WordStem(word: try reader.readString(), stem: try reader.readString())) }
        for field in groups.indices {
            let count = try reader.readCount()
            var entries: [GroupCount] = []
            for _ in 0..<count { entries.append(GroupCount(group: try reader.readInt(), count: try reader.readInt())) }
            groups[field] = entries
        }
        bodyLength = try reader.readInt()
    }
}

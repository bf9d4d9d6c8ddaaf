/// Decoded partners in the build cache: a partner file whose bytes and
/// decoding context are unchanged is neither parsed nor decoded again (ten
/// thousand of them are most of the reading of a large site). Every stored
/// property is written; the model's memberwise initialisers make a new field
/// a compile error here rather than a value silently lost. Field order is the
/// format: change it and bump `BuildCache.formatVersion`.
extension Partner: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(summary)
        writer.write(ages)
        writer.write(topics)
        writer.write(municipalities)
        switch scope {
        case .local(let region):
            writer.write(false)
            writer.write(region)
        case .network(let regions):
            writer.write(true)
            writer.write(regions)
        }
        writer.write(contact)
        writer.write(hours != nil)
        if let hours { writer.write(hours) }
        writer.write(languages)
        writer.write(logo)
        writer.write(logoAlt)
        writer.write(updated != nil)
        if let updated { writer.write(updated) }
        writer.write(draft)
        writer.write(body)
        writer.write(source)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        let slug = try reader.readString(), title = try reader.readString(), summary = try reader.readString()
        let ages = try reader.readStrings(), topics = try reader.readStrings(), municipalities = try reader.readStrings()
        let scope: Scope = try reader.readBool() ? .network(regions: try reader.readStrings()) : .local(region: try reader.readString())
        let contact = try reader.read(Contact.self)
        let hours = try reader.readBool() ? try reader.read(OpeningHours.self) : nil
        let languages = try reader.readArray(of: Language.self)
        let logo = try reader.readOptionalString(), logoAlt = try reader.readOptionalString()
        let updated = try reader.readBool() ? try reader.read(LocalDate.self) : nil
        self.init(slug: slug, title: title, summary: summary, ages: ages, topics: topics, municipalities: municipalities,
                  scope: scope, contact: contact, hours: hours, languages: languages, logo: logo, logoAlt: logoAlt,
                  updated: updated, draft: try reader.readBool(), body: try reader.read(), source: try reader.read())
    }
}

extension Contact: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(address)
        writer.write(phone.map { [$0.display, $0.telURI] } ?? [])
        writer.write(email?.address)
        writer.write(website?.absoluteString)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        let address = try reader.readOptionalString()
        let phone = try reader.readStrings()
        guard phone.isEmpty || phone.count == 2 else { throw CacheError.corrupt }
        self.init(address: address, phone: phone.isEmpty ? nil : PhoneNumber(display: phone[0], telURI: phone[1]),
                  email: try reader.readOptionalString().map(EmailAddress.init(address:)),
                  website: try reader.readOptionalString().map(WebURL.init(absoluteString:)))
    }
}

extension OpeningHours: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(days.count))
        for (day, schedule) in days.sorted(by: { $0.key < $1.key }) {
            writer.write(day.rawValue)
            switch schedule {
            case .closed: writer.write(-1)
            case .appointment: writer.write(-2)
            case .open(let ranges):
                writer.write(ranges.count)
                for range in ranges {
                    writer.write(range.start)
                    writer.write(range.end)
                }
            }
        }
        writer.write(exceptions)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        var days: [Day: Schedule] = [:]
        for _ in 0..<(try reader.readCount()) {
            guard let day = Day(rawValue: try reader.readInt()) else { throw CacheError.corrupt }
            let count = try reader.readInt()
            switch count {
            case -1: days[day] = .closed
            case -2: days[day] = .appointment
            case 0...24:
                var ranges: [TimeRange] = []
                for _ in 0..<count {
                    guard let range = TimeRange(start: try reader.readInt(), end: try reader.readInt()) else { throw CacheError.corrupt }
                    ranges.append(range)
                }
                days[day] = .open(ranges)
            default: throw CacheError.corrupt
            }
        }
        self.init(days: days, exceptions: try reader.readArray())
    }
}

extension LocalDate: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        guard let date = LocalDate(year: try reader.readInt(), month: try reader.readInt(), day: try reader.readInt()) else {
            throw CacheError.corrupt
        }
        self = date
    }
}

extension Language: CacheCodable {
    func write(to writer: inout BinaryWriter) { writer.write(code) }

    init(from reader: inout BinaryReader) throws(CacheError) {
        guard let language = Language(code: try reader.readString()) else { throw CacheError.corrupt }
        self = language
    }
}

extension MarkdownBody: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(text)
        writer.write(firstLine)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(text: try reader.readString(), firstLine: try reader.readInt())
    }
}

extension SourceFile: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(displayPath)
        writer.write(relativePath)
        writer.write(contentHash)
        writer.write(frontMatterHash)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(displayPath: try reader.readString(), relativePath: try reader.readString(),
                  contentHash: try reader.readString(), frontMatterHash: try reader.readString())
    }
}

/// The values as they were checked when first read, without checking again.
extension PhoneNumber {
    init(display: String, telURI: String) {
        self.display = display
        self.telURI = telURI
    }
}

extension EmailAddress {
    init(address: String) {
        self.address = address
    }
}

extension WebURL {
    init(absoluteString: String) {
        self.absoluteString = absoluteString
    }
}

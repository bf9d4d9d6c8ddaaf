/// Small schema.org values shared by the JSON-LD nodes.
enum SchemaOrgValues {
    /// A `PostalAddress`. Belgian addresses end in `, <4-digit postcode> <town>`
    /// (`Dorpsstraat 3, 2490 Heidebeek`); those are split into street, postal
    /// code and locality. Anything else is kept whole as the street address.
    static func postalAddress(_ text: String) -> JSONValue {
        let parts = postalAddressParts(text)
        guard let code = parts.postalCode, let town = parts.locality else {
            return ["@type": "PostalAddress", "streetAddress": .string(parts.street)]
        }
        return [
            "@type": "PostalAddress",
            "streetAddress": .string(parts.street),
            "postalCode": .string(code),
            "addressLocality": .string(town),
            "addressCountry": "BE",
        ]
    }

    /// `postalAddress` written straight into JSON-LD text.
    static func writePostalAddress(_ text: String, to out: inout JSONWriter) {
        let parts = postalAddressParts(text)
        out.beginObject()
        out.key("@type")
        out.string("PostalAddress")
        if let code = parts.postalCode, let town = parts.locality {
            out.key("addressCountry")
            out.string("BE")
            out.key("addressLocality")
            out.string(town)
            out.key("postalCode")
            out.string(code)
        }
        out.key("streetAddress")
        out.string(parts.street)
        out.endObject()
    }

    /// The street, and the postal code and town when the address ends in them.
    static func postalAddressParts(_ text: String) -> (street: String, postalCode: String?, locality: String?) {
        postalAddressPartsASCII(text) ?? postalAddressPartsByCharacters(text)
    }

    /// `postalAddressParts` on the bytes of an ASCII address (every partner
    /// page has one); nil for other text. In ASCII every character is a byte
    /// except "\r\n", which is white space and never a digit.
    static func postalAddressPartsASCII(_ text: String) -> (street: String, postalCode: String?, locality: String?)? {
        var text = text
        return text.withUTF8 { bytes -> (street: String, postalCode: String?, locality: String?)? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            func trimmed(_ range: Range<Int>) -> Range<Int> {
                var start = range.lowerBound, end = range.upperBound
                while start < end, isSpace(bytes[start]) { start += 1 }
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
                return start..<end
            }
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            let whole = trimmed(0..<bytes.count)
            if let comma = whole.last(where: { bytes[$0] == UInt8(ascii: ",") }) {
                let street = trimmed(whole.lowerBound..<comma)
                let tail = trimmed((comma + 1)..<whole.upperBound)
                if !street.isEmpty, tail.count > 4,
                   (tail.lowerBound..<(tail.lowerBound + 4)).allSatisfy({ bytes[$0] >= 48 && bytes[$0] <= 57 }),
                   bytes[tail.lowerBound + 4] == UInt8(ascii: " ") {
                    let town = trimmed((tail.lowerBound + 4)..<tail.upperBound)
                    if !town.isEmpty {
                        return (string(street), string(tail.lowerBound..<(tail.lowerBound + 4)), string(town))
                    }
                }
            }
            return (string(whole), nil, nil)
        }
    }

    /// `postalAddressParts` for any text, by Character.
    static func postalAddressPartsByCharacters(_ text: String) -> (street: String, postalCode: String?, locality: String?) {
        let trimmed = text.trimmingSpaces
        if let comma = trimmed.lastIndex(of: ",") {
            let street = trimmed[..<comma].trimmingSpaces
            let tail = trimmed[trimmed.index(after: comma)...].trimmingSpaces
            let code = tail.prefix(4)
            let town = tail.dropFirst(4)
            if !street.isEmpty, code.count == 4, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
               town.first == " ", !town.trimmingSpaces.isEmpty {
                return (street, String(code), town.trimmingSpaces)
            }
        }
        return (trimmed, nil, nil)
    }

    /// `openingHoursSpecification`: one `OpeningHoursSpecification` per
    /// opening range; closing dates as specifications that open and close at
    /// midnight on that day (the form search engines read as "closed"). Days
    /// by appointment only are left out: schema.org has no way to say "by
    /// appointment". Nothing is written when nothing is left.
    static func writeOpeningHours(_ hours: OpeningHours, to out: inout JSONWriter) {
        var started = false
        func begin(_ out: inout JSONWriter) {
            if !started {
                out.key("openingHoursSpecification")
                out.beginArray()
                started = true
            }
            out.beginObject()
            out.key("@type")
            out.string("OpeningHoursSpecification")
        }
        for day in OpeningHours.Day.allCases {
            guard case .open(let ranges) = hours.schedule(on: day) else { continue }
            for range in ranges {
                begin(&out)
                // schema.org times stop at 23:59; "until midnight" is written so.
                out.key("closes")
                out.string(range.end == 1_440 ? "23:59" : OpeningHours.TimeRange.format(range.end))
                out.key("dayOfWeek")
                out.string("https://schema.org/" + dayName(day))
                out.key("opens")
                out.string(OpeningHours.TimeRange.format(range.start))
                out.endObject()
            }
        }
        for date in hours.exceptions.sorted() {
            begin(&out)
            out.key("closes")
            out.string("00:00")
            out.key("opens")
            out.string("00:00")
            out.key("validFrom")
            out.string(date.description)
            out.key("validThrough")
            out.string(date.description)
            out.endObject()
        }
        if started { out.endArray() }
    }

    static func dayName(_ day: OpeningHours.Day) -> String {
        switch day {
        case .mon: return "Monday"
        case .tue: return "Tuesday"
        case .wed: return "Wednesday"
        case .thu: return "Thursday"
        case .fri: return "Friday"
        case .sat: return "Saturday"
        case .sun: return "Sunday"
        }
    }

    /// An `Offer` for an event's price and registration. `price` is free text;
    /// "gratis" becomes 0 and the first amount (`€ 5`, `2,50 euro`) becomes
    /// the price in EUR. The editor's words are kept as the description.
    static func offer(price: String?, registration: WebURL?, pageURL: String?) -> JSONValue? {
        let text = price?.trimmingSpaces ?? ""
        guard !text.isEmpty || registration != nil else { return nil }
        let amount = text.isEmpty ? nil : self.amount(in: text)
        return .object(dropping: [
            "@type": "Offer",
            "price": amount.map(JSONValue.string),
            "priceCurrency": amount == nil ? nil : "EUR",
            "description": text.isEmpty ? nil : .string(text),
            "url": (registration?.absoluteString ?? pageURL).map(JSONValue.string),
        ])
    }

    /// `"0"` for free, the first number with `.` as decimal mark, or nil.
    static func amount(in text: String) -> String? {
        let lower = SortKey.fold(text)
        if lower.contains("gratis") || lower.contains("kosteloos") || lower == "free" { return "0" }
        var digits = ""
        var sawSeparator = false
        var started = false
        for scalar in lower.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                started = true
            } else if started, !sawSeparator, scalar == "," || scalar == "." {
                digits += "."
                sawSeparator = true
            } else if started {
                break
            }
        }
        if digits.hasSuffix(".") { digits.removeLast() }
        return digits.isEmpty ? nil : digits
    }
}

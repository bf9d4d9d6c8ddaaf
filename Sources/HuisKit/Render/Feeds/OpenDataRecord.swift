/// One partner's record in the open data, written as JSON text at the depth
/// of an element of the files' `partners` list. Members are written in the
/// order of their keys' bytes, as `JSONValue` sorts them.
extension OpenDataWriter {
    /// The depth of a partner record in both files: top object, `partners` list, record.
    static let recordDepth = 2

    /// One partner as it appears in `regions` (one region for a region's
    /// file). A partner seen in one region has the same record in that
    /// region's file and in the network file: that text is made once.
    func record(_ partner: Partner, in regions: [PublishedRegion]) -> [UInt8] {
        guard regions.count == 1 else { return writeRecord(partner, in: regions) }
        return records.record(Self.identity(partner) + " in " + regions[0].id) { writeRecord(partner, in: regions) }
    }

    func writeRecord(_ partner: Partner, in regions: [PublishedRegion]) -> [UInt8] {
        var out = JSONWriter(style: .prettyFile, depth: Self.recordDepth, capacity: 2048)
        let wholeRegion = partner.municipalities.isEmpty
        out.beginObject()
        out.key("ages")
        out.beginArray()
        for id in partner.ages { writeAge(id, to: &out) }
        out.endArray()
        out.key("contact")
        writeContact(partner.contact, to: &out)
        out.key("hours")
        if let hours = partner.hours { writeHours(hours, to: &out) } else { out.null() }
        out.key("languages")
        out.beginArray()
        for language in partner.languages {
            out.beginObject()
            out.key("code")
            out.string(language.code)
            out.key("name")
            out.string(language.dutchName)
            out.endObject()
        }
        out.endArray()
        out.key("municipalities")
        out.beginArray()
        if wholeRegion {
            var seen: [String] = []
            for region in regions {
                for municipality in region.region.municipalities where !seen.contains(municipality) {
                    seen.append(municipality)
                    out.string(municipality)
                }
            }
        } else {
            for municipality in partner.municipalities { out.string(municipality) }
        }
        out.endArray()
        out.key("pages")
        out.beginArray()
        let path = SitePath.partner(partner.slug)
        for region in regions {
            out.beginObject()
            out.key("path")
            out.string(path)
            out.key("region")
            out.string(region.id)
            out.key("url")
            out.text((addresses[region.id] ?? SiteAddress(region.region.baseURL))?.absolute(path))
            out.endObject()
        }
        out.endArray()
        out.key("scope")
        writeScope(partner.scope, to: &out)
        out.key("serves_whole_region")
        out.bool(wholeRegion)
        out.key("slug")
        out.string(partner.slug)
        out.key("source")
        out.string(partner.source.relativePath)
        out.key("summary")
        out.string(partner.summary)
        out.key("title")
        out.string(partner.title)
        out.key("topics")
        out.beginArray()
        for id in partner.topics {
            out.beginObject()
            out.key("id")
            out.string(id)
            out.key("label")
            out.string(site.site.topic(id)?.label ?? id)
            out.endObject()
        }
        out.endArray()
        out.key("updated")
        out.text(partner.updated?.description)
        out.endObject()
        return out.bytes
    }

    private func writeAge(_ id: String, to out: inout JSONWriter) {
        let age = site.site.age(id)
        out.beginObject()
        out.key("from")
        if let from = age?.from { out.int(from) } else { out.null() }
        out.key("id")
        out.string(id)
        out.key("label")
        out.string(age?.label ?? id)
        out.key("to")
        if let to = age?.to { out.int(to) } else { out.null() }
        out.endObject()
    }

    private func writeContact(_ contact: Contact, to out: inout JSONWriter) {
        out.beginObject()
        out.key("address")
        out.text(contact.address)
        out.key("email")
        out.text(contact.email?.address)
        out.key("phone")
        if let phone = contact.phone {
            out.beginObject()
            out.key("display")
            out.string(phone.display)
            out.key("uri")
            out.string(phone.telURI)
            out.endObject()
        } else {
            out.null()
        }
        out.key("website")
        out.text(contact.website?.absoluteString)
        out.endObject()
    }

    private func writeHours(_ hours: OpeningHours, to out: inout JSONWriter) {
        out.beginObject()
        out.key("days")
        out.beginArray()
        for day in OpeningHours.Day.allCases {
            out.beginObject()
            out.key("day")
            out.string(day.key)
            out.key("ranges")
            out.beginArray()
            let status: String
            switch hours.schedule(on: day) {
            case .closed:
                status = "closed"
            case .appointment:
                status = "appointment"
            case .open(let ranges):
                status = "open"
                for range in ranges {
                    out.beginObject()
                    out.key("from")
                    out.string(OpeningHours.TimeRange.format(range.start))
                    out.key("to")
                    out.string(OpeningHours.TimeRange.format(range.end))
                    out.endObject()
                }
            }
            out.endArray()
            out.key("status")
            out.string(status)
            out.endObject()
        }
        out.endArray()
        out.key("exceptions")
        out.beginArray()
        for date in hours.exceptions.sorted() { out.string(date.description) }
        out.endArray()
        out.endObject()
    }

    private func writeScope(_ scope: Partner.Scope, to out: inout JSONWriter) {
        out.beginObject()
        out.key("level")
        switch scope {
        case .local(let region):
            out.string("local")
            out.key("regions")
            out.beginArray()
            out.string(region)
            out.endArray()
        case .network(let regions):
            out.string("network")
            out.key("regions")
            out.beginArray()
            for region in regions { out.string(region) }
            out.endArray()
        }
        out.endObject()
    }
}

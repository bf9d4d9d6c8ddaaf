/// `partners.json`: the published partners as open data, per region and for
/// the whole network. The format is documented and versioned in
/// `docs/open-data.md`; `schemaVersion` changes with it.
///
/// The files depend on the content only (partners have no dates that come
/// and go), are pretty-printed with sorted keys, and list partners in the
/// site's A to Z order, so they change exactly when the partners do.
public struct OpenDataWriter: Sendable {
    public static let schemaVersion = "1.0"

    let site: PublishedSite
    let revision: String?
    /// Partner records already written, shared with the other writers of the build.
    let records: OpenDataRecords
    /// Each region's address by id, parsed once rather than per record.
    let addresses: [String: SiteAddress]

    /// `revision` names the content's version when the caller knows one (a
    /// git commit); it is written as `generated_from.content_revision`.
    public init(site: PublishedSite, revision: String? = nil) {
        self.init(site: site, revision: revision, records: OpenDataRecords())
    }

    /// A writer that shares `records` with the other writers of the same
    /// build and site: a partner's record in its region's file is the same
    /// text as in the network file, so it is written once for both.
    init(site: PublishedSite, revision: String? = nil, records: OpenDataRecords) {
        self.site = site
        self.revision = revision
        self.records = records
        var addresses: [String: SiteAddress] = [:]
        for region in site.regions { addresses[region.id] = SiteAddress(region.region.baseURL) }
        self.addresses = addresses
    }

    /// `public/<region>/partners.json`.
    public func regionFile(_ region: PublishedRegion) -> String {
        String(decoding: regionFileBytes(region), as: UTF8.self)
    }

    /// `regionFile` as UTF-8 bytes, for writing.
    func regionFileBytes(_ region: PublishedRegion) -> [UInt8] {
        var out = JSONWriter(style: .prettyFile, capacity: 1024 + 2048 * region.partners.count)
        out.beginObject()
        out.key("generated_from")
        out.value(generatedFrom([region]))
        out.key("partners")
        out.beginArray()
        let regions = [region]
        for partner in region.partners { out.embed(record(partner, in: regions)) }
        out.endArray()
        out.key("region")
        out.value(regionSummary(region))
        out.key("schema_version")
        out.string(Self.schemaVersion)
        out.endObject()
        return Self.file(out)
    }

    /// `public/partners.json`: every partner published in any region, once,
    /// with the regions it appears in.
    public func networkFile() -> String {
        String(decoding: networkFileBytes(), as: UTF8.self)
    }

    /// `networkFile` as UTF-8 bytes, for writing.
    func networkFileBytes() -> [UInt8] {
        // Where each partner first appears (region, position) and every region
        // it appears in: partners are large values, so they stay where they are.
        var entries: [(region: Int, position: Int, identity: String, regions: [Int])] = []
        var entryOf: [String: Int] = [:]
        for (r, region) in site.regions.enumerated() {
            for (position, partner) in region.partners.enumerated() {
                let identity = Self.identity(partner)
                if let entry = entryOf[identity] {
                    entries[entry].regions.append(r)
                } else {
                    entryOf[identity] = entries.count
                    entries.append((r, position, identity, [r]))
                }
            }
        }
        let keys = entries.map { entry in
            let partner = site.regions[entry.region].partners[entry.position]
            return (SortKey.title(partner.title, partner.slug), entry.identity)
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var out = JSONWriter(style: .prettyFile, capacity: 1024 + 2048 * entries.count)
        out.beginObject()
        out.key("generated_from")
        out.value(generatedFrom(site.regions))
        out.key("network")
        out.value(["title": .string(site.site.title)])
        out.key("partners")
        out.beginArray()
        for index in order {
            let entry = entries[index]
            out.embed(record(site.regions[entry.region].partners[entry.position], in: entry.regions.map { site.regions[$0] }))
        }
        out.endArray()
        out.key("regions")
        out.value(.array(site.regions.map(regionSummary)))
        out.key("schema_version")
        out.string(Self.schemaVersion)
        out.endObject()
        return Self.file(out)
    }

    /// The bytes of a file: pretty output ends with a newline, as `JSONValue.serialized` does.
    private static func file(_ writer: JSONWriter) -> [UInt8] {
        var bytes = writer.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// What the open data of `regions` depends on, for the build to keep a
    /// file that cannot have changed: the site and region settings and the
    /// front matter of every partner (the files show fields, not texts).
    /// Nil when a partner's front matter hash is unknown.
    public func key(for regions: [PublishedRegion], program: String) -> String? {
        let partners = regions.flatMap { $0.partners.map(\.source) }
        guard partners.allSatisfy({ !$0.frontMatterHash.isEmpty }) else { return nil }
        return BuildCache.key([program, "open data", Self.schemaVersion, revision ?? "", site.site.source.contentHash]
                              + site.regions.map { "\($0.id) \($0.region.source.contentHash)" }
                              + regions.map(\.id)
                              + partners.map { "\($0.relativePath) \($0.frontMatterHash)" })
    }

    /// Network partners are one partner everywhere; local slugs repeat across regions.
    static func identity(_ partner: Partner) -> String {
        switch partner.scope {
        case .local(let region): return "local/\(region)/\(partner.slug)"
        case .network: return "network/\(partner.slug)"
        }
    }

    func generatedFrom(_ regions: [PublishedRegion]) -> JSONValue {
        [
            "generator": "huis",
            "content_revision": .text(revision),
            "regions": .array(regions.map { .string($0.id) }),
        ]
    }

    func regionSummary(_ region: PublishedRegion) -> JSONValue {
        let r = region.region
        return [
            "id": .string(r.id),
            "title": .string(r.title),
            "short_title": .text(r.shortTitle),
            "municipalities": .array(r.municipalities.map(JSONValue.string)),
            "url": .text(SiteAddress(r.baseURL)?.base),
        ]
    }
}

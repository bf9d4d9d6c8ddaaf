import Foundation

/// `sitemap.xml` (sitemaps.org protocol 0.9) for one region.
///
/// Written on every build (every page of the region is in it), so on bytes:
/// one region's sitemap lists thousands of pages.
public enum SitemapWriter {
    /// The sitemap, or nil when the region has no `base_url`: a sitemap must
    /// list absolute URLs, and a site without a known address cannot have them.
    ///
    /// Entries are sorted by path and duplicates merged (keeping the latest
    /// date), so the order the caller collects pages in does not matter.
    /// Paths are compared as UTF-8 bytes, as URLs are: two spellings of the
    /// same text are two addresses.
    /// The protocol allows 50,000 URLs per file; a region site stays far below.
    public static func sitemap(_ entries: [SitemapEntry], baseURL: WebURL?) -> String? {
        sitemapBytes(entries, baseURL: baseURL).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `sitemap(_:baseURL:)` as the bytes of the file.
    public static func sitemapBytes(_ entries: [SitemapEntry], baseURL: WebURL?) -> [UInt8]? {
        guard let address = SiteAddress(baseURL) else { return nil }
        var rows = entries.map { Row(path: Array(SiteAddress.canonicalPath($0.path).utf8), lastModified: $0.lastModified) }
        rows.sort { precedes($0.path, $1.path) }
        let base = XMLText.escape(address.base)
        // Some ten appends per page: the buffer keeps each one a copy.
        let xml = ByteBuffer(capacity: 100 + rows.count * (base.utf8.count + 70))
        xml.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """)
        var index = 0
        while index < rows.count {
            let path = rows[index].path
            var date = rows[index].lastModified
            index += 1
            while index < rows.count, rows[index].path == path {
                date = max(date, rows[index].lastModified)
                index += 1
            }
            xml.append("  <url>\n    <loc>")
            xml.append(base)
            appendLocation(path, to: xml)
            xml.append("</loc>\n")
            if let date {
                xml.append("    <lastmod>")
                appendDigits(date.year, width: 4, to: xml)
                xml.append(UInt8(ascii: "-"))
                appendDigits(date.month, width: 2, to: xml)
                xml.append(UInt8(ascii: "-"))
                appendDigits(date.day, width: 2, to: xml)
                xml.append("</lastmod>\n")
            }
            xml.append("  </url>\n")
        }
        xml.append("</urlset>\n")
        return xml.bytes
    }

    private struct Row {
        var path: [UInt8]
        var lastModified: LocalDate?
    }

    /// The bytes of `XMLText.escape(SiteAddress.encodePath(path))`: what may
    /// stand in a URL path as it is, except `&` and `'`, which XML escapes;
    /// every other byte percent-encoded.
    static func appendLocation(_ path: [UInt8], to xml: ByteBuffer) {
        let plainBytes = Self.plainBytes
        path.withUnsafeBufferPointer { path in
            // Page paths are plain (`partners/caw/`): copy runs of such bytes whole.
            var plain = 0
            for (index, byte) in path.enumerated() where !plainBytes[Int(byte)] {
                xml.append(UnsafeBufferPointer(rebasing: path[plain..<index]))
                plain = index + 1
                switch byte {
                case UInt8(ascii: "&"): xml.append("&amp;")
                case UInt8(ascii: "'"): xml.append("&apos;")
                default:
                    xml.append(UInt8(ascii: "%"))
                    xml.append(hexDigits[Int(byte >> 4)])
                    xml.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            xml.append(UnsafeBufferPointer(rebasing: path[plain...]))
        }
    }

    /// For each byte value, whether it is written as it is in a location.
    private static let plainBytes: [Bool] = (0...255).map { byte in
        byte != UInt8(ascii: "&") && byte != UInt8(ascii: "'") && SiteAddress.isAllowedInPath(UInt8(byte))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `value` (not negative) in decimal, zero-padded to `width` digits, as
    /// `LocalDate.description` writes it.
    static func appendDigits(_ value: Int, width: Int, to xml: ByteBuffer) {
        var unit = 1
        for _ in 1..<Swift.max(width, 1) { unit *= 10 }
        while unit <= value / 10 { unit *= 10 }
        while unit > 0 {
            xml.append(UInt8(ascii: "0") + UInt8(value / unit % 10))
            unit /= 10
        }
    }

    /// Byte order, as `utf8.lexicographicallyPrecedes` but on contiguous bytes.
    static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let common = Swift.min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    private static func max(_ a: LocalDate?, _ b: LocalDate?) -> LocalDate? {
        guard let a else { return b }
        guard let b else { return a }
        return a < b ? b : a
    }
}

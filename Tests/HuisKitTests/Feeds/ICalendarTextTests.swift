import Testing
@testable import HuisKit

@Suite struct ICalendarTextTests {
    @Test func escapesTextValues() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\nf\rg\th\u{7}") == "a\\\\b\\;c\\,d\\ne\\nf\\ng h")
    }

    @Test(arguments: [
        "plain", "a;b,c\\d", "two\nlines", "ends with backslash \\", "\\n is not a line break",
        #"Baby's "liedjes" & <rijmpjes>; één, twee 👶 </script>"#,
    ])
    func escapingRoundTrips(_ text: String) {
        #expect(ICalendarText.unescape(ICalendarText.escape(text)) == text)
    }

    @Test func leavesShortLinesAlone() {
        var out = ""
        ICalendarText.fold("SUMMARY:" + String(repeating: "a", count: 67), into: &out)
        #expect(out == "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n")
    }

    @Test func foldsAt75OctetsWithALeadingSpace() {
        var out = ""
        let line = "DESCRIPTION:" + String(repeating: "x", count: 200)
        ICalendarText.fold(line, into: &out)
        let physical = out.components(separatedBy: "\r\n").dropLast()
        // 212 octets: 75, then 1 + 74, then 1 + 63.
        #expect(physical.map(\.utf8.count) == [75, 75, 64])
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(ICalendarText.unfold(out) == [line])
    }

    @Test(arguments: ["é", "👶", "ë€", "👨‍👩‍👧"])
    func neverSplitsAUTF8Sequence(_ piece: String) {
        var out = ""
        let line = "SUMMARY:" + String(repeating: piece, count: 60)
        ICalendarText.fold(line, into: &out)
        let reader = ICSReader("BEGIN:VCALENDAR\r\n" + out + "END:VCALENDAR\r\n")
        #expect(reader.problems == [])
        #expect(reader.calendar?.first("SUMMARY")?.rawValue == String(repeating: piece, count: 60))
    }

    /// The rule as RFC 5545 states it, on Unicode scalars: the folding on
    /// bytes must break at exactly the same places.
    static func foldByScalars(_ line: String) -> String {
        var output = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > ICalendarText.maximumLineOctets {
                output += "\r\n "
                octets = 1
            }
            output.unicodeScalars.append(scalar)
            octets += width
        }
        return output + "\r\n"
    }

    @Test(arguments: ["a", "é", "€", "👶", "a€", "aé👶", "👨‍👩‍👧 "])
    func foldsOnBytesWhereScalarsWouldBreak(_ piece: String) {
        // Every offset of the pieces against the 75- and 74-octet marks.
        for prefix in 0..<8 {
            let line = "DESCRIPTION:" + String(repeating: "x", count: prefix) + String(repeating: piece, count: 90)
            var out = ""
            ICalendarText.fold(line, into: &out)
            #expect(out == Self.foldByScalars(line), "\(piece) after \(prefix)")
            #expect(out.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        }
        for length in [0, 1, 74, 75, 76, 149, 150, 151] {
            let line = String(repeating: "y", count: length)
            var out = ""
            ICalendarText.fold(line, into: &out)
            #expect(out == Self.foldByScalars(line), "\(length) octets")
        }
    }

    @Test func escapesOnBytesAndKeepsOtherCharacters() {
        #expect(ICalendarText.escape("één; twee, 👶\r\ndrie\u{7F}\u{1}\\") == "één\\; twee\\, 👶\\ndrie\\\\")
        var ics = ICalendarText()
        ics.addTextList("CATEGORIES", ["0 tot 3 jaar", "Eten, drinken"])
        #expect(ics.text == "CATEGORIES:0 tot 3 jaar,Eten\\, drinken\r\n")
    }

    @Test func readerCatchesBrokenFiles() {
        #expect(ICSReader("BEGIN:VCALENDAR\nEND:VCALENDAR\n").problems.contains("the file does not end in CRLF"))
        #expect(!ICSReader("BEGIN:VCALENDAR\r\nX:" + String(repeating: "a", count: 80) + "\r\nEND:VCALENDAR\r\n").problems.isEmpty)
        #expect(!ICSReader("BEGIN:VCALENDAR\r\nX:a\nb\r\nEND:VCALENDAR\r\n").problems.isEmpty)
    }
}

@Suite struct FeedTimestampTests {
    @Test(arguments: [
        ("2026-01-15 10:00", "2026-01-15T10:00:00+01:00", "20260115T090000Z"),
        ("2026-03-29 01:59", "2026-03-29T01:59:00+01:00", "20260329T005900Z"),
        ("2026-03-29 03:00", "2026-03-29T03:00:00+02:00", "20260329T010000Z"),
        ("2026-07-01 00:00", "2026-07-01T00:00:00+02:00", "20260630T220000Z"),
        // The repeated hour in autumn is read as its first (summer) occurrence.
        ("2026-10-25 02:30", "2026-10-25T02:30:00+02:00", "20261025T003000Z"),
        ("2026-10-25 03:00", "2026-10-25T03:00:00+01:00", "20261025T020000Z"),
        ("2026-12-31 23:30", "2026-12-31T23:30:00+01:00", "20261231T223000Z"),
    ])
    func formatsWithTheBrusselsOffset(_ local: String, _ rfc3339: String, _ utc: String) {
        let time = LocalDateTime(iso: local)!
        #expect(FeedTimestamp.rfc3339(time) == rfc3339)
        #expect(FeedTimestamp.icsUTC(time) == utc)
    }

    @Test func formatsCalendarDates() {
        #expect(FeedTimestamp.icsDate(LocalDate(iso: "2026-05-09")!) == "20260509")
        #expect(FeedTimestamp.icsLocal(LocalDateTime(iso: "2026-05-09 07:05")!) == "20260509T070500")
    }
}

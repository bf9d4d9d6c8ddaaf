import Foundation
import Testing
@testable import HuisKit

@Suite struct FeedDeterminismTests {
    static func allFiles(_ result: ContentChecker.Result, now: LocalDateTime) -> [GeneratedFile] {
        let site = PublishedSite(result.content!, now: now)
        var files: [GeneratedFile] = []
        for region in site.regions {
            let pages = SitemapEntry.contentEntries(of: region, today: now.date) + [.generated(SitePath.home)]
            let regionFiles = RegionFeeds.files(for: region, in: site, bodies: result.bodies!, pages: pages)
                + [GeneratedFile(path: FeedPaths.partners, contents: OpenDataWriter(site: site).regionFile(region))]
            files += regionFiles.map { GeneratedFile(path: "\(region.id)/\($0.path)", contents: $0.contents) }
        }
        return files + [GeneratedFile(path: FeedPaths.networkPartners, contents: OpenDataWriter(site: site).networkFile())]
    }

    @Test func theTrickyContentIsValid() {
        #expect(FeedFixtures.tricky.diagnostics.map(DiagnosticFormatter.text) == [])
    }

    @Test func sameContentAndNowGiveTheSameBytes() {
        let first = Self.allFiles(FeedFixtures.tricky, now: FeedFixtures.now)
        let second = Self.allFiles(FeedFixtures.loadTricky(), now: FeedFixtures.now)
        #expect(first.count == second.count)
        #expect(first == second)
    }

    @Test func theBuildMakesEveryFileOnce() {
        let paths = Self.allFiles(FeedFixtures.tricky, now: FeedFixtures.now).map(\.path)
        #expect(Set(paths).count == paths.count)
        #expect(paths.contains("tricky/sitemap.xml") && paths.contains("tricky/feed.xml"))
        #expect(!paths.contains("zonder/sitemap.xml") && !paths.contains("zonder/feed.xml"))
        #expect(paths.contains("zonder/robots.txt") && paths.contains("zonder/agenda.ics") && paths.contains("zonder/partners.json"))
        #expect(paths.contains("tricky/activiteiten/timed/timed.ics") && paths.contains("tricky/leeftijd/0-3/agenda.ics"))
        #expect(paths.last == "partners.json")
    }

    @Test func everyXMLAndJSONFileParses() throws {
        for file in Self.allFiles(FeedFixtures.tricky, now: FeedFixtures.now) {
            if file.path.hasSuffix(".xml") {
                _ = try ParsedXML.parse(file.contents)
            } else if file.path.hasSuffix(".json") {
                _ = try JSONSerialization.jsonObject(with: Data(file.contents.utf8))
            } else if file.path.hasSuffix(".ics") {
                #expect(ICSReader(file.contents).problems == [], "\(file.path)")
            }
        }
    }
}

/// Writes sample calendars and what they should contain (from the model, not
/// from the calendar text) for `Tests/Feeds/check_ics.py`, which reads them
/// with the `icalendar` package. The folder is `$HUIS_ICS_SAMPLES` when set.
@Suite struct ICSSampleExport {
    @Test func writesSampleCalendarsWithExpectations() throws {
        let temporary = try TemporaryFolder()
        let folder = ProcessInfo.processInfo.environment["HUIS_ICS_SAMPLES"].map { URL(fileURLWithPath: $0) } ?? temporary.url
        var expected: [String: JSONValue] = [:]
        for (result, now) in [(FeedFixtures.tricky, FeedFixtures.now), (FeedFixtures.network, FeedFixtures.now)] {
            let site = PublishedSite(result.content!, now: now)
            for region in site.regions {
                let calendars = EventCalendars(site: site.site, region: region, bodies: result.bodies, now: now)
                let writer = ICalendarWriter(site: site.site, region: region, bodies: result.bodies)
                // What each file should hold, from the model rather than from the calendar text.
                var planned: [String: [Event]] = [FeedPaths.agenda: calendars.agendaEvents]
                for age in site.site.ages {
                    planned[FeedPaths.ageCalendar(age.id)] = calendars.agendaEvents.filter { $0.ages.contains(age.id) }
                }
                for event in region.upcomingEvents + region.pastEvents {
                    planned[FeedPaths.eventCalendar(event.slug)] = [event]
                }
                let files = calendars.all()
                #expect(Set(files.map(\.path)) == Set(planned.keys))
                for file in files {
                    let path = "\(region.id)/\(file.path)"
                    let url = folder.appendingPathComponent(path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.contents.utf8).write(to: url)
                    expected[path] = .array((planned[file.path] ?? []).map { Self.expectation($0, writer: writer) })
                }
            }
        }
        let expectations = folder.appendingPathComponent("expected.json")
        try Data(JSONValue.object(expected).serialized(.prettyFile).utf8).write(to: expectations)
        // Per region: agenda.ics, six age calendars, one file per event (5 + 1 + 1 + 1).
        #expect(expected.count == 4 * 7 + 8)
        guard case .array(let agenda)? = expected["tricky/agenda.ics"] else {
            Issue.record("no expectations for tricky/agenda.ics")
            return
        }
        #expect(agenda.count == 4)
    }

    /// Written independently of the calendar code: dates as ISO text, the
    /// exclusive end of a whole-day event as "last day + 1".
    static func expectation(_ event: Event, writer: ICalendarWriter) -> JSONValue {
        func text(_ time: EventTime) -> String {
            switch time {
            case .day(let date): return date.description
            case .moment(let moment): return FeedTimestamp.rfc3339(moment)
            }
        }
        let end: JSONValue
        switch (event.start, event.end) {
        case (.day(let first), nil): end = .string(first.adding(days: 1).description)
        case (.day, .day(let last)?): end = .string(last.adding(days: 1).description)
        case (.day, .moment(let last)?):
            end = .string((last.minuteOfDay == 0 ? last.date : last.date.adding(days: 1)).description)
        case (.moment, let value?): end = .string(text(.moment(value.over)))
        default: end = .null
        }
        return ["uid": .string(writer.uid(for: event)), "summary": .string(event.title),
                "dtstart": .string(text(event.start)), "dtend": end]
    }
}

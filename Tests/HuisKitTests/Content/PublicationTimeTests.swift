import Foundation
import Testing
@testable import HuisKit

/// What is published depends on `--now`, in Belgian time, to the minute:
/// around midnight and around the two daylight-saving changes nothing is off
/// by a day or an hour.
@Suite struct PublicationTimeTests {
    static let content: Content = {
        let dir = try! TemporaryFolder()
        try! dir.write("site.md", "---\ntitle: T\n---\n")
        try! dir.write("regions/r/region.md", "---\ntitle: R\nmunicipalities: [Dorp]\n---\n")
        try! dir.write("regions/r/news/lente.md", "---\ntitle: Lente\ndate: 2026-03-29\nexpires: 2026-03-30\n---\n")
        try! dir.write("regions/r/news/klad.md", "---\ntitle: Klad\ndate: 2026-01-01\ndraft: true\n---\n")
        try! dir.write("regions/r/news/oud.md", "---\ntitle: Oud\ndate: 2026-01-01\n---\n")
        try! dir.write("regions/r/events/dag.md", "---\ntitle: Hele dag\nstart: 2026-03-28\n---\n")
        try! dir.write("regions/r/events/meerdaags.md", "---\ntitle: Kamp\nstart: 2026-10-24\nend: 2026-10-25\n---\n")
        try! dir.write("regions/r/events/nacht.md", "---\ntitle: Nachtwandeling\nstart: 2026-10-25 01:00\nend: 2026-10-25 02:30\n---\n")
        try! dir.write("regions/r/events/lentenacht.md", "---\ntitle: Lentenacht\nstart: 2026-03-29 01:30\nend: 2026-03-29 03:15\n---\n")
        let result = ContentLoader(root: dir.url, displayRoot: "c").load()
        precondition(!result.hasErrors, "\(result.diagnostics)")
        return result.content!
    }()

    func region(at now: String) -> PublishedRegion {
        PublishedSite(Self.content, now: LocalDateTime(iso: now) ?? LocalDateTime.startOf(LocalDate(iso: now)!)).regions[0]
    }

    func news(at now: String) -> [String] { region(at: now).news.map(\.slug) }
    func upcoming(at now: String) -> [String] { region(at: now).upcomingEvents.map(\.slug) }
    func past(at now: String) -> [String] { region(at: now).pastEvents.map(\.slug) }

    @Test func newsAppearsAtMidnightOfItsDate() {
        #expect(news(at: "2026-03-28 23:59") == ["oud"])
        #expect(news(at: "2026-03-29 00:00") == ["lente", "oud"])
    }

    @Test func expiredNewsDisappearsAfterItsLastDay() {
        #expect(news(at: "2026-03-30 23:59") == ["lente", "oud"])
        #expect(news(at: "2026-03-31 00:00") == ["oud"])
    }

    @Test func draftsAreNeverPublished() {
        #expect(!news(at: "2030-01-01").contains("klad"))
    }

    @Test func anAllDayEventIsArchivedAfterItsDay() {
        #expect(upcoming(at: "2026-03-28 23:59").contains("dag"))
        #expect(past(at: "2026-03-29 00:00").contains("dag"))
    }

    @Test func aMultiDayEventStaysUpcomingUntilItsLastDayEnds() {
        #expect(upcoming(at: "2026-10-25 23:59").contains("meerdaags"))
        #expect(past(at: "2026-10-26 00:00").contains("meerdaags"))
    }

    @Test func timedEventsEndToTheMinuteAcrossTheAutumnChange() {
        // 25 October 2026: clocks go back from 03:00 to 02:00.
        #expect(upcoming(at: "2026-10-25 02:29").contains("nacht"))
        #expect(past(at: "2026-10-25 02:30").contains("nacht"))
    }

    @Test func timedEventsEndToTheMinuteAcrossTheSpringChange() {
        // 29 March 2026: clocks go forward from 02:00 to 03:00.
        #expect(upcoming(at: "2026-03-29 03:14").contains("lentenacht"))
        #expect(past(at: "2026-03-29 03:15").contains("lentenacht"))
    }

    @Test func upcomingEventsAreSortedSoonestFirstAndPastOnesLatestFirst() {
        #expect(upcoming(at: "2026-01-01") == ["dag", "lentenacht", "meerdaags", "nacht"])
        #expect(past(at: "2027-01-01") == ["nacht", "meerdaags", "lentenacht", "dag"])
    }

    @Test func theDefaultNowIsBelgianTimeNotUTC() {
        // 2026-03-28 23:30 UTC is already 29 March in Brussels (UTC+1).
        let t = BrusselsTime.unixTime(of: LocalDateTime(iso: "2026-03-29 00:30")!)
        #expect(t == 1_774_740_600)
        #expect(BrusselsTime.local(atUnixTime: t).date == LocalDate(iso: "2026-03-29"))
        let now = BrusselsTime.now()
        let utcDay = LocalDate(dayNumber: Int(Date().timeIntervalSince1970) / 86_400)
        #expect(abs(now.date.dayNumber - utcDay.dayNumber) <= 1)
    }
}

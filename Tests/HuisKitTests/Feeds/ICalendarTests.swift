import Foundation
import Testing
@testable import HuisKit

@Suite struct ICalendarTests {
    static let calendars = EventCalendars(site: FeedFixtures.tricky.content!.site, region: FeedFixtures.region("tricky"),
                                          bodies: FeedFixtures.tricky.bodies, now: FeedFixtures.now)

    func read(_ file: GeneratedFile) throws -> ICSReader.Component {
        let reader = ICSReader(file.contents)
        #expect(reader.problems == [], "\(file.path)")
        return try #require(reader.calendar)
    }

    func events(_ file: GeneratedFile) throws -> [String: ICSReader.Component] {
        Dictionary(uniqueKeysWithValues: try read(file).components("VEVENT").map { ($0.first("UID")!.text, $0) })
    }

    @Test func everyFileIsWellFormed() throws {
        for file in Self.calendars.all() {
            let calendar = try read(file)
            #expect(calendar.name == "VCALENDAR")
            #expect(calendar.first("VERSION")?.rawValue == "2.0")
            #expect(calendar.first("PRODID") != nil)
            let zone = try #require(calendar.components("VTIMEZONE").first, "\(file.path)")
            #expect(zone.first("TZID")?.rawValue == "Europe/Brussels")
            #expect(zone.components("DAYLIGHT").first?.first("RRULE")?.rawValue == "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
            #expect(zone.components("STANDARD").first?.first("RRULE")?.rawValue == "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
            for event in calendar.components("VEVENT") {
                #expect(event.first("DTSTAMP")?.rawValue.hasSuffix("Z") == true)
                #expect(event.first("SUMMARY") != nil && event.first("DTSTART") != nil)
            }
        }
    }

    @Test func theAgendaHoldsUpcomingAndRecentEvents() throws {
        let agenda = Self.calendars.agenda()
        #expect(agenda.path == "agenda.ics")
        let uids = try read(agenda).components("VEVENT").map { $0.first("UID")!.text }
        #expect(uids == ["tricky-recent@tricky.example", "tricky-timed@tricky.example",
                         "tricky-allday@tricky.example", "tricky-multiday@tricky.example"])
    }

    @Test func timedEventsUseTheBrusselsZone() throws {
        let event = try #require(try events(Self.calendars.agenda())["tricky-timed@tricky.example"])
        let start = try #require(event.first("DTSTART"))
        #expect(start.parameters == ["TZID": "Europe/Brussels"])
        #expect(start.rawValue == "20260329T140000")
        #expect(event.first("DTEND")?.rawValue == "20260329T160000")
        #expect(event.first("DTEND")?.parameters == ["TZID": "Europe/Brussels"])
        #expect(event.first("DTSTAMP")?.rawValue == "20260329T120000Z")
        #expect(event.first("URL")?.rawValue == "https://tricky.example/activiteiten/timed/")
        // A timed event without an end has no DTEND.
        let recent = try #require(try events(Self.calendars.agenda())["tricky-recent@tricky.example"])
        #expect(recent.first("DTEND") == nil)
    }

    @Test func allDayEventsUseDatesWithAnExclusiveEnd() throws {
        let events = try events(Self.calendars.agenda())
        let day = try #require(events["tricky-allday@tricky.example"])
        #expect(day.first("DTSTART")?.parameters == ["VALUE": "DATE"])
        #expect(day.first("DTSTART")?.rawValue == "20260510")
        #expect(day.first("DTEND")?.parameters == ["VALUE": "DATE"])
        #expect(day.first("DTEND")?.rawValue == "20260511")
        let camp = try #require(events["tricky-multiday@tricky.example"])
        #expect(camp.first("DTSTART")?.rawValue == "20260701")
        #expect(camp.first("DTEND")?.rawValue == "20260704")
    }

    @Test func specialCharactersSurvive() throws {
        let event = try #require(try events(Self.calendars.agenda())["tricky-timed@tricky.example"])
        #expect(event.first("SUMMARY")?.text == FeedFixtures.eventTitle)
        #expect(event.first("LOCATION")?.text == FeedFixtures.locationTitle + ", Kerkplein 2, 2400 Bergdorp")
        let description = try #require(event.first("DESCRIPTION")?.text)
        #expect(description.hasPrefix(#"Zingen; spelen, en "rijmen" – voor baby’s 👶 & ouders"#))
        #expect(description.contains("Breng een dekentje mee."))
        #expect(description.hasSuffix("Prijs: € 2,50\nInschrijven: https://tricky.example/inschrijven?a=1&b=2"))
        #expect(event.first("CATEGORIES")?.rawValue == "0 tot 3 jaar,Gezondheid")
        let day = try #require(try events(Self.calendars.agenda())["tricky-allday@tricky.example"])
        #expect(day.first("LOCATION")?.text == #"Zaal "De Schakel", Noordrand; zaal 2"#)
        let calendar = try read(Self.calendars.agenda())
        #expect(calendar.first("X-WR-CALNAME")?.text == FeedFixtures.regionTitle)
    }

    @Test func everyPublishedEventHasItsOwnFile() throws {
        let files = Self.calendars.eventCalendars()
        #expect(files.map(\.path) == ["activiteiten/old/old.ics", "activiteiten/recent/recent.ics",
                                      "activiteiten/timed/timed.ics", "activiteiten/allday/allday.ics",
                                      "activiteiten/multiday/multiday.ics"])
        for file in files {
            let events = try read(file).components("VEVENT")
            #expect(events.count == 1)
            let slug = file.path.split(separator: "/")[1]
            #expect(events.first?.first("UID")?.text == "tricky-\(slug)@tricky.example")
        }
    }

    @Test func ageCalendarsHoldTheEventsForThatAge() throws {
        let files = Self.calendars.ageCalendars()
        #expect(files.map(\.path) == AgeGroup.defaults.map { "leeftijd/\($0.id)/agenda.ics" })
        func uids(_ age: String) throws -> [String] {
            let file = try #require(files.first { $0.path == "leeftijd/\(age)/agenda.ics" })
            return try read(file).components("VEVENT").map { $0.first("UID")!.text }
        }
        #expect(try uids("0-3") == ["tricky-recent@tricky.example", "tricky-timed@tricky.example"])
        #expect(try uids("3-6") == ["tricky-allday@tricky.example"])
        #expect(try uids("zwanger") == [])
    }

    @Test func anEventIsWrittenTheSameInEveryCalendar() throws {
        let calendars = Self.calendars
        func vevent(_ file: GeneratedFile, _ slug: String) throws -> Substring {
            let text = file.contents
            let uid = try #require(text.range(of: "UID:tricky-\(slug)@"))
            let start = try #require(text.range(of: "BEGIN:VEVENT\r\n", options: .backwards, range: text.startIndex..<uid.lowerBound))
            let end = try #require(text.range(of: "END:VEVENT\r\n", range: uid.upperBound..<text.endIndex))
            return text[start.lowerBound..<end.upperBound]
        }
        let own = try #require(calendars.eventCalendars().first { $0.path == "activiteiten/timed/timed.ics" })
        let age = try #require(calendars.ageCalendars().first { $0.path == "leeftijd/0-3/agenda.ics" })
        #expect(try vevent(calendars.agenda(), "timed") == vevent(own, "timed"))
        #expect(try vevent(age, "timed") == vevent(own, "timed"))
        // The writer called with events gives what the calendars give.
        let writer = ICalendarWriter(site: FeedFixtures.tricky.content!.site, region: FeedFixtures.region("tricky"),
                                     bodies: FeedFixtures.tricky.bodies)
        #expect(writer.calendar(name: FeedFixtures.regionTitle, events: calendars.agendaEvents) == calendars.agenda().bytes)
    }

    @Test func withoutBaseURLTheUIDUsesHuisAndThereIsNoURL() throws {
        let calendars = EventCalendars(site: FeedFixtures.tricky.content!.site, region: FeedFixtures.region("zonder"),
                                       bodies: FeedFixtures.tricky.bodies, now: FeedFixtures.now)
        let calendar = try read(calendars.agenda())
        #expect(calendar.first("URL") == nil)
        let event = try #require(calendar.components("VEVENT").first)
        #expect(event.first("UID")?.text == "zonder-e@huis")
        #expect(event.first("URL") == nil)
    }

    @Test func anAllDayStartWithATimedEndCoversTheEndDay() throws {
        var event = try #require(FeedFixtures.region("tricky").upcomingEvents.first { $0.slug == "allday" })
        event.end = .moment(LocalDateTime(iso: "2026-05-11 12:00")!)
        #expect(ICalendarWriter.exclusiveEndDay(of: event) == LocalDate(iso: "2026-05-12"))
        event.end = .moment(LocalDateTime(iso: "2026-05-11 00:00")!)
        #expect(ICalendarWriter.exclusiveEndDay(of: event) == LocalDate(iso: "2026-05-11"))
    }
}

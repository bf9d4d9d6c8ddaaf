import Testing
@testable import HuisKit

@Suite struct LocalDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(LocalDate(iso: "2026-03-15") == LocalDate(year: 2026, month: 3, day: 15))
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "15/03/2026") == nil)
        #expect(LocalDate(iso: "2026-3-15") == nil)
    }

    @Test func dayNumbersRoundTripAndGiveWeekdays() {
        let date = LocalDate(year: 2026, month: 11, day: 23)!
        #expect(date.weekday == 1)  // a Monday
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(date.adding(days: 39).description == "2027-01-01")
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func dateTimesAcceptSpaceOrT() {
        #expect(LocalDateTime(iso: "2026-03-15 14:30")?.description == "2026-03-15 14:30")
        #expect(LocalDateTime(iso: "2026-03-15T14:30") == LocalDateTime(iso: "2026-03-15 14:30"))
        #expect(LocalDateTime(iso: "2026-03-15 24:00") == nil)
        #expect(LocalDateTime(iso: "2026-03-15 14:3") == nil)
    }
}

@Suite struct BrusselsTimeTests {
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    let springSwitch = 1_774_746_000  // 2026-03-29 01:00:00 UTC
    let autumnSwitch = 1_792_890_000  // 2026-10-25 01:00:00 UTC

    @Test func switchesAtTheEURule() {
        #expect(BrusselsTime.summerTimeStart(year: 2026) == springSwitch)
        #expect(BrusselsTime.summerTimeEnd(year: 2026) == autumnSwitch)
        #expect(BrusselsTime.local(atUnixTime: springSwitch - 1).description == "2026-03-29 01:59")
        #expect(BrusselsTime.local(atUnixTime: springSwitch).description == "2026-03-29 03:00")
        #expect(BrusselsTime.local(atUnixTime: autumnSwitch - 1).description == "2026-10-25 02:59")
        #expect(BrusselsTime.local(atUnixTime: autumnSwitch).description == "2026-10-25 02:00")
    }

    @Test func midnightInWinterIsElevenPMUTC() {
        // 2026-01-01 00:00 Brussels is 2025-12-31 23:00 UTC.
        let t = BrusselsTime.unixTime(of: LocalDateTime(iso: "2026-01-01 00:00")!)
        #expect(t == 1_767_222_000)
        #expect(BrusselsTime.local(atUnixTime: t).date.description == "2026-01-01")
        #expect(BrusselsTime.local(atUnixTime: t - 1).date.description == "2025-12-31")
    }

    @Test func wallClockTimesRoundTripOutsideTheSkippedHour() {
        for text in ["2026-03-29 01:30", "2026-03-29 03:30", "2026-07-01 12:00", "2026-10-25 03:00", "2026-12-31 23:59"] {
            let local = LocalDateTime(iso: text)!
            #expect(BrusselsTime.local(atUnixTime: BrusselsTime.unixTime(of: local)) == local)
        }
    }
}

@Suite struct EventTimeTests {
    @Test func aWholeDayIsOverAtTheNextMidnight() {
        let day = EventTime.day(LocalDate(iso: "2026-04-12")!)
        #expect(day.over == LocalDateTime(iso: "2026-04-13 00:00"))
        #expect(day < EventTime.moment(LocalDateTime(iso: "2026-04-12 00:00")!))
    }
}

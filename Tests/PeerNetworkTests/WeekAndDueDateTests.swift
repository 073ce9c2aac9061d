import Foundation
import Testing
@testable import PeerNetwork

@Suite struct WeekAndDueDateTests {
    let now = ReviewFixture.now  // Tuesday 2026-11-24 12:00 UTC
    let calendar = ReviewFixture.calendar

    func day(_ text: String) throws -> String {
        QuickLogSummary.isoDay(try DueDate.parse(text, now: now, calendar: calendar), calendar: calendar)
    }

    @Test func dueDatesReadDaysWeekdaysMonthsAndDistances() throws {
        #expect(try day("today") == "2026-11-24")
        #expect(try day("tomorrow") == "2026-11-25")
        #expect(try day("2027-03-15") == "2027-03-15")
        #expect(try day("Friday") == "2026-11-27")
        #expect(try day("tue") == "2026-11-24", "a weekday includes today")
        #expect(try day("mon") == "2026-11-30")
        #expect(try day("march") == "2027-03-01")
        #expect(try day("November") == "2026-11-30", "this month means its last day")
        #expect(try day("dec") == "2026-12-01")
        #expect(try day("3d") == "2026-11-27")
        #expect(try day("2w") == "2026-12-08")
    }

    @Test func badDueDatesSayWhatWorks() {
        for text in ["soon", "2026-02-30", "fr", "-1d", "2026-1-5", ""] {
            #expect(throws: DueDate.Error.self) { try DueDate.parse(text, now: now, calendar: calendar) }
        }
        #expect(DueDate.Error(text: "soon").description.hasPrefix("'soon' is not a date: use 2027-03-15"))
    }

    @Test func dueDatesDescribeThemselves() throws {
        let friday = try DueDate.parse("friday", now: now, calendar: calendar)
        #expect(DueDate.describe(friday, now: now, calendar: calendar) == "Fri 27 Nov")
        #expect(DueDate.relative(friday, now: now, calendar: calendar) == "due in 3 days")
        let past = try DueDate.parse("2026-11-20", now: now, calendar: calendar)
        #expect(DueDate.relative(past, now: now, calendar: calendar) == "4 days overdue")
        #expect(DueDate.describe(try DueDate.parse("2027-03-15", now: now, calendar: calendar), now: now, calendar: calendar) == "15 Mar 2027")
    }

    @Test func weeksHaveIsoLabelsAndConfigurableStarts() throws {
        let monday = WeekStart.monday.calendar(in: calendar.timeZone)
        let week = Week.containing(now, calendar: monday)
        #expect(week.label(calendar: monday) == "2026-W48")
        #expect(QuickLogSummary.isoDay(week.start, calendar: monday) == "2026-11-23")
        let sunday = WeekStart.sunday.calendar(in: calendar.timeZone)
        let sundayWeek = Week.containing(now, calendar: sunday)
        #expect(QuickLogSummary.isoDay(sundayWeek.start, calendar: sunday) == "2026-11-22")
        #expect(sundayWeek.label(calendar: sunday) == "2026-W48", "Sun 22 – Sat 28 Nov is mostly ISO week 48")
        #expect(Week.parse("2026-W48", calendar: sunday) == sundayWeek)
        let saturday = WeekStart.saturday.calendar(in: calendar.timeZone)
        #expect(QuickLogSummary.isoDay(try #require(Week.parse("2026-W48", calendar: saturday)).start, calendar: saturday) == "2026-11-21")
        #expect(Week.parse("2027-W01", calendar: sunday)?.label(calendar: sunday) == "2027-W01")

        let parsed = try #require(Week.parse("2026-W47", calendar: monday))
        #expect(QuickLogSummary.isoDay(parsed.start, calendar: monday) == "2026-11-16")
        #expect(Week.parse("2026-W53", calendar: monday) != nil, "2026 begins on a Thursday, so it has 53 ISO weeks")
        #expect(Week.parse("2027-W53", calendar: monday) == nil)
        #expect(Week.parse("2026-W0", calendar: monday) == nil)
        #expect(Week.parse("last week", calendar: monday) == nil)
        #expect(WeekStart(parsing: "Sun") == .sunday)
        #expect(WeekStart(parsing: "su") == nil)
    }
}

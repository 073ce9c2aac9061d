import Foundation
import Testing
@testable import PeerNetwork

@Suite struct DayTextTests {
    /// The three shapes against DateFormatter's English, every 25 hours 13 minutes from 1999 to
    /// 2031 (every weekday and month, at every hour), in three time zones and two week starts.
    @Test(arguments: ["UTC", "America/Los_Angeles", "Asia/Kolkata"], [1, 2])
    func daysReadAsAnEnglishDateFormatterWritesThem(zone: String, firstWeekday: Int) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        calendar.firstWeekday = firstWeekday
        let shapes = [(true, false, "EEE d MMM"), (false, true, "d MMM yyyy"), (true, true, "EEE d MMM yyyy")].map { weekday, year, format in
            let formatter = DateFormatter()
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = format
            return (weekday: weekday, year: year, formatter: formatter)
        }
        var date = Date(timeIntervalSince1970: 915_148_800)  // 1999-01-01
        var mismatches: [String] = []
        while date.timeIntervalSince1970 < 1_924_992_000, mismatches.count < 5 {  // 2031-01-01
            for shape in shapes {
                let expected = shape.formatter.string(from: date)
                let written = DayText.format(date, calendar: calendar, weekday: shape.weekday, year: shape.year)
                if written != expected { mismatches.append("\(date): \(written) for \(expected)") }
            }
            date += 25 * 3_600 + 13 * 60
        }
        #expect(mismatches.isEmpty)
    }

    @Test func numbersArePaddedAsPrintfPadsThem() {
        for width in [0, 1, 2, 4] {
            for value in [0, 1, 9, 10, 53, 999, 2026, 12_345, -1, -5, -42, -2026] {
                #expect(DayText.zeroPadded(value, width: width) == String(format: "%0*d", width, value), "\(value), width \(width)")
            }
        }
    }
}

/// One way to say a day, on screen and in text.
@Suite struct DaySaidTests {
    static let calendar = { var calendar = Calendar(identifier: .iso8601); calendar.timeZone = TimeZone(identifier: "UTC")!; return calendar }()
    // Friday 4 December 2026, 15:00 UTC.
    let now = Date(timeIntervalSince1970: 1_796_396_400)

    @Test(arguments: [(0, "today"), (-1, "yesterday"), (1, "tomorrow"), (-3, "3d ago"), (3, "in 3d"), (-6, "6d ago"), (-7, "Fri 27 Nov"),
                      (-30, "Wed 4 Nov"), (-340, "29 Dec 2025"), (40, "13 Jan 2027")])
    func aDayIsSaidRelativeWithinAWeekThenByItsDate(days: Int, said: String) {
        #expect(DayText.said(now.addingTimeInterval(Double(days) * 86_400), now: now, calendar: Self.calendar) == said)
    }

    @Test func agesWithinTheDayAreHours() {
        #expect(RelativeTime.ago(from: now.addingTimeInterval(-600), to: now, calendar: Self.calendar) == "just now")
        #expect(RelativeTime.ago(from: now.addingTimeInterval(-3 * 3600), to: now, calendar: Self.calendar) == "3h ago")
        #expect(RelativeTime.ago(from: now.addingTimeInterval(-30 * 86_400), to: now, calendar: Self.calendar) == "Wed 4 Nov")
        #expect(RelativeTime.ago(from: nil, to: now) == "never")
    }

    @Test func durationsHaveOneForm() {
        #expect([10, 90, 120, 285, 30].map(QuickLogSummary.duration) == ["10m", "1h30m", "2h", "4h45m", "30m"])
        #expect(BalanceFormat.budgetHours(2.5) == "2h30m" && BalanceFormat.budgetHours(4) == "4h")
    }
}

import Foundation
import PeerNetwork
import Testing

/// Labels kept a day at a time must be the ones worked out for each date, across midnights and
/// the clock changes, newest first as a history prints them or in any order.
@Suite struct DayLabelsTests {
    @Test func aDaysLabelIsEachOfItsDatesLabel() throws {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let now = Date(timeIntervalSince1970: 1_774_836_000)  // 2026-03-30 04:00 Berlin, the day after the clocks went forward
        var generator = SystemRandomNumberGenerator()
        let dates = (0..<2_000).map { _ in now.addingTimeInterval(-Double.random(in: 0..<(240 * 86_400), using: &generator)) }
            + [now, now.addingTimeInterval(-4 * 3_600), now.addingTimeInterval(-4 * 3_600 - 1), now.addingTimeInterval(-28 * 3_600)]
        for order in [dates.sorted(by: >), dates] {
            var labels = DayLabels(now: now, calendar: calendar)
            for date in order {
                #expect(labels.label(for: date) == QuickLogSummary.day(date, now: now, calendar: calendar), "\(date)")
            }
        }
    }
}

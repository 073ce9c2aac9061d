import Foundation
import Testing
@testable import Interchange

/// Rapport's expansion against Python's `recurring-ical-events` on generated series
/// (`Scripts/record-recurrence-fixture` writes the fixture): every occurrence, its start and its
/// length, across zones with and without DST, a VTIMEZONE of a name no tz database knows,
/// floating times, days, EXDATE, RDATE, and moved and cancelled occurrences.
struct RecurrenceFixtureTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var name: String
            var ics: String
            var starts: [[Starts]]
        }
        enum Starts: Decodable, Equatable {
            case text(String)
            case minutes(Int)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let minutes = try? container.decode(Int.self) { self = .minutes(minutes) } else { self = .text(try container.decode(String.self)) }
            }
        }
        var from: String
        var to: String
        var floatingZone: String
        var window: [String]
        var cases: [Case]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/recurrence.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    @Test func theFixtureHoldsAtLeastTwoHundredRules() {
        #expect(Self.fixture.cases.count >= 200)
        #expect(Self.fixture.cases.filter { !$0.starts.isEmpty }.count >= 200)
    }

    @Test func everySeriesExpandsAsPythonDoes() throws {
        let fixture = Self.fixture
        let local = try #require(TimeZone(identifier: fixture.floatingZone))
        func day(_ text: String) -> Date { CalendarZone.utc.date(of: try! CalendarTime.parse(text, tzid: nil).wall) }
        let window = DateInterval(start: day(fixture.window[0]), end: day(fixture.window[1]))
        var failures: [String] = []
        for item in fixture.cases {
            // Read around the window, as the scan does: what it passes over never falls in it.
            let file = ICalendarReader.read(item.ics, file: "case.ics", around: window)
            guard file.warnings.isEmpty else { failures.append("\(item.name): \(file.warnings)"); continue }
            let found = file.occurrences(overlapping: window, local: local)
                .filter { $0.startText >= fixture.from && $0.startText < fixture.to }
                .map { [Fixture.Starts.text($0.startText), .minutes($0.minutes)] }
                .sorted { "\($0)" < "\($1)" }
            let expected = item.starts.sorted { "\($0)" < "\($1)" }
            if found != expected {
                let missing = expected.filter { !found.contains($0) }.prefix(3)
                let extra = found.filter { !expected.contains($0) }.prefix(3)
                failures.append("\(item.name): \(found.count) vs \(expected.count); missing \(missing), extra \(extra)")
            }
        }
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) of \(fixture.cases.count) differ:\n" + failures.prefix(15).joined(separator: "\n")))
    }
}

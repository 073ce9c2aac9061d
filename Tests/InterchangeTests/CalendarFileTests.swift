import Foundation
import Testing
@testable import Interchange

/// Calendars as Google, Outlook, Apple, khal and Python's icalendar write them, and broken ones.
struct CalendarFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/calendars").path
    static let window = DateInterval(start: utc("20261120T000000"), end: utc("20261231T000000"))
    static let berlin = TimeZone(identifier: "Europe/Berlin")!

    static func utc(_ text: String) -> Date { CalendarZone.utc.date(of: try! CalendarTime.parse(text, tzid: nil).wall) }

    /// Starts as `MMDDTHHMMZ` with titles, as the Python oracle printed them for these files.
    static func starts(_ path: String) throws -> [String] {
        let file = try CalendarSource.read(fixtures + "/" + path)
        #expect(file.warnings.isEmpty, "\(file.warnings)")
        return file.occurrences(overlapping: window, local: berlin).map { occurrence in
            let text = occurrence.startText
            return (occurrence.isAllDay ? text : String(text.dropFirst(4).prefix(9)) + "Z") + " " + occurrence.event.summary
        }
    }

    @Test func googleMovesOneOccurrenceAndSkipsAnother() throws {
        #expect(try Self.starts("google.ics") == [
            "1120T1300Z Platform sync", "1204T1500Z Platform sync (moved)", "1211T1300Z Platform sync", "1218T1300Z Platform sync",
            "1225T1300Z Platform sync",
        ])
        let event = try CalendarSource.read(Self.fixtures + "/google.ics").events[0]
        #expect(event.attendees.map(\.name) == ["Anna Kowalczyk", "me@example.com"], "a folded CN is joined")
        #expect(event.sequence == 2)
    }

    @Test func outlookNamesAZoneOnlyItsVTimezoneDefines() throws {
        #expect(try Self.starts("outlook.ics") == ["1201T0800Z Budget review"])
        let event = try CalendarSource.read(Self.fixtures + "/outlook.ics").events[0]
        #expect(event.attendees.map(\.email) == ["anna@northwind.example", "ben.okafor@contoso.example"], "the room is no attendee")
        #expect(event.people.count == 3, "the organizer counts")
    }

    @Test func appleKeepsPrivateEventsMarked() throws {
        #expect(try Self.starts("apple.ics") == ["1203T1600Z Kenji 1:1", "1203T2000Z Doctor"])
        let events = try CalendarSource.read(Self.fixtures + "/apple.ics").events
        #expect(events.map(\.isPrivate) == [false, true])
    }

    @Test func pythonsIcalendarEscapesAndFolds() throws {
        #expect(try Self.starts("icalendar.ics") == ["1204T0900Z Quarterly review, with a comma; and a semicolon", "1204T1500Z All hands"])
        let events = try CalendarSource.read(Self.fixtures + "/icalendar.ics").events
        #expect(events[0].attendees.first?.email == "anna@northwind.example", "folded, mailto: dropped, lower-cased")
        #expect(events[1].duration == 45 * 60)
        #expect(events[1].attendees.first?.participation == "DECLINED")
    }

    @Test func aKhalVdirIsOneSource() throws {
        #expect(try Self.starts("khal-vdir") == [
            "1203T0830Z Budget check-in", "1204T1300Z Platform sync", "1211T1300Z Platform sync", "1218T1300Z Platform sync",
            "20261224 Office closed", "1225T1300Z Platform sync",
        ])
    }

    @Test func brokenEventsArePassedOverWithTheirFileAndLine() {
        let text = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:no-end
            DTSTART:20261201T090000Z
            BEGIN:VEVENT
            UID:good
            DTSTART:20261202T090000Z
            DTEND:20261202T093000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:bad-date
            DTSTART:2026-12-03
            END:VEVENT
            BEGIN:VEVENT
            UID:hourly
            DTSTART:20261203T090000Z
            RRULE:FREQ=HOURLY
            END:VEVENT
            BEGIN:VEVENT
            UID:good
            DTSTART:20261202T100000Z
            SEQUENCE:1
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20261204T090000Z
            END:VEVENT
            BEGIN:VEVENT
            UID:unclosed-at-the-end
            DTSTART:20261205T090000Z
            """
        let file = ICalendarReader.read(text, file: "work.ics")
        #expect(file.warnings.map(\.description) == [
            "work.ics:2: VEVENT is never closed (no END:VEVENT)",
            "work.ics:12: DTSTART: \"2026-12-03\" is not a date (YYYYMMDD)",
            "work.ics:17: RRULE FREQ=HOURLY is not one Rapport expands (DAILY, WEEKLY, MONTHLY, YEARLY)",
            "work.ics:24: event has no UID",
            "work.ics:27: VEVENT is never closed (no END:VEVENT)",
            "work.ics:5: event good is also at line 19; that one is used",
        ])
        #expect(file.events.map(\.uid) == ["good"])
        #expect(file.events[0].sequence == 1, "the higher SEQUENCE wins")
    }

    /// A UID keys the decision stored about its meeting: one that cannot be stored exactly (SQLite
    /// would end it at the NUL, so two meetings could share a key) passes its event over.
    @Test func aUIDThatCannotBeStoredPassesItsEventOver() {
        let text = "BEGIN:VEVENT\nUID:weekly\u{0}sync\nDTSTART:20261202T090000Z\nDTEND:20261202T093000Z\nEND:VEVENT\n"
        let file = ICalendarReader.read(text, file: "work.ics")
        #expect(file.events.isEmpty)
        #expect(file.warnings.map(\.description) == ["work.ics:2: UID contains a NUL character (\\0), which cannot be stored; nothing was saved"])
    }

    @Test func aSeriesThatNeverEndsIsExpandedOnlyOverTheWindow() throws {
        let text = """
            BEGIN:VEVENT
            UID:daily
            DTSTART:19700101T090000Z
            DURATION:PT15M
            RRULE:FREQ=DAILY
            END:VEVENT
            """
        let file = ICalendarReader.read(text, file: "daily.ics")
        let occurrences = file.occurrences(overlapping: DateInterval(start: Self.utc("20261201T000000"), end: Self.utc("20261204T000000")), local: Self.berlin)
        #expect(occurrences.map(\.startText) == ["20261201T090000Z", "20261202T090000Z", "20261203T090000Z"])
    }

    @Test func aMissingSourceIsNamed() {
        #expect(throws: CalendarSource.Unreadable(path: "/nonexistent/work.ics", reason: "no such file or folder")) {
            try CalendarSource.read("/nonexistent/work.ics")
        }
    }

    @Test func aFileThatIsNotTextInAFolderIsPassedOverAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-vdir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/khal-vdir/event-2.ics", toPath: folder + "/a.ics")
        // UTF-8 (é) and then a byte that is not.
        try Data([0x42, 0xC3, 0xA9, 0xFF]).write(to: URL(fileURLWithPath: folder + "/b.ics"))
        let file = try CalendarSource.read(folder)
        #expect(file.events.count == 1)
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.location.file == folder + "/b.ics")
    }
}

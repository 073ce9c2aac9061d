import Foundation
import PeerNetwork
import PeerStore
import GRDB
import Testing
@testable import Dashboard
@testable import RapportApp

/// The dashboard's meetings through the data source: read in the background check, and logged,
/// dismissed or muted as changes that undo exactly.
@Suite struct CalendarDataSourceTests {
    /// The background check reads the files at the real clock, so the meeting is placed around it.
    let now = Date()

    func stamp(_ date: Date) -> String {
        let wall = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", wall.year!, wall.month!, wall.day!, wall.hour!, wall.minute!, wall.second!)
    }

    struct NoCheck: Error {}

    func check(_ data: StoreDataSource) throws {
        guard let check = data.calendarCheck() else { throw NoCheck() }
        check()
    }

    func setUp(_ folder: URL) throws -> (AppDatabase, StoreDataSource) {
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        _ = try database.addColleague(Colleague(name: "Anna Kowalczyk", email: "anna@northwind.example, anna.k@home.example"), at: now)
        let file = folder.appendingPathComponent("work.ics").path
        try """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            UID:sync@example
            DTSTART:\(stamp(now.addingTimeInterval(-35 * 60)))
            DTEND:\(stamp(now.addingTimeInterval(-5 * 60)))
            SUMMARY:Platform sync
            ATTENDEE:mailto:me@example.com
            ATTENDEE:mailto:ANNA.K@home.example
            END:VEVENT
            END:VCALENDAR
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let data = StoreDataSource(database: database)
        let nothingToCheck = data.calendarCheck() == nil
        #expect(nothingToCheck, "no calendar: nothing to check")
        try database.addCalendarSources([CalendarSourceSetting(path: file, includePrivate: false)], at: now)
        return (database, data)
    }

    @Test func loggingAMeetingIsOneChangeThatUndoesWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (database, data) = try setUp(folder)
        #expect(try data.meetingsToLog(now: now).isEmpty, "nothing read before the first check")
        try check(data)
        let meetings = try data.meetingsToLog(now: now)
        let meeting = try #require(meetings.first)
        #expect(meetings.count == 1 && meeting.colleagues.map(\.name) == ["Anna Kowalczyk"], "her second address, in another case")

        let interaction = Interaction(occurredAt: meeting.meeting.start, colleagueIDs: [1], direction: .mutual, kind: .meeting, minutes: 30, note: "ok")
        let logged = try data.apply(.logMeeting(interaction, meeting), now: now)
        #expect(try data.meetingsToLog(now: now).isEmpty)
        #expect(try database.interactions().count == 1)
        _ = try data.undo(logged.inverse)
        #expect(try database.interactions().isEmpty, "the interaction goes with the decision")
        #expect(try data.meetingsToLog(now: now) == meetings)

        let muted = try data.apply(.decideMeeting(meeting, .muted), now: now)
        #expect(try data.meetingsToLog(now: now).isEmpty)
        _ = try data.undo(muted.inverse)
        #expect(try data.meetingsToLog(now: now) == meetings)
    }

    /// Logged from another shell while this screen still lists the meeting: a dismiss from it
    /// keeps the log and its link to the interaction.
    @Test func aDismissAfterALogElsewhereKeepsTheLog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (database, data) = try setUp(folder)
        try check(data)
        let meeting = try #require(try data.meetingsToLog(now: now).first)
        let interaction = Interaction(occurredAt: meeting.meeting.start, colleagueIDs: [1], direction: .mutual, kind: .meeting, minutes: 30)
        let elsewhere = try AppDatabase(path: database.path).logMeeting(interaction, for: meeting, at: now)
        _ = try data.apply(.decideMeeting(meeting, .dismissed), now: now)
        let row = try DatabaseQueue(path: database.path).read { db in
            try Row.fetchOne(db, sql: "SELECT decision, interaction_id FROM meeting_decision")
        }
        #expect(row?["decision"] as String? == "logged")
        #expect(row?["interaction_id"] as Int64? == elsewhere.id)
    }

    @Test func aBriefForTheMeetingNamesItsColleaguesAndWhoElseWasThere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, data) = try setUp(folder)
        try check(data)
        let meeting = try #require(try data.meetingsToLog(now: now).first)
        let brief = try #require(try data.brief(.meeting(meeting), now: now))
        #expect(brief.people.map(\.colleague.name) == ["Anna Kowalczyk"])
        #expect(brief.others.map(\.email) == ["me@example.com"], "the user's own address is not known here: no `calendar me`")
        #expect(try data.brief(.nextMeeting, now: now) == nil, "nothing ahead")
    }
}

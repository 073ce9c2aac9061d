import Foundation
import GRDB
import PeerNetwork

/// A calendar the user added, and whether its private events may become prompts.
public struct CalendarSourceSetting: Equatable, Sendable {
    public var path: String
    public var includePrivate: Bool

    public init(path: String, includePrivate: Bool) {
        self.path = path
        self.includePrivate = includePrivate
    }
}

/// Calendars, the user's own addresses, the prompt rules, and what was decided about each
/// meeting. Only keys, ends, lengths and colleague ids are kept: never a title or an address
/// from a calendar.
extension AppDatabase {
    static let meetingWindowKey = "calendar.window_days"
    static let meetingAttendeesKey = "calendar.attendees"

    public func calendarSources() throws -> [CalendarSourceSetting] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT path, include_private FROM calendar_source ORDER BY added_at, path").map {
                CalendarSourceSetting(path: $0["path"], includePrivate: $0["include_private"])
            }
        }
    }

    /// Adds sources, or changes whether they include private events: all in one transaction, or
    /// none. Returns, for each, whether it changed anything (a source already read the same way
    /// does not).
    @discardableResult
    public func addCalendarSources(_ sources: [CalendarSourceSetting], at now: Date) throws -> [Bool] {
        try write { db in
            try sources.map { source in
                try db.execute(
                    sql: """
                        INSERT INTO calendar_source (path, include_private, added_at) VALUES (?, ?, ?)
                        ON CONFLICT(path) DO UPDATE SET include_private = excluded.include_private
                        WHERE include_private IS NOT excluded.include_private
                        """,
                    arguments: [source.path, source.includePrivate, now.timeIntervalSince1970])
                return db.changesCount > 0
            }
        }
    }

    /// Whether there was such a source. Its decisions stay, so adding it again prompts for nothing twice.
    public func removeCalendarSource(_ path: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM calendar_source WHERE path = ?", arguments: [path])
            return db.changesCount > 0
        }
    }

    public func setCalendarAddresses(_ emails: [String]) throws {
        try write { db in
            let wanted = Set(emails.map { $0.lowercased() })
            let stored = Set(try String.fetchAll(db, sql: "SELECT email FROM calendar_address"))
            for email in stored.subtracting(wanted) {
                try db.execute(sql: "DELETE FROM calendar_address WHERE email = ?", arguments: [email])
            }
            for email in wanted.subtracting(stored) {
                try db.execute(sql: "INSERT INTO calendar_address (email) VALUES (?)", arguments: [email])
            }
        }
    }

    public func meetingRules() throws -> MeetingRules {
        try read { db in
            var rules = MeetingRules(myAddresses: Set(try String.fetchAll(db, sql: "SELECT lower(email) FROM calendar_address")))
            if let days = try Self.setting(Self.meetingWindowKey, in: db).flatMap(Int.init) { rules.windowDays = days }
            if let range = try Self.setting(Self.meetingAttendeesKey, in: db).flatMap(Self.attendeeRange) { rules.attendees = range }
            return rules
        }
    }

    public func setMeetingWindow(days: Int) throws {
        guard (1...60).contains(days) else { throw StoreError.invalid("the window is 1 to 60 days, not \(days)") }
        try write { try Self.setSetting(Self.meetingWindowKey, String(days), in: $0) }
    }

    public func setMeetingAttendees(_ range: ClosedRange<Int>) throws {
        guard range.lowerBound >= 2, range.upperBound <= 500 else {
            throw StoreError.invalid("a meeting has 2 to 500 people, not \(range.lowerBound)-\(range.upperBound)")
        }
        try write { try Self.setSetting(Self.meetingAttendeesKey, "\(range.lowerBound)-\(range.upperBound)", in: $0) }
    }

    /// `2-8` as a range.
    public static func attendeeRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, parts[0] <= parts[1] else { return nil }
        return parts[0]...parts[1]
    }

    /// Every active colleague's addresses (an email field may hold several), lower-cased.
    public func colleagueAddresses() throws -> [String: (id: ColleagueID, name: String)] {
        try read { db in
            var addresses: [String: (id: ColleagueID, name: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name, email FROM colleague WHERE email != '' AND archived = 0 ORDER BY id") {
                for address in MeetingToLog.addresses(in: row["email"]) where addresses[address] == nil {
                    addresses[address] = (row["id"], row["name"])
                }
            }
            return addresses
        }
    }

    /// The occurrences decided since `since`, and the muted series as (source, uid).
    public func meetingDecisions(since: Date) throws -> (decided: Set<MeetingKey>, mutedSeries: Set<[String]>) {
        try read { db in
            var decided = Set<MeetingKey>()
            var muted = Set<[String]>()
            let rows = try Row.fetchAll(
                db, sql: "SELECT source, uid, recurrence, decision FROM meeting_decision WHERE ended_at >= ? OR decision = 'muted'",
                arguments: [since.timeIntervalSince1970])
            for row in rows {
                decided.insert(MeetingKey(source: row["source"], uid: row["uid"], recurrence: row["recurrence"]))
                if row["decision"] as String == "muted" { muted.insert([row["source"], row["uid"]]) }
            }
            return (decided, muted)
        }
    }

    /// Records a decision about one meeting. Logging one goes through `logMeeting`.
    public func decideMeeting(_ meeting: MeetingToLog, _ decision: MeetingDecision, at now: Date) throws {
        try write { db in try Self.record(meeting, decision, at: now, in: db) }
    }

    /// Logs a meeting and records it as logged, in one transaction.
    public func logMeeting(_ interaction: Interaction, for meeting: MeetingToLog, at now: Date) throws -> Interaction {
        try Self.validate(interaction)
        return try write { db in
            let logged = try Self.insert(interaction, in: db)
            try Self.record(meeting, .logged(logged.id!), at: now, in: db)
            return logged
        }
    }

    private static func record(_ meeting: MeetingToLog, _ decision: MeetingDecision, at now: Date, in db: Database) throws {
        let interaction: InteractionID? = if case .logged(let id) = decision { id } else { nil }
        let key = meeting.meeting.key
        try db.execute(
            sql: """
                INSERT INTO meeting_decision (source, uid, recurrence, decision, interaction_id, ended_at, minutes, colleague_ids, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source, uid, recurrence) DO UPDATE SET decision = excluded.decision, interaction_id = excluded.interaction_id,
                    decided_at = excluded.decided_at
                -- Logged stays logged: a dismiss from a screen that had not yet seen a log made in
                -- another shell must not drop the link to its interaction.
                WHERE meeting_decision.decision != 'logged'
                """,
            arguments: [
                key.source, key.uid, key.recurrence, decision.name, interaction, meeting.meeting.end.timeIntervalSince1970,
                meeting.meeting.minutes, meeting.colleagues.map { String($0.id) }.joined(separator: " "), now.timeIntervalSince1970,
            ])
    }
}

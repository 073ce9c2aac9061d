import Foundation
import GRDB
import PeerNetwork

/// User settings in the `setting` table: the weekly help budget and the day weeks start on.
extension AppDatabase {
    static let weeklyBudgetKey = "weekly_budget_hours"
    static let weekStartKey = "week_start"
    static let organisationKey = "organisation"

    static func setSetting(_ key: String, _ value: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO setting (key, value) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value
                """,
            arguments: [key, value])
    }

    static func setting(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
    }

    public func setWeeklyBudget(hours: Double) throws {
        try write { try Self.setWeeklyBudget(hours: hours, in: $0) }
    }

    static func setWeeklyBudget(hours: Double, in db: Database) throws {
        guard HelpBudget.allowedWeeklyHours.contains(hours) else { throw StoreError.invalid("a weekly budget is 0 to 168 hours, not \(hours)") }
        try setSetting(weeklyBudgetKey, String(hours), in: db)
    }

    /// Whether the user set a weekly budget of their own (else the default applies).
    public func hasWeeklyBudget() throws -> Bool {
        try read { db in try Self.setting(Self.weeklyBudgetKey, in: db) != nil }
    }

    static func weeklyBudgetHours(in db: Database) throws -> Double {
        try setting(weeklyBudgetKey, in: db).flatMap(Double.init) ?? HelpBudget.defaultWeeklyHours
    }

    /// The user's own organisation; empty when not set (then everyone counts as theirs).
    public func organisation() throws -> String {
        try read { db in try Self.setting(Self.organisationKey, in: db) ?? "" }
    }

    public func setOrganisation(_ name: String) throws {
        let name = name.trimmed
        try write { db in
            if name.isEmpty {
                try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Self.organisationKey])
            } else {
                try Self.setSetting(Self.organisationKey, name, in: db)
            }
        }
    }

    public func setWeekStart(_ start: WeekStart) throws {
        try write { try Self.setSetting(Self.weekStartKey, start.name, in: $0) }
    }

    public func weekStart() throws -> WeekStart {
        try read { try Self.weekStart(in: $0) }
    }

    static func weekStart(in db: Database) throws -> WeekStart {
        try setting(weekStartKey, in: db).flatMap(WeekStart.init(parsing:)) ?? .default
    }

    /// The calendar the budget and the review count weeks in: the user's week start, local time.
    public func weekCalendar() throws -> Calendar { try weekStart().calendar() }

    /// This week's help budget: minutes of exchanges where the user gave, since the week began.
    public func helpBudget(now: Date, calendar: Calendar? = nil) throws -> HelpBudget {
        let week = Week.containing(now, calendar: try calendar ?? weekCalendar())
        return try read { db in
            let used = try Int.fetchOne(
                db,
                sql: """
                    SELECT IFNULL(SUM(minutes), 0) FROM interaction
                    WHERE direction = 'gave' AND occurred_at >= ? AND occurred_at < ?
                    """,
                arguments: [week.start.timeIntervalSince1970, week.end.timeIntervalSince1970]) ?? 0
            return HelpBudget(weeklyHours: try Self.weeklyBudgetHours(in: db), usedMinutes: used)
        }
    }
}

extension AppDatabase {
    /// The team this network belongs to: libpq's connection string, without the password
    /// (`~/.pgpass` holds it), and the team's name.
    public struct TeamConnection: Equatable, Sendable {
        public var conninfo: String
        public var team: String

        public init(conninfo: String, team: String) {
            self.conninfo = conninfo
            self.team = team
        }
    }

    public func teamConnection() throws -> TeamConnection? {
        try read { db in
            guard let conninfo = try Self.setting("team.conninfo", in: db), let team = try Self.setting("team.name", in: db) else { return nil }
            return TeamConnection(conninfo: conninfo, team: team)
        }
    }

    /// Stores the team connection, or forgets it (nil).
    public func setTeamConnection(_ connection: TeamConnection?) throws {
        try write { db in
            if let connection {
                try Self.setSetting("team.conninfo", connection.conninfo, in: db)
                try Self.setSetting("team.name", connection.team, in: db)
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key IN ('team.conninfo', 'team.name')")
            }
        }
    }
}

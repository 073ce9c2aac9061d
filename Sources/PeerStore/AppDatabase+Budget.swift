import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    static let weeklyBudgetKey = "weekly_budget_hours"

    public func setWeeklyBudget(hours: Double) throws {
        guard hours.isFinite, hours >= 0, hours <= 168 else {
            throw StoreError.invalid("a weekly budget is 0 to 168 hours, not \(hours)")
        }
        try write { db in
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [Self.weeklyBudgetKey, String(hours)])
        }
    }

    /// This week's help budget: minutes of exchanges where the user gave, since the week began.
    public func helpBudget(now: Date, calendar: Calendar = .iso8601Local) throws -> HelpBudget {
        let week = Week.containing(now, calendar: calendar)
        return try writer.read { db in
            let hours = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Self.weeklyBudgetKey])
                .flatMap(Double.init) ?? HelpBudget.defaultWeeklyHours
            let used = try Int.fetchOne(
                db,
                sql: """
                    SELECT IFNULL(SUM(minutes), 0) FROM interaction
                    WHERE direction = 'gave' AND occurred_at >= ? AND occurred_at < ?
                    """,
                arguments: [week.start.timeIntervalSince1970, week.end.timeIntervalSince1970]) ?? 0
            return HelpBudget(weeklyHours: hours, usedMinutes: used)
        }
    }
}

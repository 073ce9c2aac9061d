import Foundation
import GRDB
import PeerNetwork

/// The weekly review: decisions on insights, declared departments, and the review's input.
extension AppDatabase {
    /// Records a decision, replacing any earlier one for the same insight, and returns the
    /// earlier one so the change can be undone. `keeping` marks a promise kept in the same
    /// transaction (done on a promise item).
    @discardableResult
    public func decide(_ decision: ReviewDecision, keeping promiseID: PromiseID? = nil) throws -> ReviewDecision? {
        try write { db in
            let previous = try Self.decision(decision.key, in: db)
            try Self.store(decision, in: db)
            if let promiseID {
                try db.execute(sql: "UPDATE promise SET kept_at = ? WHERE id = ?", arguments: [decision.decidedAt.timeIntervalSince1970, promiseID])
            }
            return previous
        }
    }

    /// Forgets the decision on an insight, so it is back in the queue; returns what it was.
    @discardableResult
    public func forgetDecision(_ key: String) throws -> ReviewDecision? {
        try write { db in
            let previous = try Self.decision(key, in: db)
            try db.execute(sql: "DELETE FROM review_decision WHERE key = ?", arguments: [key])
            return previous
        }
    }

    private static func store(_ decision: ReviewDecision, in db: Database) throws {
        try db.execute(
            // An upsert, not INSERT OR REPLACE: a replace deletes without firing the triggers undo records with.
            sql: """
                INSERT INTO review_decision (key, choice, decided_at, until) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET choice = excluded.choice, decided_at = excluded.decided_at, until = excluded.until
                """,
            arguments: [decision.key, decision.choice.rawValue, decision.decidedAt.timeIntervalSince1970,
                        decision.until?.timeIntervalSince1970])
    }

    private static func decision(_ key: String, in db: Database) throws -> ReviewDecision? {
        try Row.fetchOne(db, sql: "SELECT * FROM review_decision WHERE key = ?", arguments: [key]).flatMap { $0.decision() }
    }

    public func decisions() throws -> [ReviewDecision] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM review_decision ORDER BY key").compactMap { $0.decision() } }
    }

    public func declareDepartment(_ name: String) throws {
        guard !name.trimmed.isEmpty else { throw StoreError.invalid("a department needs a name") }
        try write { db in try db.execute(sql: "INSERT OR IGNORE INTO department (name) VALUES (?)", arguments: [name.trimmed]) }
    }

    public func forgetDepartment(_ name: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM department WHERE name = ?", arguments: [name.trimmed])
            guard db.changesCount > 0 else { throw StoreError.invalid("'\(name)' is not a declared department") }
        }
    }

    public func declaredDepartments() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM department ORDER BY name") }
    }

    /// Everything the review rules read, as of `now`: nothing after it counts, so a past
    /// week's review sees the log as it was then (ratings and stances are today's).
    public func reviewInput(now: Date) throws -> ReviewInput {
        try read { db in
            let at = now.timeIntervalSince1970
            var history: [ColleagueID: [RatingChange]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT r.* FROM rating_change r JOIN colleague c ON c.id = r.colleague_id
                WHERE c.archived = 0 AND r.changed_at <= ? ORDER BY r.changed_at, r.id
                """, arguments: [at]) {
                guard let dimension = RatingDimension(rawValue: row["dimension"]) else { continue }
                history[row["colleague_id"], default: []].append(
                    RatingChange(dimension: dimension, value: row["value"], changedAt: row.date("changed_at") ?? .distantPast))
            }
            let people = try Row.fetchAll(db, sql: """
                SELECT \(SQLFragments.colleagueColumns), c.created_at, c.imported_at,
                    (SELECT MAX(occurred_at) FROM participant p WHERE p.colleague_id = c.id AND p.occurred_at <= :now) AS last_contact,
                    (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
                     WHERE p.colleague_id = c.id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual') AND p.occurred_at <= :now) AS last_info
                FROM colleague c WHERE c.archived = 0 ORDER BY c.name COLLATE NOCASE, c.id
                """, arguments: ["now": at]).map { row in
                let colleague = row.colleague()
                return ReviewInput.Person(
                    colleague: colleague, addedAt: row.date("created_at") ?? now, lastContact: row.date("last_contact"),
                    lastInfoShared: row.date("last_info"), ratingHistory: history[colleague.id ?? 0] ?? [],
                    importedAt: row.date("imported_at"))
            }
            let since = at - Double(ReviewInput.historyDays) * 86_400
            // Cursors, not arrays of rows, and no notes: this is most of the time on a big log.
            var participants: [InteractionID: [ColleagueID]] = [:]
            let participantRows = try Row.fetchCursor(
                db, sql: "SELECT interaction_id, colleague_id FROM participant WHERE occurred_at >= ? AND occurred_at <= ?",
                arguments: [since, at])
            while let row = try participantRows.next() {
                participants[row[0], default: []].append(row[1])
            }
            var interactions: [Interaction] = []
            let interactionRows = try Row.fetchCursor(
                db, sql: "SELECT id, occurred_at, direction, kind, minutes, '' AS note FROM interaction WHERE occurred_at >= ? AND occurred_at <= ?",
                arguments: [since, at])
            while let row = try interactionRows.next() {
                interactions.append(row.interaction(colleagueIDs: participants[row["id"]] ?? []))
            }
            return ReviewInput(
                people: people, interactions: interactions,
                needs: try Row.fetchAll(db, sql: "SELECT * FROM need WHERE created_at <= ? AND (closed_at IS NULL OR closed_at > ?)", arguments: [at, at]).map { $0.need() },
                promises: try Row.fetchAll(db, sql: "SELECT * FROM promise WHERE created_at <= ? AND (kept_at IS NULL OR kept_at > ?)", arguments: [at, at]).map { $0.promise() },
                departments: try String.fetchAll(db, sql: "SELECT name FROM department UNION SELECT team FROM colleague WHERE team != ''"),
                weeklyBudgetHours: try Self.weeklyBudgetHours(in: db),
                decisions: try Row.fetchAll(db, sql: "SELECT * FROM review_decision").compactMap { $0.decision() })
        }
    }

    /// The weekly review as of `now`, in the user's week calendar.
    public func review(now: Date, calendar: Calendar? = nil) throws -> Review {
        Review.build(try reviewInput(now: now), now: now, calendar: try calendar ?? weekCalendar())
    }
}

extension Row {
    func decision() -> ReviewDecision? {
        guard let choice = ReviewDecision.Choice(rawValue: self["choice"]) else { return nil }
        return ReviewDecision(key: self["key"], choice: choice, decidedAt: date("decided_at") ?? .distantPast, until: date("until"))
    }
}

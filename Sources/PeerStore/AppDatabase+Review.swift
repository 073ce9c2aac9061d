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

    static func store(_ decision: ReviewDecision, in db: Database) throws {
        try db.execute(
            // An upsert, not INSERT OR REPLACE: a replace deletes without firing the triggers undo records with.
            sql: """
                INSERT INTO review_decision (key, choice, decided_at, until) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET choice = excluded.choice, decided_at = excluded.decided_at, until = excluded.until
                WHERE (choice, decided_at, until) IS NOT (excluded.choice, excluded.decided_at, excluded.until)
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
        try write { db in try Self.declareDepartment(name, in: db) }
    }

    static func declareDepartment(_ name: String, in db: Database) throws {
        guard !name.trimmed.isEmpty else { throw StoreError.invalid("a department needs a name") }
        try UnstorableText.check(["department": name])
        try db.execute(sql: "INSERT OR IGNORE INTO department (name) VALUES (?)", arguments: [name.trimmed])
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
    /// week's review sees the log as it was then (ratings and stances are today's). The
    /// present is read from the running totals; only a past week goes back to the log.
    public func reviewInput(now: Date, calendar: Calendar) throws -> ReviewInput {
        try read { db in try Self.reviewInput(now: now, calendar: calendar, in: db) }
    }

    private static func reviewInput(now: Date, calendar: Calendar, in db: Database) throws -> ReviewInput {
        let at = now.timeIntervalSince1970
        let week = Week.containing(now, calendar: calendar)
        let own = try setting(organisationKey, in: db) ?? ""
        var input = ReviewInput(
            people: try people(now: now, in: db),
            helpGivenThisWeek: Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT colleague_id, IFNULL(SUM(minutes), 0) AS minutes FROM participant
                WHERE occurred_at >= ? AND occurred_at <= ? AND direction = 'gave' GROUP BY colleague_id
                """, arguments: [week.start.timeIntervalSince1970, at]).map { ($0["colleague_id"] as ColleagueID, $0["minutes"] as Int) }),
            weeks: try week.lastWeeks(Review.chartWeeks, calendar: calendar).map { chartWeek in
                try Self.totals(of: chartWeek, through: now, calendar: calendar, in: db)
            },
            lastGiven: try Double.fetchOne(db, sql: """
                SELECT occurred_at FROM interaction WHERE occurred_at <= ? AND direction = 'gave' ORDER BY occurred_at DESC LIMIT 1
                """, arguments: [at]).map(Date.init(timeIntervalSince1970:)),
            needs: try Row.fetchAll(db, sql: "SELECT * FROM need WHERE created_at <= ? AND (closed_at IS NULL OR closed_at > ?)", arguments: [at, at]).map { $0.need() },
            promises: try Row.fetchAll(db, sql: "SELECT * FROM promise WHERE created_at <= ? AND (kept_at IS NULL OR kept_at > ?)", arguments: [at, at]).map { $0.promise() },
            // Partners' teams are theirs, not departments of the user's organisation.
            departments: try String.fetchAll(db, sql: """
                SELECT name FROM department UNION SELECT team FROM colleague WHERE team != ''
                AND \(SQLFragments.ownOrganisation)
                """, arguments: ["own": own]),
            weeklyBudgetHours: try Self.weeklyBudgetHours(in: db),
            decisions: try Row.fetchAll(db, sql: "SELECT * FROM review_decision").compactMap { $0.decision() })
        input.organisation = own
        return input
    }

    /// The active colleagues of `share` with their dates, balances, and what the rules need
    /// of their history, in name order.
    static func people(now: Date, in db: Database) throws -> [ReviewInput.Person] {
        let at = now.timeIntervalSince1970
        let later = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM interaction WHERE occurred_at > ?)", arguments: [at]) ?? false
        let decay = Balance.decay(at: now)
        // A cursor reads each value straight from SQLite; fetchAll would copy every row first.
        let statement = try db.makeStatement(sql: """
            SELECT \(SQLFragments.colleagueColumnsWithoutTags), \(SQLFragments.statsColumns), s.last_info, c.created_at, c.imported_at
            FROM colleague c JOIN \(later ? "(\(ExchangeStats.asOfNow))" : "colleague_stats") s ON s.colleague_id = c.id
            WHERE c.archived = 0 ORDER BY c.folded_name, c.id
            """)
        let rows = try Row.fetchCursor(statement, arguments: ["now": at])
        var people: [ReviewInput.Person] = []
        // Growing by doubling would copy 10,000 people several times over.
        people.reserveCapacity((try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM colleague") ?? 0) + 1)
        let tags = try Self.tagsByColleague(in: db)
        let columns = ColleagueColumns(statement)
        while let row = try rows.next() {
            var colleague = row.colleague(at: columns)
            if let id = colleague.id, let theirs = tags[id] { colleague.tags = theirs.sorted() }
            people.append(ReviewInput.Person(
                colleague: colleague, addedAt: row.date("created_at") ?? now, lastContact: row.date("last_contact"),
                lastInfoShared: row.date("last_info"), importedAt: row.date("imported_at"), balance: row.balance(decay: decay)))
        }
        try Self.countWindows(of: &people, now: now, in: db)
        try Self.readRatingHistory(of: &people, now: now, in: db)
        return people
    }

    /// Every colleague's tags, in one pass over the table.
    static func tagsByColleague(in db: Database) throws -> [ColleagueID: [String]] {
        var tags: [ColleagueID: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT colleague_id, tag FROM colleague_tag ORDER BY colleague_id")
        while let row = try rows.next() { tags[row["colleague_id"], default: []].append(row["tag"]) }
        return tags
    }

    /// The window counts of those whose balance they can tip (`Balance.windowCountsMatter`).
    private static func countWindows(of people: inout [ReviewInput.Person], now: Date, in db: Database) throws {
        let counted = people.indices.filter { people[$0].balance.windowCountsMatter }
        guard !counted.isEmpty else { return }
        let place = Dictionary(counted.compactMap { index in people[index].colleague.id.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchCursor(db, sql: SQLFragments.windowTotals(
            over: "participant w WHERE w.colleague_id IN (SELECT value FROM json_each(:ids)) AND w.occurred_at >= :start AND w.occurred_at <= :now",
            perColleague: true),
            arguments: [
                "ids": SQLFragments.jsonArray(Array(place.keys)),
                "start": now.timeIntervalSince1970 - Double(Balance.defaultWindowDays) * 86_400, "now": now.timeIntervalSince1970,
            ])
        while let row = try rows.next() {
            guard let index = place[row["colleague_id"]], let counts = row.windowCounts() else { continue }
            counts.fill(&people[index].balance)
        }
    }

    /// Everyone's rating history up to `now`: the store reads what the rules may use, and
    /// leaves deciding who needs it to them.
    private static func readRatingHistory(of people: inout [ReviewInput.Person], now: Date, in db: Database) throws {
        var history: [ColleagueID: [RatingChange]] = [:]
        // In the index's order, each colleague's in time order, with no sort of the whole table.
        let statement = try db.makeStatement(sql: """
            SELECT colleague_id, dimension, value, changed_at FROM rating_change WHERE changed_at <= ? ORDER BY colleague_id, changed_at, id
            """)
        let rows = try Row.fetchCursor(statement, arguments: [now.timeIntervalSince1970])
        let column = { (name: String) in statement.index(ofColumn: name)! }
        let (colleagueID, dimensionAt, value, changedAt) = (column("colleague_id"), column("dimension"), column("value"), column("changed_at"))
        // Rows come a colleague at a time: each colleague's list is built whole, then stored once.
        var current: (id: ColleagueID, changes: [RatingChange])?
        while let row = try rows.next() {
            guard let dimension = RatingDimension(rawValue: row[dimensionAt]) else { continue }
            let id: ColleagueID = row[colleagueID]
            if current?.id != id {
                if let done = current { history[done.id] = done.changes }
                current = (id, [])
            }
            current?.changes.append(RatingChange(dimension: dimension, value: row[value], changedAt: Date(timeIntervalSince1970: row[changedAt])))
        }
        if let done = current { history[done.id] = done.changes }
        for index in people.indices { people[index].ratingHistory = people[index].colleague.id.flatMap { history[$0] } ?? [] }
    }

    /// One chart week's totals, a range of the log's time index.
    private static func totals(of week: Week, through now: Date, calendar: Calendar, in db: Database) throws -> WeekTotals {
        var totals = WeekTotals(label: week.label(calendar: calendar), start: week.start)
        try ExchangeCounts.counted(
            from: week.start.timeIntervalSince1970, to: week.end.timeIntervalSince1970, through: now.timeIntervalSince1970, in: db
        )?.fill(&totals)
        return totals
    }
}

extension Row {
    func decision() -> ReviewDecision? {
        guard let choice = ReviewDecision.Choice(rawValue: self["choice"]) else { return nil }
        return ReviewDecision(key: self["key"], choice: choice, decidedAt: date("decided_at") ?? .distantPast, until: date("until"))
    }
}

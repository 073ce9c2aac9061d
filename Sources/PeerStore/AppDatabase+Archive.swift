import Foundation
import GRDB
import PeerNetwork

/// Whole-network export and restore, and contact imports.
extension AppDatabase {
    /// Each colleague in id order, read one at a time (an import matches against them all).
    public func forEachColleague(_ body: (Colleague) throws -> Void) throws {
        try read { db in
            let statement = try db.makeStatement(sql: "SELECT \(SQLFragments.colleagueColumns) FROM colleague c ORDER BY c.id")
            let rows = try Row.fetchCursor(statement)
            let columns = ColleagueColumns(statement)
            while let row = try rows.next() { try body(row.colleague(at: columns)) }
        }
    }

    /// Writes a staged import in one transaction: all of it, or nothing. Colleagues it creates
    /// are marked as imported at `now`, so the review can ask for their ratings; a colleague it
    /// updates keeps everything an import does not carry (ratings, stance, agenda...).
    public func apply(_ staging: ImportStaging, at now: Date) throws {
        try write { db in
            // New colleagues go in a few hundred at a time: many rows to a statement, and never
            // all of them in memory at once.
            var created: [Colleague] = []
            func insertCreated() throws {
                _ = try Self.insert(created, at: now, importedAt: now, in: db)
                created.removeAll(keepingCapacity: true)
            }
            try staging.forEachOutcome { outcome in
                switch outcome {
                case .create(let colleague, _):
                    created.append(colleague)
                    if created.count == 512 { try insertCreated() }
                case .update(_, let incoming, _, _):
                    guard let id = incoming.id, var colleague = try Self.fetchColleague(id, in: db) else { return }
                    colleague.name = incoming.name
                    colleague.role = incoming.role
                    colleague.team = incoming.team
                    colleague.organisation = incoming.organisation
                    colleague.email = incoming.email
                    colleague.tags = incoming.tags
                    colleague.notes = incoming.notes
                    colleague.uid = incoming.uid
                    // Updates join this transaction.
                    try updateColleague(colleague, at: now)
                case .unchanged, .skip: break
                }
            }
            try insertCreated()
        }
    }

    /// The whole network; without its interactions when `withInteractions` is false (a vCard or
    /// a colleague CSV of 10,000 people read a million exchanges for nothing: 9.5 s).
    public func archive(withInteractions: Bool = true) throws -> NetworkArchive {
        try read { db in
            var ratings: [ColleagueID: [RatingChange]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM rating_change ORDER BY changed_at, id") {
                guard let dimension = RatingDimension(rawValue: row["dimension"]) else { continue }
                ratings[row["colleague_id"], default: []].append(RatingChange(dimension: dimension, value: row["value"], changedAt: row.date("changed_at") ?? .distantPast))
            }
            var stances: [ColleagueID: [StanceChange]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM stance_change ORDER BY changed_at, id") {
                stances[row["colleague_id"], default: []].append(
                    StanceChange(stance: Stance(rawValue: row["stance"]) ?? .unknown, changedAt: row.date("changed_at") ?? .distantPast))
            }
            let people = try Row.colleagueRows(db, sql: "SELECT \(SQLFragments.colleagueColumns), c.created_at, c.imported_at FROM colleague c ORDER BY c.id") { row, columns in
                let colleague = row.colleague(at: columns)
                return NetworkArchive.Person(
                    colleague: colleague, createdAt: row.date("created_at") ?? .distantPast, importedAt: row.date("imported_at"),
                    ratingHistory: ratings[colleague.id!] ?? [], stanceHistory: stances[colleague.id!] ?? [])
            }
            var participants: [InteractionID: [ColleagueID]] = [:]
            if withInteractions {
                for row in try Row.fetchAll(db, sql: "SELECT interaction_id, colleague_id FROM participant ORDER BY interaction_id, colleague_id") {
                    participants[row["interaction_id"], default: []].append(row["colleague_id"])
                }
            }
            return NetworkArchive(
                people: people,
                interactions: withInteractions
                    ? try Row.fetchAll(db, sql: "SELECT * FROM interaction ORDER BY id").map { $0.interaction(colleagueIDs: participants[$0["id"]] ?? []) }
                    : [],
                needs: try Row.fetchAll(db, sql: "SELECT * FROM need ORDER BY id").map { $0.need() },
                promises: try Row.fetchAll(db, sql: "SELECT * FROM promise ORDER BY id").map { $0.promise() },
                decisions: try Row.fetchAll(db, sql: "SELECT * FROM review_decision ORDER BY key").compactMap { $0.decision() },
                departments: try String.fetchAll(db, sql: "SELECT name FROM department ORDER BY name"),
                weeklyBudgetHours: try Self.setting(Self.weeklyBudgetKey, in: db).flatMap(Double.init),
                weekStart: try Self.setting(Self.weekStartKey, in: db).flatMap(WeekStart.init(parsing:)))
        }
    }

    /// Puts a whole network into this database, with its ids, in one transaction: a JSON
    /// export, the demo, or the benchmark's network. Only into an empty database: a restore
    /// never mixes two networks. The triggers' totals are worked out once at the end
    /// (`TriggerFreeLoad`).
    public func restore(_ archive: NetworkArchive) throws {
        try write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM colleague") ?? 0
            guard existing == 0 else {
                throw StoreError.invalid("a Rapport export restores into an empty database, and \(path) has \(Plural.count(existing, "colleague")); use --db with a new file")
            }
            if try TriggerFreeLoad.applies(to: db) {
                try TriggerFreeLoad.run(in: db) { try Self.insert(archive, in: db) }
            } else {
                try Self.insert(archive, in: db)
            }
        }
    }

    static func insert(_ archive: NetworkArchive, in db: Database) throws {
        var colleagues: [[DatabaseValue]] = [], tags: [[DatabaseValue]] = [], ratings: [[DatabaseValue]] = [], stances: [[DatabaseValue]] = []
        for person in archive.people {
            var colleague = person.colleague
            guard let id = colleague.id else { throw StoreError.invalid("colleague '\(colleague.name)' has no id") }
            try validate(colleague)
            try UnstorableText.check(colleague.textFields)
            // Single-spaced, as every other path keeps a name.
            colleague.name = colleague.name.singleSpaced
            colleague.uid = colleague.uid ?? UUID().uuidString.lowercased()
            colleagues.append([id.databaseValue] + colleagueRow(colleague, createdAt: person.createdAt, importedAt: person.importedAt))
            tags += tagRows(colleague.tags, of: id)
            ratings += person.ratingHistory.map { ratingRow($0.dimension, $0.value, of: id, at: $0.changedAt) }
            stances += person.stanceHistory.map { stanceRow($0.stance, of: id, at: $0.changedAt) }
        }
        try RowInserter.insert(into: "colleague", columns: ["id"] + colleagueColumns, colleagues, in: db)
        try RowInserter.insert(into: "colleague_tag", columns: tagColumns, tags, in: db)
        try RowInserter.insert(into: "rating_change", columns: ratingColumns, ratings, in: db)
        try RowInserter.insert(into: "stance_change", columns: stanceColumns, stances, in: db)
        for interaction in archive.interactions {
            try validate(interaction)
            try UnstorableText.check(interaction.textFields)
        }
        try RowInserter.insert(
            into: "interaction", columns: ["id"] + interactionColumns, archive.interactions.map { [$0.id.databaseValue] + interactionRow($0) }, in: db)
        try insertParticipants(of: archive.interactions, in: db)
        for need in archive.needs {
            try UnstorableText.check(need.textFields)
            try db.execute(
                sql: "INSERT INTO need (id, colleague_id, what, due_at, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [need.id, need.colleagueID, need.what, need.dueAt.timeIntervalSince1970, need.createdAt.timeIntervalSince1970,
                            need.closedAt?.timeIntervalSince1970])
        }
        for promise in archive.promises {
            try UnstorableText.check(promise.textFields)
            try db.execute(
                sql: "INSERT INTO promise (id, colleague_id, direction, what, due_at, created_at, kept_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [promise.id, promise.colleagueID, promise.direction.rawValue, promise.what, promise.dueAt?.timeIntervalSince1970,
                            promise.createdAt.timeIntervalSince1970, promise.keptAt?.timeIntervalSince1970])
        }
        for decision in archive.decisions { try store(decision, in: db) }
        for department in archive.departments { try declareDepartment(department, in: db) }
        if let hours = archive.weeklyBudgetHours { try setWeeklyBudget(hours: hours, in: db) }
        if let start = archive.weekStart { try setSetting(weekStartKey, start.name, in: db) }
    }
}

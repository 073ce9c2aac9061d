import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    @discardableResult
    public func logInteraction(_ interaction: Interaction) throws -> Interaction {
        try Self.validate(interaction)
        return try write { db in try Self.insert(interaction, in: db) }
    }

    /// Several interactions in one transaction: all of them or none.
    @discardableResult
    public func logInteractions(_ interactions: [Interaction]) throws -> [Interaction] {
        for interaction in interactions { try Self.validate(interaction) }
        return try write { db in try Self.insert(interactions, in: db) }
    }

    /// Many interactions and their people, rows at a time (`RowInserter`).
    static func insert(_ interactions: [Interaction], in db: Database) throws -> [Interaction] {
        for interaction in interactions { try UnstorableText.check(interaction.textFields) }
        let ids = try RowInserter.insert(into: "interaction", columns: interactionColumns, interactions.map(interactionRow), in: db)
        let saved = zip(interactions, ids).map { interaction, id in
            var row = interaction
            row.id = id
            return row
        }
        try insertParticipants(of: saved, in: db)
        return saved
    }

    /// Every column an interaction is stored in, in the order of `interactionRow`.
    static let interactionColumns = ["occurred_at", "direction", "kind", "minutes", "note"]

    static func interactionRow(_ interaction: Interaction) -> [DatabaseValue] {
        [
            interaction.occurredAt.timeIntervalSince1970.databaseValue, interaction.direction.rawValue.databaseValue,
            interaction.kind.rawValue.databaseValue, interaction.minutes.databaseValue, interaction.note.databaseValue,
        ]
    }

    static func insert(_ interaction: Interaction, in db: Database) throws -> Interaction {
        try insert([interaction], in: db)[0]
    }

    /// Saves the interaction's fields and people; what would stay the same is not written. Given `base`, the
    /// interaction as read when the edit began, only what the edit changed is saved
    /// (`Interaction.edits(from:onto:)`).
    public func updateInteraction(_ edited: Interaction, editedFrom base: Interaction? = nil) throws {
        guard let id = edited.id else { throw StoreError.invalid("interaction has no id") }
        try write { db in
            guard let before = try Self.fetchInteraction(id, in: db) else { throw StoreError.interactionNotFound(id) }
            var interaction = edited
            if let base {
                interaction = try Self.merged(edited, from: base, onto: before)
            }
            try Self.validate(interaction)
            try UnstorableText.check(interaction.textFields)
            var row = interaction
            row.colleagueIDs = before.colleagueIDs
            guard row != before || Set(interaction.colleagueIDs) != Set(before.colleagueIDs) else { return }
            try db.execute(
                sql: "UPDATE interaction SET occurred_at = ?, direction = ?, kind = ?, minutes = ?, note = ? WHERE id = ?",
                arguments: [
                    interaction.occurredAt.timeIntervalSince1970, interaction.direction.rawValue,
                    interaction.kind.rawValue, interaction.minutes, interaction.note, id,
                ])
            // Each participant row carries the exchange's time, direction and minutes, from which
            // the triggers keep the running totals: they are written again with it.
            try db.execute(sql: "DELETE FROM participant WHERE interaction_id = ?", arguments: [id])
            try Self.insertParticipants(of: [interaction], in: db)
        }
    }

    public func deleteInteraction(_ id: InteractionID) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM interaction WHERE id = ?", arguments: [id])
            guard db.changesCount > 0 else { throw StoreError.interactionNotFound(id) }
        }
    }

    /// Every interaction's people. A colleague that does not exist fails the whole write, named.
    static func insertParticipants(of interactions: [Interaction], in db: Database) throws {
        let pairs = interactions.flatMap { interaction in Set(interaction.colleagueIDs).sorted().map { (interaction, $0) } }
        do {
            try RowInserter.insert(
                into: "participant", columns: ["interaction_id", "colleague_id", "occurred_at", "direction", "minutes"],
                pairs.map { interaction, colleagueID in
                    [
                        interaction.id.databaseValue, colleagueID.databaseValue, interaction.occurredAt.timeIntervalSince1970.databaseValue,
                        interaction.direction.rawValue.databaseValue, interaction.minutes.databaseValue,
                    ]
                }, in: db)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            let known = try Set(Int64.fetchAll(db, sql: "SELECT id FROM colleague"))
            throw StoreError.colleagueNotFound(.id(pairs.map(\.1).first { !known.contains($0) } ?? pairs[0].1))
        }
    }

    static func validate(_ interaction: Interaction) throws {
        if interaction.colleagueIDs.isEmpty { throw StoreError.invalid("an interaction needs at least one colleague") }
        if let minutes = interaction.minutes, !Interaction.allowedMinutes.contains(minutes) {
            throw StoreError.invalid("an interaction lasts 1 minute to 24 hours, not \(minutes) minutes")
        }
    }

    /// The latest information the user shared with them (an `info` exchange they gave or that went both ways).
    public func lastInformationShared(with colleagueID: ColleagueID) throws -> Interaction? {
        try read { db in
            try Self.timeline(
                in: db, from: "interaction i",
                ["i.id IN (SELECT interaction_id FROM participant WHERE colleague_id = ?)", "i.kind = 'info'", "i.direction IN ('gave', 'mutual')"],
                [colleagueID], limit: 1
            ).first
        }
    }

    /// A page of the timeline, newest first. Pass the last row's time and id as `before` to get
    /// the next page; `matching` filters on the note, colleague names and kind. `window`: how
    /// many of the newest exchanges a filtered page looks through before it scans them all.
    public func interactions(
        of colleagueID: ColleagueID? = nil, matching filter: String = "", before: (Date, InteractionID)? = nil,
        limit: Int = 100, window: Int = AppDatabase.filterWindow
    ) throws -> [Interaction] {
        try read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if let colleagueID {
                conditions.append("i.id IN (SELECT interaction_id FROM participant WHERE colleague_id = ?)")
                _ = arguments.append(contentsOf: [colleagueID])
            }
            if let (date, id) = before {
                conditions.append("(i.occurred_at < ? OR (i.occurred_at = ? AND i.id < ?))")
                _ = arguments.append(contentsOf: [date.timeIntervalSince1970, date.timeIntervalSince1970, id])
            }
            let filter = filter.trimmed
            guard !filter.isEmpty else { return try Self.timeline(in: db, from: "interaction i", conditions, arguments, limit: limit) }
            let pattern = "%" + Self.escapeLike(filter) + "%"
            var filtered = arguments
            _ = filtered.append(contentsOf: [pattern, pattern, pattern])
            // The colleagues whose names match are a set SQLite makes once, not a join for each
            // exchange: that made a filter matching nothing at a million exchanges 3x slower.
            let matches = """
                (i.note LIKE ? ESCAPE '\\' OR i.kind LIKE ? ESCAPE '\\' OR EXISTS (
                    SELECT 1 FROM participant p WHERE p.interaction_id = i.id
                    AND p.colleague_id IN (SELECT c.id FROM colleague c WHERE c.name LIKE ? ESCAPE '\\')))
                """
            guard colleagueID == nil else { return try Self.timeline(in: db, from: "interaction i", conditions + [matches], filtered, limit: limit) }
            // Through the time index a rare word read every exchange at random (6.8 s at a
            // million); so the newest `window` first, bounded by time, which a word in one
            // exchange of a hundred fills a page from, then every exchange in the table's own
            // order (0.3 s).
            guard let bound = try Double.fetchOne(db, sql: """
                SELECT i.occurred_at FROM interaction i \(Self.whereClause(conditions))
                ORDER BY i.occurred_at DESC LIMIT 1 OFFSET \(window - 1)
                """, arguments: arguments)
            else { return try Self.timeline(in: db, from: "interaction i", conditions + [matches], filtered, limit: limit) }
            var bounded = arguments
            _ = bounded.append(contentsOf: [bound, pattern, pattern, pattern])
            let newest = try Self.timeline(in: db, from: "interaction i", conditions + ["i.occurred_at >= ?", matches], bounded, limit: limit)
            guard newest.count < limit else { return newest }
            let names = "i.id IN (SELECT p.interaction_id FROM participant p WHERE p.colleague_id IN (SELECT c.id FROM colleague c WHERE c.name LIKE ? ESCAPE '\\'))"
            let inTableOrder = "(i.note LIKE ? ESCAPE '\\' OR i.kind LIKE ? ESCAPE '\\' OR \(names))"
            return try Self.timeline(in: db, from: "interaction i NOT INDEXED", conditions + [inTableOrder], filtered, limit: limit)
        }
    }

    /// How many of the newest exchanges a filtered timeline page looks through before it scans.
    public static let filterWindow = 20_000

    private static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    private static func timeline(
        in db: Database, from source: String, _ conditions: [String], _ arguments: StatementArguments, limit: Int
    ) throws -> [Interaction] {
        var arguments = arguments
        _ = arguments.append(contentsOf: [limit])
        return try Row.fetchAll(
            db,
            sql: "SELECT \(withPeople) FROM \(source) \(whereClause(conditions)) ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
            arguments: arguments
        ).map { $0.interactionWithPeople() }
    }

    /// An exchange's columns and its people's ids, for `Row.interactionWithPeople`.
    private static let withPeople = "i.*, (SELECT group_concat(colleague_id) FROM participant WHERE interaction_id = i.id) AS people"

    /// Which of `ids` are still in the log, in one read.
    public func existingInteractions(_ ids: [InteractionID]) throws -> Set<InteractionID> {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            Set(try InteractionID.fetchAll(db, sql: "SELECT id FROM interaction WHERE id IN (SELECT value FROM json_each(?))",
                                           arguments: [SQLFragments.jsonArray(ids)]))
        }
    }

    public func interaction(_ id: InteractionID) throws -> Interaction? {
        try read { db in try Self.fetchInteraction(id, in: db) }
    }

    static func fetchInteraction(_ id: InteractionID, in db: Database) throws -> Interaction? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM interaction WHERE id = ?", arguments: [id]) else { return nil }
        let people = try Int64.fetchAll(db, sql: "SELECT colleague_id FROM participant WHERE interaction_id = ?", arguments: [id])
        return row.interaction(colleagueIDs: people)
    }

    public func interactionCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM interaction") ?? 0 }
    }
}

extension AppDatabase {
    /// The log, newest first, for `rapport history`: interactions with any of `colleagues` (all
    /// when empty), at or after `since` and before `until`, of one `kind`. Handed to `page`
    /// `pageSize` at a time as one query reads them, in one read: a million exchanges printed
    /// need not all be in memory (they took 660 MB and ten seconds before the first line).
    public func history(
        with colleagues: [ColleagueID] = [], since: Date? = nil, until: Date? = nil, kind: InteractionKind? = nil, limit: Int? = nil,
        pageSize: Int, _ page: ([Interaction]) throws -> Void
    ) throws {
        try read { db in
            var conditions: [String] = []
            var arguments = StatementArguments()
            if !colleagues.isEmpty {
                conditions.append("i.id IN (SELECT interaction_id FROM participant WHERE colleague_id IN (\(databaseQuestionMarks(count: colleagues.count))))")
                _ = arguments.append(contentsOf: StatementArguments(colleagues))
            }
            if let since {
                conditions.append("i.occurred_at >= ?")
                _ = arguments.append(contentsOf: [since.timeIntervalSince1970])
            }
            if let until {
                conditions.append("i.occurred_at < ?")
                _ = arguments.append(contentsOf: [until.timeIntervalSince1970])
            }
            if let kind {
                conditions.append("i.kind = ?")
                _ = arguments.append(contentsOf: [kind.rawValue])
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.withPeople) FROM interaction i \(Self.whereClause(conditions))
                ORDER BY i.occurred_at DESC, i.id DESC LIMIT \(limit ?? -1)
                """, arguments: arguments)
            var batch: [Interaction] = []
            while let row = try rows.next() {
                batch.append(row.interactionWithPeople())
                if batch.count == pageSize {
                    try page(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try page(batch) }
        }
    }
}

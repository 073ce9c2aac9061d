import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    /// Every row that belongs to one colleague, so that any change to them (an edit, a rating,
    /// an archive, a delete) can be undone by putting these rows back as they were.
    public struct ColleagueSnapshot {
        let colleague: Row
        let tags: [Row]
        let ratings: [Row]
        let stances: [Row]
        let participants: [Row]
        let interactions: [Row]
        let needs: [Row]
        let promises: [Row]
    }

    public func snapshot(of id: ColleagueID) throws -> ColleagueSnapshot {
        try writer.read { db in
            guard let colleague = try Row.fetchOne(db, sql: "SELECT * FROM colleague WHERE id = ?", arguments: [id]) else {
                throw StoreError.colleagueNotFound(.id(id))
            }
            return ColleagueSnapshot(
                colleague: colleague,
                tags: try Row.fetchAll(db, sql: "SELECT * FROM colleague_tag WHERE colleague_id = ?", arguments: [id]),
                ratings: try Row.fetchAll(db, sql: "SELECT * FROM rating_change WHERE colleague_id = ?", arguments: [id]),
                stances: try Row.fetchAll(db, sql: "SELECT * FROM stance_change WHERE colleague_id = ?", arguments: [id]),
                participants: try Row.fetchAll(db, sql: "SELECT * FROM participant WHERE colleague_id = ?", arguments: [id]),
                interactions: try Row.fetchAll(
                    db, sql: "SELECT * FROM interaction WHERE id IN (SELECT interaction_id FROM participant WHERE colleague_id = ?)", arguments: [id]),
                needs: try Row.fetchAll(db, sql: "SELECT * FROM need WHERE colleague_id = ?", arguments: [id]),
                promises: try Row.fetchAll(db, sql: "SELECT * FROM promise WHERE colleague_id = ?", arguments: [id]))
        }
    }

    /// Puts a colleague back exactly as the snapshot has them, with the same ids, replacing
    /// whatever they are now (or re-creating them after a delete).
    public func restore(_ snapshot: ColleagueSnapshot) throws {
        try write { db in
            let id: Int64 = snapshot.colleague["id"]
            try db.execute(sql: "DELETE FROM colleague WHERE id = ?", arguments: [id])
            try Self.insert(snapshot.colleague, into: "colleague", in: db)
            for row in snapshot.tags { try Self.insert(row, into: "colleague_tag", in: db) }
            for row in snapshot.ratings { try Self.insert(row, into: "rating_change", in: db) }
            for row in snapshot.stances { try Self.insert(row, into: "stance_change", in: db) }
            for row in snapshot.interactions { try Self.insert(row, into: "interaction", in: db, ignoringExisting: true) }
            for row in snapshot.participants { try Self.insert(row, into: "participant", in: db) }
            for row in snapshot.needs { try Self.insert(row, into: "need", in: db) }
            for row in snapshot.promises { try Self.insert(row, into: "promise", in: db) }
        }
    }

    private static func insert(_ row: Row, into table: String, in db: Database, ignoringExisting: Bool = false) throws {
        let columns = Array(row.columnNames)
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(
            sql: "INSERT \(ignoringExisting ? "OR IGNORE " : "")INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
            arguments: StatementArguments(columns.map { row[$0] as DatabaseValue }))
    }

    /// Re-inserts a deleted interaction with its id, or puts an edited one back.
    public func restore(_ interaction: Interaction) throws {
        guard let id = interaction.id else { throw StoreError.invalid("interaction has no id") }
        try write { db in
            try db.execute(sql: "DELETE FROM interaction WHERE id = ?", arguments: [id])
            try db.execute(
                sql: "INSERT INTO interaction (id, occurred_at, direction, kind, minutes, note) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [id, interaction.occurredAt.timeIntervalSince1970, interaction.direction.rawValue,
                            interaction.kind.rawValue, interaction.minutes, interaction.note])
            try Self.insertParticipants(of: interaction, in: db)
        }
    }
}

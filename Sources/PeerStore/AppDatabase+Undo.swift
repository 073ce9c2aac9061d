import Foundation
import GRDB
import PeerNetwork

/// The rows a recording watches.
public enum RecordedTables: Sendable {
    /// Every table a change can touch.
    case all
    /// New interactions and their people: what a log inserts, and all it touches.
    case newInteractions

    var names: [String] {
        switch self {
        case .all: ChangeRecorder.tables
        case .newInteractions: ["interaction", "participant"]
        }
    }
}

/// Exact undo: a change records the rows it touched, and its inverse puts back only those rows,
/// and only while they still hold what the change left there.
extension AppDatabase {
    /// Runs `change` in one transaction (the writes it makes join it) and returns what it
    /// returned with the inverse of everything it wrote. `watching` narrows what is watched, for
    /// a change known to touch nothing else.
    public func recording<T>(watching tables: RecordedTables = .all, _ change: () throws -> T) throws -> (T, Inverse) {
        try write { db in
            try ChangeRecorder.start(in: db, recorded: tables.names)
            let result = try change()
            return (result, ChangeRecorder.inverse(of: try ChangeRecorder.stop(in: db)))
        }
    }

    /// Applies `inverse` in one transaction. Throws `StoreError.undoConflict` and changes nothing
    /// when another process has changed one of its rows since, or when putting a row back would
    /// touch a row it does not know (a need someone added to a colleague the undo would remove).
    public func undo(_ inverse: Inverse) throws {
        do {
            try apply(inverse)
        } catch let conflict as Conflict {
            // Named after the rollback, so a colleague the undo had removed is still there to name.
            throw StoreError.undoConflict(subject: try read { db in try Self.subject(of: conflict.row, in: db) })
        }
    }

    /// The row an undo found changed; the transaction is rolled back by the time it is caught.
    private struct Conflict: Error {
        var row: RowRestore
    }

    private func apply(_ inverse: Inverse) throws {
        try write { db in
            // Rows come back children first; their parents are checked once all are in.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            try ChangeRecorder.start(in: db)
            for restore in inverse.rows.restores {
                guard try Self.holds(restore, in: db) else { throw Conflict(row: restore) }
                try Self.put(restore, in: db)
            }
            for restore in inverse.rows.restores where restore.expected == nil {
                if try !Self.parentsExist(of: restore, in: db) { throw Conflict(row: restore) }
            }
            let allowed = Set(inverse.rows.restores.map { [$0.table: $0.key] })
            let touched = try ChangeRecorder.stop(in: db)
            if let stray = touched.first(where: { !allowed.contains([$0.table: $0.key]) }) {
                throw Conflict(row: RowRestore(table: stray.table, key: stray.key, expected: stray.after, restore: stray.before))
            }
        }
    }

    /// Whether the row holds what the change left: absent when it was deleted, else these values.
    private static func holds(_ restore: RowRestore, in db: Database) throws -> Bool {
        let (keyClause, keyArguments) = try match(restore.key, table: restore.table)
        guard let expected = restore.expected else {
            return try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \(restore.table) WHERE \(keyClause))", arguments: keyArguments)!
        }
        let (fieldClause, fieldArguments) = try match(expected, table: restore.table)
        return try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM \(restore.table) WHERE \(keyClause) AND \(fieldClause))",
            arguments: keyArguments + fieldArguments)!
    }

    private static func put(_ restore: RowRestore, in db: Database) throws {
        let table = restore.table
        let (keyClause, keyArguments) = try match(restore.key, table: table)
        guard let values = restore.restore else {
            try db.execute(sql: "DELETE FROM \(table) WHERE \(keyClause)", arguments: keyArguments)
            return
        }
        let columns = values.keys.sorted()
        let arguments = StatementArguments(columns.map { values[$0]!.databaseValue })
        if restore.expected == nil {
            try db.execute(
                sql: "INSERT INTO \(table) (\(columns.map(SQLFragments.doubleQuoted).joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))",
                arguments: arguments)
        } else {
            try db.execute(
                sql: "UPDATE \(table) SET \(columns.map { "\(SQLFragments.doubleQuoted($0)) = ?" }.joined(separator: ", ")) WHERE \(keyClause)",
                arguments: arguments + keyArguments)
        }
    }

    /// `col1 IS ? AND col2 IS ?` for these values. `IS` compares NULLs, and REALs to the bit.
    private static func match(_ values: [String: FieldValue], table: String) throws -> (String, StatementArguments) {
        guard ChangeRecorder.tables.contains(table) else { throw StoreError.invalid("cannot undo a change to \(table)") }
        let columns = values.keys.sorted()
        let clause = columns.isEmpty ? "1" : columns.map { "\(SQLFragments.doubleQuoted($0)) IS ?" }.joined(separator: " AND ")
        return (clause, StatementArguments(columns.map { values[$0]!.databaseValue }))
    }

    /// A re-inserted row needs its parents (a participant its interaction and colleague).
    private static func parentsExist(of restore: RowRestore, in db: Database) throws -> Bool {
        guard let values = restore.restore else { return true }
        for foreignKey in try Row.fetchAll(db, sql: "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", arguments: [restore.table]) {
            let parent: String = foreignKey["table"], column: String = foreignKey["from"], parentColumn: String = foreignKey["to"]
            guard let value = values[column], value != .null else { continue }
            let exists = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM \(parent) WHERE \(SQLFragments.doubleQuoted(parentColumn)) = ?)",
                arguments: [value.databaseValue])!
            if !exists { return false }
        }
        return true
    }

    /// Names what was changed elsewhere: the colleague the row belongs to, or the kind of thing.
    private static func subject(of row: RowRestore, in db: Database) throws -> String {
        let colleagueID = row.table == "colleague" ? row.value(of: "id") : row.value(of: "colleague_id")
        if case .integer(let id) = colleagueID,
           let name = try String.fetchOne(db, sql: "SELECT name FROM colleague WHERE id = ?", arguments: [id]) {
            return name
        }
        return switch row.table {
        case "participant": "Someone in that interaction"
        case "interaction": "That interaction"
        case "review_decision": "That review item"
        case "need": "That need"
        case "promise": "That promise"
        case "department": "That department"
        default: "That colleague"
        }
    }
}

/// Which rows an inverse is about, so the dashboard can select them after an undo.
extension Inverse {
    public var colleagueIDs: [ColleagueID] { integers(of: "id", in: "colleague") }
    public var interactionIDs: [InteractionID] { integers(of: "id", in: "interaction") }
    public var reviewKeys: [String] {
        rows.values(of: "key", in: "review_decision").compactMap { if case .text(let key) = $0 { key } else { nil } }
    }

    /// Colleagues whose own rows (ratings, stance, tags, needs, promises) the inverse touches.
    public var colleaguesInvolved: [ColleagueID] {
        var seen = Set<ColleagueID>()
        let ids = colleagueIDs + rows.restores.compactMap { if case .integer(let id) = $0.value(of: "colleague_id") { id } else { nil } }
        return ids.filter { seen.insert($0).inserted }
    }

    private func integers(of column: String, in table: String) -> [Int64] {
        rows.values(of: column, in: table).compactMap { if case .integer(let value) = $0 { value } else { nil } }
    }
}

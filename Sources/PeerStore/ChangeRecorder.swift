import Foundation
import GRDB
import PeerNetwork

/// Records every row a write touches, cascades included, through temporary triggers on this
/// connection. The values go into plain columns of a temporary table (not JSON, which would round
/// REAL times), so the recorded rows are exact.
enum ChangeRecorder {
    /// The tables a dashboard change can touch. `setting` is left out: its revision row moves
    /// with every write, and settings are not undone.
    static let tables = [
        "colleague", "colleague_tag", "rating_change", "stance_change", "interaction", "participant",
        "need", "promise", "review_decision", "department", "meeting_decision",
    ]
    static let maxColumns = 32

    struct Shape {
        var columns: [String]
        var key: [String]
    }

    /// One row before and after a write; nil for a row that did not exist.
    struct Edit {
        var table: String
        var key: [String: FieldValue]
        var before: [String: FieldValue]?
        var after: [String: FieldValue]?
    }

    static func shape(of table: String, in db: Database) throws -> Shape {
        let rows = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
        let columns: [String] = rows.map { $0["name"] }
        let key = rows.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
        precondition(columns.count <= maxColumns && !key.isEmpty, "table \(table) cannot be recorded")
        return Shape(columns: columns, key: key)
    }

    /// Creates the log once per connection, and the triggers of each of `recorded` not recorded
    /// yet: a command that writes one kind of row (a log from the shell) pays for its tables
    /// alone. Inside a transaction that rolls back they go too, and are made again next time.
    static func install(in db: Database, recorded: [String] = tables) throws {
        let existing = Set(try String.fetchAll(db, sql: "SELECT name FROM temp.sqlite_master"))
        if !existing.contains("rapport_row_log") {
            let slots = (0..<maxColumns).map { "o\($0), n\($0)" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TEMP TABLE rapport_row_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, \(slots));
                CREATE TEMP TABLE rapport_recording (active INTEGER NOT NULL);
                INSERT INTO temp.rapport_recording VALUES (0);
                """)
        }
        for table in recorded where !existing.contains("rapport_record_\(table)_insert") {
            let columns = try shape(of: table, in: db).columns
            for (op, old, new) in [("INSERT", false, true), ("UPDATE", true, true), ("DELETE", true, false)] {
                var names: [String] = []
                var values: [String] = []
                for (index, column) in columns.enumerated() {
                    if old { names.append("o\(index)"); values.append("OLD.\(SQLFragments.doubleQuoted(column))") }
                    if new { names.append("n\(index)"); values.append("NEW.\(SQLFragments.doubleQuoted(column))") }
                }
                try db.execute(sql: """
                    CREATE TEMP TRIGGER rapport_record_\(table)_\(op.lowercased()) AFTER \(op) ON main.\(table)
                    WHEN (SELECT active FROM temp.rapport_recording)
                    BEGIN
                        INSERT INTO rapport_row_log (tbl, op, \(names.joined(separator: ", ")))
                        VALUES ('\(table)', '\(op)', \(values.joined(separator: ", ")));
                    END
                    """)
            }
        }
    }

    static func start(in db: Database, recorded: [String] = tables) throws {
        try install(in: db, recorded: recorded)
        try db.execute(sql: "DELETE FROM temp.rapport_row_log; UPDATE temp.rapport_recording SET active = 1")
    }

    /// Stops recording and returns the net change of each row touched since `start`, in the
    /// order the rows were first touched.
    static func stop(in db: Database) throws -> [Edit] {
        try db.execute(sql: "UPDATE temp.rapport_recording SET active = 0")
        var shapes: [String: Shape] = [:]
        var edits: [Edit] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM temp.rapport_row_log ORDER BY seq") {
            let table: String = row["tbl"]
            let op: String = row["op"]
            let shape = try shapes[table] ?? shape(of: table, in: db)
            shapes[table] = shape
            func image(_ prefix: String) -> [String: FieldValue] {
                Dictionary(uniqueKeysWithValues: shape.columns.enumerated().map { index, column in
                    (column, FieldValue(row["\(prefix)\(index)"] as DatabaseValue))
                })
            }
            let before = op == "INSERT" ? nil : image("o")
            let after = op == "DELETE" ? nil : image("n")
            let keyImage = (after ?? before)!
            edits.append(Edit(table: table, key: keyImage.filter { shape.key.contains($0.key) }, before: before, after: after))
            // An update that changed the key itself reads as a delete of the old row.
            if let before, let after, shape.key.contains(where: { before[$0] != after[$0] }) {
                edits[edits.count - 1] = Edit(table: table, key: after.filter { shape.key.contains($0.key) }, before: nil, after: after)
                edits.insert(Edit(table: table, key: before.filter { shape.key.contains($0.key) }, before: before, after: nil), at: edits.count - 1)
            }
        }
        try db.execute(sql: "DELETE FROM temp.rapport_row_log")
        return net(edits)
    }

    /// Folds several writes to one row into one edit: the first before, the last after. Rows that
    /// end as they began drop out.
    static func net(_ edits: [Edit]) -> [Edit] {
        struct RowID: Hashable { var table: String; var key: [String: FieldValue] }
        var order: [RowID] = []
        var merged: [RowID: Edit] = [:]
        for edit in edits {
            let id = RowID(table: edit.table, key: edit.key)
            if var existing = merged[id] {
                existing.after = edit.after
                merged[id] = existing
            } else {
                order.append(id)
                merged[id] = edit
            }
        }
        return order.compactMap { merged[$0] }.filter { $0.before != $0.after }
    }

    /// The inverse of `edits`: the last edit is taken back first, so children go before parents.
    static func inverse(of edits: [Edit]) -> Inverse {
        Inverse(RowInverse(restores: edits.reversed().map { edit in
            guard let before = edit.before, let after = edit.after else {
                return RowRestore(table: edit.table, key: edit.key, expected: edit.after, restore: edit.before)
            }
            // An update: check and restore only the fields it changed.
            let changed = before.keys.filter { before[$0] != after[$0] }
            return RowRestore(
                table: edit.table, key: edit.key,
                expected: after.filter { changed.contains($0.key) }, restore: before.filter { changed.contains($0.key) })
        }))
    }
}

extension FieldValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob([UInt8](data))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .real(let real): real.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }
}

import GRDB
import GRDBSQLite

/// Rows inserted many to a statement, with their values bound through SQLite's own calls.
/// - A statement for each row builds, each time, the table SQLite checks a `CHECK (… IN (…))`
///   against; a row of a multi-row INSERT costs far less.
/// - Compiling one is costly, so a full statement of `rowsPerStatement` is made once and kept,
///   and the last, shorter one stays short.
/// - GRDB binds each argument through a nest of closures; SQLite's own calls are direct.
///   GRDB's transaction observers do not see these rows; Rapport has none.
enum RowInserter {
    static let rowsPerStatement = 32

    /// Inserts `rows`, each a value for every one of `columns`, in order. Returns each row's
    /// rowid: SQLite numbers the rows of a table with a rowid one after another, in the order
    /// given (for a table without one, the result means nothing).
    @discardableResult
    static func insert(into table: String, columns: [String], _ rows: [[DatabaseValue]], in db: Database) throws -> [Int64] {
        var rowids: [Int64] = []
        rowids.reserveCapacity(rows.count)
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            let statement = try db.cachedStatement(sql: sql(into: table, columns: columns, rows: chunk.count))
            let last = try run(statement, chunk.joined(), in: db)
            rowids += (0..<Int64(chunk.count)).map { last - Int64(chunk.count) + 1 + $0 }
        }
        return rowids
    }

    /// `INSERT INTO table (a, b) VALUES (?, ?), (?, ?)`, appended piece by piece: the standard
    /// library's `joined(separator:)` (which GRDB's `databaseQuestionMarks` calls) is not
    /// specialized for the caller, and its first calls look up the array's associated types
    /// in the Swift runtime.
    static func sql(into table: String, columns: [String], rows: Int) -> String {
        var sql = "INSERT INTO " + table + " ("
        for (index, column) in columns.enumerated() {
            if index > 0 { sql += ", " }
            sql += column
        }
        sql += ") VALUES "
        var row = "("
        for index in columns.indices { row += index > 0 ? ", ?" : "?" }
        row += ")"
        for index in 0..<rows {
            if index > 0 { sql += ", " }
            sql += row
        }
        return sql
    }

    /// Binds `values` to GRDB's cached `statement` and runs it; returns the last rowid.
    private static func run(_ statement: Statement, _ values: some Sequence<DatabaseValue>, in db: Database) throws -> Int64 {
        let raw = statement.sqliteStatement
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(raw, index)
            case .int64(let number): code = sqlite3_bind_int64(raw, index, number)
            case .double(let number): code = sqlite3_bind_double(raw, index, number)
            case .string(let text): code = sqlite3_bind_text(raw, index, text, -1, transient)
            case .blob(let data): code = data.withUnsafeBytes { sqlite3_bind_blob(raw, index, $0.baseAddress, Int32($0.count), transient) }
            }
            guard code == SQLITE_OK else { throw failure(code, statement, in: db) }
        }
        let code = sqlite3_step(raw)
        guard code == SQLITE_DONE else { throw failure(code, statement, in: db) }
        return sqlite3_last_insert_rowid(db.sqliteConnection)
    }

    /// SQLite copies the text or blob before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// SQLite's error for `code`, as GRDB would report it.
    private static func failure(_ code: Int32, _ statement: Statement, in db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }
}

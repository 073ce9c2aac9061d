import GRDB
import GRDBSQLite

/// A GRDB statement's rows read through SQLite's own calls. `Row.fetchAll` cost about 70,000
/// instructions more a call, even for one row or none (a cursor, an adapter, each row copied),
/// and a `rapport log` asks up to five.
enum RawRows {
    /// Each row of `statement` (its arguments set), as `row` makes it from SQLite's statement.
    static func read<T>(_ statement: Statement, in db: Database, _ row: (OpaquePointer) throws -> T) throws -> [T] {
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        var rows: [T] = []
        while true {
            switch sqlite3_step(raw) {
            case SQLITE_ROW: rows.append(try row(raw))
            case SQLITE_DONE: return rows
            case let code: throw failure(code, statement, in: db)
            }
        }
    }

    /// Column `index` of the row `raw` is on, as text; nil when it is NULL.
    static func text(_ raw: OpaquePointer, _ index: Int32) -> String? {
        sqlite3_column_text(raw, index).map { String(cString: $0) }
    }

    /// SQLite's error for `code`, as GRDB would report it.
    static func failure(_ code: Int32, _ statement: Statement, in db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }
}

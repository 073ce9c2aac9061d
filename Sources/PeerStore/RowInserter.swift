import GRDB
import GRDBSQLite

/// An INSERT, GRDB's cached statement, with its values bound through SQLite's own calls: GRDB
/// binds each argument through a nest of closures, about 3,500 instructions a value, more than
/// SQLite takes to insert a row. For the bulk writes' multi-row inserts (a load, a batch of
/// logs). GRDB's transaction observers do not see these rows; Rapport has none.
struct RowInserter {
    private let connection: OpaquePointer
    /// Kept so GRDB keeps the statement while this runs it.
    private let cached: Statement
    private let statement: OpaquePointer

    init(_ sql: String, in db: Database) throws {
        connection = db.sqliteConnection!
        cached = try db.cachedStatement(sql: sql)
        statement = cached.sqliteStatement
    }

    /// Runs the statement with `values`, in the order of its placeholders; returns the last
    /// inserted rowid.
    @discardableResult
    func insert(_ values: [DatabaseValue]) throws -> Int64 {
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(statement, index)
            case .int64(let number): code = sqlite3_bind_int64(statement, index, number)
            case .double(let number): code = sqlite3_bind_double(statement, index, number)
            case .string(let text): code = sqlite3_bind_text(statement, index, text, -1, Self.transient)
            case .blob(let data): code = data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw error(code) }
        return sqlite3_last_insert_rowid(connection)
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: cached.sql)
    }

    /// SQLite copies the text or blob before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

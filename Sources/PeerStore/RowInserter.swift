import GRDB

/// Rows inserted many to a statement: a statement for each row builds, each time, the table
/// SQLite checks a `CHECK (… IN (…))` against, and a row of a multi-row INSERT costs far less.
/// A full statement of `rowsPerStatement` is compiled once and kept; the last, shorter one
/// stays short.
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

    /// `INSERT INTO table (a, b) VALUES (?, ?), (?, ?)`.
    static func sql(into table: String, columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Runs GRDB's cached `statement` with `values`; returns the last rowid.
    private static func run(_ statement: Statement, _ values: some Sequence<DatabaseValue>, in db: Database) throws -> Int64 {
        try statement.execute(arguments: StatementArguments(Array(values)))
        return db.lastInsertedRowID
    }
}

import GRDB

/// What migrations v1 to v15 build, made in one step for a new database. Run one by one they
/// parse the schema again after every ALTER TABLE and check foreign keys after each. The statements (`SchemaBaseline+SQL.swift`)
/// are those a database migrated step by step holds, and `SchemaBaselineTests` checks that both
/// ways give the same schema and rows (`RECORD_BASELINE=1` writes the file again). What it
/// stands for never changes, as shipped migrations never do; a new migration runs after it,
/// until it is added to `migrations` and the baseline recorded again, so new files skip it too.
enum SchemaBaseline {
    /// The migrations it stands for, recorded as applied.
    static let migrations = ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15"]

    /// Builds the schema when the database has none at all; returns whether it did.
    @discardableResult
    static func createIfEmpty(in db: Database, from sql: String = statements) throws -> Bool {
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") == 0 else { return false }
        try db.execute(sql: sql)
        try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        for identifier in migrations {
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
        return true
    }
}

import Foundation
import GRDB
@testable import PeerStore
import Testing

/// A new database made from the baseline must be the one its migrations (v1 to v8) make, schema and
/// rows alike. `RECORD_BASELINE=1 swift test --filter SchemaBaselineTests` writes the baseline
/// from the migrations: after a new migration is added to `SchemaBaseline.migrations`.
@Suite struct SchemaBaselineTests {
    @Test func theBaselineIsWhatTheMigrationsBuild() throws {
        let migrated = try DatabaseQueue()
        try AppDatabase.migrator.migrate(migrated, upTo: SchemaBaseline.migrations.last!)
        let migratedDump = try migrated.read(Self.dump)
        if ProcessInfo.processInfo.environment["RECORD_BASELINE"] != nil {
            try Self.record(migratedDump)
            try Self.recordImage(from: migratedDump.joined(separator: "\n"))
        }

        let baseline = try DatabaseQueue()
        #expect(try baseline.write { try SchemaBaseline.createIfEmpty(in: $0) })
        #expect(try baseline.read(Self.dump) == migratedDump)
        #expect(try baseline.read(AppDatabase.migrator.appliedIdentifiers) == Set(SchemaBaseline.migrations))
        #expect(try baseline.read(AppDatabase.migrator.hasCompletedMigrations), "no migration is left to run on it")
        #expect(try !baseline.write { try SchemaBaseline.createIfEmpty(in: $0) }, "a database with a schema is left alone")
    }

    /// Every schema object's SQL (tables, then indexes, then triggers, each by name), then every
    /// row of every table as an INSERT, leaving out what SQLite and GRDB keep for themselves and
    /// the tables a full-text index makes for itself (its CREATE VIRTUAL TABLE makes them again).
    static func dump(_ db: Database) throws -> [String] {
        let own = try Set(String.fetchAll(db, sql: "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('shadow', 'virtual')"))
        let schema = try Row.fetchAll(db, sql: """
            SELECT name, sql || ';' FROM sqlite_master
            WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            ORDER BY CASE WHEN type = 'table' AND sql LIKE 'CREATE VIRTUAL%' THEN 1 WHEN type = 'table' THEN 0 WHEN type = 'index' THEN 2 ELSE 3 END, name
            """).filter { row in !own.contains(row[0]) || (row[1] as String).hasPrefix("CREATE VIRTUAL") }.map { $0[1] as String }
        var rows: [String] = []
        for table in try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name
            """) where !own.contains(table) {
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))").map { $0["name"] as String }
            let values = columns.map { "quote(\($0.quotedDatabaseIdentifier))" }.joined(separator: " || ', ' || ")
            rows += try String.fetchAll(db, sql: """
                SELECT 'INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (' || \(values) || ');' FROM \(table.quotedDatabaseIdentifier)
                """)
        }
        return schema + rows
    }

    @Test func theImageIsTheBaseline() throws {
        let baseline = try DatabaseQueue()
        _ = try baseline.write { try SchemaBaseline.createIfEmpty(in: $0) }
        let restored = try DatabaseQueue()
        try restored.writeWithoutTransaction { try SchemaImage.restore(into: $0) }
        #expect(try restored.read(Self.dump) == (try baseline.read(Self.dump)), "run RECORD_BASELINE=1 swift test --filter SchemaBaselineTests")
        #expect(try restored.read(AppDatabase.migrator.appliedIdentifiers) == Set(SchemaBaseline.migrations))
        #expect(try restored.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == SchemaImage.pageSize)
        // It grows past the image as a network is written, and its full-text index works.
        try restored.write { db in
            for index in 0..<500 {
                try db.execute(sql: "INSERT INTO colleague (name, folded_name, created_at) VALUES (?, ?, 0)", arguments: ["Person \(index)", "person \(index)"])
            }
        }
        #expect(try restored.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM colleague_name_word WHERE colleague_name_word MATCH 'person'") } == 500)
        #expect(try restored.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    /// The demo's database skips GRDB's migrate when the image holds every migration; one added
    /// after it must still run.
    @Test func aDatabaseInMemoryHasEveryMigration() throws {
        let database = try AppDatabase(inMemoryNamed: "migrated")
        #expect(try database.read(AppDatabase.migrator.hasCompletedMigrations))
        #expect(try database.read(AppDatabase.migrator.appliedIdentifiers) == Set(AppDatabase.migrator.migrations))
    }

    @Test func runsOfZerosComeBackWhole() {
        let samples: [[UInt8]] = [
            [], [0], [7], [0, 0, 0, 1, 0], [1, 2, 3] + Array(repeating: 0, count: 700) + [4],
            Array(repeating: 0, count: 127), Array(repeating: 0, count: 128), Array(repeating: 0, count: 70_000) + [9, 0],
        ]
        for bytes in samples {
            let packed = Data(SchemaImage.packing(bytes))
            let size = SchemaImage.expandedSize(of: packed)
            let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(size, 1))
            defer { memory.deallocate() }
            SchemaImage.expand(packed, into: memory)
            #expect(Array(UnsafeBufferPointer(start: memory, count: size)) == bytes)
        }
        #expect(SchemaImage.packing(Array(repeating: 0, count: 700)) == [0, 0xBC, 0x05], "700 is 0x2BC: 0x3C with the high bit, then 5")
    }

    /// From the statements just recorded, not the compiled-in ones: one run records both.
    private static func recordImage(from statements: String) throws {
        let queue = try DatabaseQueue()
        let text = try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA page_size = \(SchemaImage.pageSize)")
            _ = try db.inTransaction { _ = try SchemaBaseline.createIfEmpty(in: db, from: statements); return .commit }
            try db.execute(sql: "VACUUM")
            return try SchemaImage.record(in: db)
        }
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PeerStore/SchemaImage+Bytes.swift")
        let source = [
            "// Generated by `RECORD_BASELINE=1 swift test --filter SchemaBaselineTests`. Do not edit: see SchemaImage.",
            "",
            "extension SchemaImage {",
            "    static let base64 = \"\"\"",
            text,
            "\"\"\"",
            "}",
            "",
        ].joined(separator: "\n")
        try source.write(to: file, atomically: true, encoding: .utf8)
    }

    private static func record(_ dump: [String]) throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/PeerStore/SchemaBaseline+SQL.swift")
        let text = """
            // Generated by `RECORD_BASELINE=1 swift test --filter SchemaBaselineTests` from migrations \(SchemaBaseline.migrations.first!) to \(SchemaBaseline.migrations.last!).
            // Do not edit: see SchemaBaseline.

            extension SchemaBaseline {
                static let statements = #\"\"\"
            \(dump.joined(separator: "\n"))
            \"\"\"#
            }

            """
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}

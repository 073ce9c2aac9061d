import CSQLiteConfig
import GRDB

/// A whole network loaded into an empty database with the triggers off, and what they keep
/// (running totals, search texts, the name index) worked out once at the end, as the
/// migrations that made them fill them, rather than row by row through the triggers. It all happens in the
/// caller's transaction, so another connection sees the network whole, totals and all, or not
/// at all.
enum TriggerFreeLoad {
    /// The triggers whose work `recompute` does. A database with any other (from a newer
    /// migration this was not taught) loads through its triggers, as usual.
    static let standsInFor: Set<String> = [
        "colleague_stats_row", "participant_stats_insert", "participant_stats_delete", "participant_stats_update",
        "interaction_stats_insert", "interaction_stats_delete", "interaction_stats_update",
        "colleague_search_insert", "colleague_search_update", "colleague_search_tag_insert", "colleague_search_tag_delete",
        "colleague_name_word_insert", "colleague_name_word_delete", "colleague_name_word_update",
    ]

    /// Whether `db` has no colleague and no exchange, and only the triggers this stands in for.
    static func applies(to db: Database) throws -> Bool {
        guard try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM colleague) + (SELECT COUNT(*) FROM interaction)") == 0 else {
            return false
        }
        return try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")) == standsInFor
    }

    /// Runs `load` with the main schema's triggers off, then turns them on and recomputes.
    static func run(in db: Database, _ load: () throws -> Void) throws {
        try setTriggers(on: false, in: db)
        do {
            try load()
        } catch {
            try? setTriggers(on: true, in: db)
            throw error
        }
        try setTriggers(on: true, in: db)
        try recompute(in: db)
    }

    static func recompute(in db: Database) throws {
        try ExchangeStats.recompute(in: db)
        try ColleagueSearch.recompute(in: db)
        try ColleagueNameIndex.rebuild(in: db)
    }

    private static func setTriggers(on: Bool, in db: Database) throws {
        guard rapport_sqlite3_enable_triggers(db.sqliteConnection, on ? 1 : 0) == (on ? 1 : 0) else {
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "SQLite would not turn the triggers \(on ? "on" : "off")")
        }
        // SQLite expires its prepared statements when the setting changes; GRDB's caches follow.
        db.clearSchemaCache()
    }
}

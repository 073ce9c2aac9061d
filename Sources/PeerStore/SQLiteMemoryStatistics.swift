import CSQLiteConfig

/// Rapport reads none of SQLite's memory statistics, but counting them locks a mutex at every
/// allocation: 13,000 locks, about 0.9 M instructions, of a `rapport log` at 10,000 colleagues.
/// Turned off once, before the process's first connection opens (after that SQLite refuses,
/// and the statistics stay on: correct, only slower).
enum SQLiteMemoryStatistics {
    static let turnedOff: Bool = rapport_sqlite3_disable_memory_statistics() == SQLITE_OK
}

import Foundation
import GRDB
import PeerNetwork

/// The quick-log lines typed, in the dashboard or with `rapport log`: the popup's ↑ recalls them
/// after a restart. Only the last `keptLines` are kept.
extension AppDatabase {
    public static let keptQuickLogLines = 200

    /// Remembers a line; a line the same as the last is not repeated.
    public func rememberQuickLogLine(_ line: String, at now: Date) throws {
        let line = line.trimmed
        guard !line.isEmpty else { return }
        try UnstorableText.check(["line": line])
        try write { db in
            guard try String.fetchOne(db, sql: "SELECT line FROM quick_log_line ORDER BY id DESC LIMIT 1") != line else { return }
            try db.execute(sql: "INSERT INTO quick_log_line (line, logged_at) VALUES (?, ?)", arguments: [line, now.timeIntervalSince1970])
            try db.execute(
                sql: "DELETE FROM quick_log_line WHERE id <= (SELECT id FROM quick_log_line ORDER BY id DESC LIMIT 1 OFFSET ?)",
                arguments: [Self.keptQuickLogLines])
        }
    }

    /// The lines kept, oldest first.
    public func quickLogLines() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT line FROM (SELECT id, line FROM quick_log_line ORDER BY id DESC LIMIT ?) ORDER BY id", arguments: [Self.keptQuickLogLines])
        }
    }
}

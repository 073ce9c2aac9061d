import Foundation
import GRDB
import PeerNetwork

/// The shell's one step of undo: the last change a command made (a log, a history edit or
/// delete), kept with its exact inverse so `rapport undo` takes it back by the dashboard's rules.
extension AppDatabase {
    static let shellUndoKey = "shell.undo"

    private struct ShellChange: Codable {
        var description: String
        var rows: RowInverse
    }

    /// Runs `change`, and keeps its inverse as the shell's last change, in one transaction.
    /// `watching`: as `recording` takes it.
    public func recordingForShell<T>(_ description: String, watching tables: RecordedTables = .all, _ change: () throws -> T) throws -> T {
        try write { db in
            let (result, inverse) = try recording(watching: tables, change)
            let text = String(decoding: try JSONEncoder().encode(ShellChange(description: description, rows: inverse.rows)), as: UTF8.self)
            try Self.setSetting(Self.shellUndoKey, text, in: db)
            return result
        }
    }

    /// Takes back the shell's last change and returns what it was; nil when there is none.
    /// Throws `StoreError.undoConflict`, changing nothing, when another program changed its rows since.
    public func undoLastShellChange() throws -> String? {
        guard let text = try read({ try Self.setting(Self.shellUndoKey, in: $0) }) else { return nil }
        guard let change = try? JSONDecoder().decode(ShellChange.self, from: Data(text.utf8)) else {
            try write { try $0.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Self.shellUndoKey]) }
            return nil
        }
        try undo(Inverse(change.rows))
        try write { try $0.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Self.shellUndoKey]) }
        return change.description
    }
}

import ArgumentParser
import RapportApp
import Foundation
import PeerStore

/// `--db PATH`, shared by every subcommand.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file (default: $RAPPORT_DB, else the XDG data folder).", valueName: "path"), completion: .file(), transform: PathArgument.nonEmpty)
    var path: String?

    var resolvedPath: String { Self.resolved(path) }

    /// `--db`, else `$RAPPORT_DB` or the default location.
    static func resolved(_ path: String?) -> String { path ?? AppDatabase.defaultPath() }

    /// Opens the database. Only commands that write something of their own (`add`, `demo`, a
    /// setting) pass `creating`; the others report a missing file instead of leaving an empty one
    /// where a mistyped path pointed.
    func open(creating: Bool = false) throws -> AppDatabase {
        try open(mode: creating ? .createIfMissing : .existingOnly)
    }

    /// Opens the database for a command that only reads: the file is never written.
    func openForReading() throws -> AppDatabase {
        try open(mode: .readOnly)
    }

    private func open(mode: AppDatabase.OpenMode) throws -> AppDatabase {
        let database = try AppDatabase(path: resolvedPath, mode: mode)
        for notice in database.notices { printError("Note: \(notice)") }
        return database
    }
}

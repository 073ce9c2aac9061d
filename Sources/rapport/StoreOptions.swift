import ArgumentParser
import Foundation
import PeerStore

/// `--db PATH`, shared by every subcommand.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The database file (default: $RAPPORT_DB, else the XDG data folder).", valueName: "path"))
    var path: String?

    var resolvedPath: String { path ?? AppDatabase.defaultPath() }

    func open() throws -> AppDatabase {
        try AppDatabase(path: resolvedPath)
    }
}

import ArgumentParser
import PeerNetwork
import RapportApp
import Foundation

extension Rapport {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent copy of the database, even while the dashboard is open.",
            discussion: """
                With no path the copy goes beside the database, named after the moment \
                (rapport-backup-2026-11-25T093000.sqlite). The copy is private (mode 0600) and never \
                overwrites a file. To restore, see the README.
                Example: rapport backup ~/Backups/rapport.sqlite
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "path")) var path: String?

        func run() throws {
            let database = try store.openForReading()
            let target = path ?? database.defaultBackupPath(at: AppClock.now)
            try database.backup(to: target)
            print("Backed up \(Plural.count(try database.colleagueCount(), "colleague")) and \(Plural.count(try database.interactionCount(), "interaction")) to \(target)")
        }
    }
}

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
                (rapport-backup-2026-11-25T093000.sqlite); given a folder, it goes into it under that \
                name. The copy is private (mode 0600) and never overwrites a file. To restore, see \
                the README.
                Examples: rapport backup ~/Backups/rapport.sqlite
                          rapport backup ~/Backups
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("Where to write the copy: a new file, or a folder to put it in.", valueName: "path"), completion: .file(), transform: PathArgument.nonEmpty) var path: String?

        func run() throws {
            if path == "-" {
                throw CLIError("a backup is a database file, which standard output (-) cannot hold; give a path (./- for a file named -)")
            }
            let database = try store.openForReading()
            var isFolder: ObjCBool = false
            let target = if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                database.defaultBackupPath(at: AppClock.now, in: path)
            } else {
                path ?? database.defaultBackupPath(at: AppClock.now)
            }
            try database.backup(to: target)
            print("Backed up \(Plural.count(try database.colleagueCount(), "colleague")) and \(Plural.count(try database.interactionCount(), "interaction")) to \(target)")
        }
    }
}

import Foundation
import GRDB

extension AppDatabase {
    /// Writes a consistent copy of the database to `path` with `VACUUM INTO`: one read
    /// transaction, so writers in this or other processes may go on meanwhile, and the copy is
    /// whole as of one moment. Never a file copy of a live database. The copy is private (0600),
    /// made under a temporary name and linked into place only once whole: a backup killed
    /// half-way leaves nothing at `path`, and never overwrites a file.
    public func backup(to path: String) throws {
        try PrivateFile.create(at: path, existing: .refuse(hint: "choose another name: a backup never overwrites a file")) { temporary, _ in
            // VACUUM INTO writes into an empty file that already exists.
            try read { db in try db.execute(sql: "VACUUM INTO ?", arguments: [temporary]) }
        }
    }

    /// Where `rapport backup` writes with no path, or a folder's: beside the database (or in
    /// `folder`), named after the moment, and -2 after it when a backup that second is there.
    public func defaultBackupPath(at now: Date, in folder: String? = nil) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        let place = folder.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? url.deletingLastPathComponent()
        return PrivateFile.unusedName(place.appendingPathComponent("\(name)-backup-\(formatter.string(from: now)).sqlite").path)
    }
}

import Foundation
import GRDB

extension AppDatabase {
    /// Writes a consistent copy of the database to `path` with `VACUUM INTO`: one read
    /// transaction, so writers in this or other processes may go on meanwhile, and the copy is
    /// whole as of one moment. Never a file copy of a live database. The copy is private (0600).
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.invalid("\(path) already exists; choose another name (a backup never overwrites a file)")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            throw StoreError.invalid("the folder \(folder) does not exist")
        }
        // Created empty and private first, so the copy is never readable by others, even briefly.
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            try read { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Where `rapport backup` writes with no path: beside the database, named after the moment.
    public func defaultBackupPath(at now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HHmmss"
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(name)-backup-\(formatter.string(from: now)).sqlite").path
    }
}

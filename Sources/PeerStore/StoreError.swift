import GRDB

/// Store failures in words for the user; each names the file or the thing involved. SQLite's
/// own messages (and the SQL that failed) never show.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case noDatabase(path: String)
    case damaged(path: String)
    case newerVersion(path: String)
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case busy(path: String, seconds: Int)
    case readOnly(path: String)
    case diskFull(path: String)
    case ioError(path: String)
    case refused(path: String)
    case colleagueNotFound(ColleagueRef)
    case interactionNotFound(Int64)
    case invalid(String)
    /// An undo found a row changed by someone else since; `subject` names it ("Dana Whitfield",
    /// "that interaction").
    case undoConflict(subject: String)

    public enum ColleagueRef: Equatable, Sendable {
        case id(Int64)
    }

    init(_ error: DatabaseError, path: String, busyTimeout: Double = AppDatabase.defaultBusyTimeout) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path, seconds: max(1, Int(busyTimeout.rounded())))
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_IOERR: self = .ioError(path: path)
        case .SQLITE_CORRUPT: self = .damaged(path: path)
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, reason: "the file or its folder cannot be opened")
        default: self = .refused(path: path)
        }
    }

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Rapport database (corrupt, or some other kind of file)"
        case .noDatabase(let path):
            "there is no database at \(path); check the path, or create one with `rapport add NAME` or `rapport demo`"
        case .damaged(let path):
            "\(path) is damaged: SQLite's integrity check failed. Nothing was changed; restore it from a backup (see the README)"
        case .newerVersion(let path):
            "\(path) was written by a newer version of Rapport; upgrade Rapport to open it (the file was left untouched)"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .busy(let path, let seconds):
            "the database is busy: another program kept \(path) locked for more than \(seconds == 1 ? "a second" : "\(seconds) seconds"). Nothing was saved; try again"
        case .readOnly(let path):
            "cannot write to \(path): the file or its folder is read-only. Nothing was saved"
        case .diskFull(let path):
            "the disk holding \(path) is full. Nothing was saved"
        case .ioError(let path):
            "a disk error stopped reading or writing \(path). Nothing was saved"
        case .refused(let path):
            "the database at \(path) refused that change. Nothing was saved"
        case .colleagueNotFound(.id(let id)):
            "no colleague with id \(id)"
        case .interactionNotFound(let id):
            "no interaction with id \(id)"
        case .invalid(let message):
            message
        case .undoConflict(let subject):
            "\(subject) was changed elsewhere since; nothing undone"
        }
    }
}

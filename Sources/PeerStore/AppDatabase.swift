import Foundation
import GRDB
import PeerNetwork

/// The Rapport database: one SQLite file in WAL mode, migrated at open, with writes named by
/// intent. Safe to share across threads; the dashboard and a `rapport log` in another shell
/// can write the same file at once (busy timeout, IMMEDIATE write transactions).
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    public let path: String

    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 5

    public init(path: String) throws {
        self.path = path
        try Self.createPrivateFile(at: path)
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            // Deleted notes about real people must not linger in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            let migrator = Self.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.newerVersion(path: path)
            }
            try migrator.migrate(pool)
            writer = pool
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Creates the folder (0700) and an empty file (0600) before SQLite does, so the notes are
    /// private whatever the umask. SQLite gives the WAL and SHM files the database file's mode.
    static func createPrivateFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let files = FileManager.default
        if !files.fileExists(atPath: folder) {
            do {
                try files.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "cannot create folder \(folder)")
            }
        }
        guard !files.fileExists(atPath: path) else { return }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        close(fd)
    }

    /// The default location: `$XDG_DATA_HOME/rapport/rapport.sqlite`, else
    /// `~/.local/share/rapport/rapport.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["RAPPORT_DB"], !explicit.isEmpty { return explicit }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/rapport/rapport.sqlite"
    }

    /// Runs `updates` in one IMMEDIATE transaction and bumps the revision, so every process
    /// with the file open can tell that something changed.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try writer.write { db in
            let result = try updates(db)
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES ('revision', 1)
                ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                """)
            return result
        }
    }

    /// A number that changes with every committed write, from this process or another.
    public func revision() throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'revision'") ?? 0
        }
    }
}

import Foundation
import GRDB
import PeerNetwork

/// The Rapport database: one SQLite file in WAL mode, migrated at open, with writes named by
/// intent. Safe to share across threads (one serialized connection); the dashboard and a
/// `rapport log` in another shell can write the same file at once (WAL, a busy timeout,
/// IMMEDIATE write transactions).
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    public let path: String
    /// A database in memory has no file for a second connection to open.
    let isInMemory: Bool
    /// Things the user should know about the file, found while opening it (permissions tightened).
    public let notices: [String]
    let busyTimeout: TimeInterval

    /// Whether opening may create the file, and whether it may write. Only a write, or the
    /// dashboard on the default path, creates a database: a read on a mistyped path must say so
    /// and leave nothing behind.
    public enum OpenMode: Sendable {
        case createIfMissing
        case existingOnly
        /// A read: the file is never written, not even migrated (an older file is migrated in a
        /// copy in memory) or switched to WAL mode; SQLite's `query_only` refuses any write.
        case readOnly
    }

    /// How long a writer waits for another process's transaction before giving up.
    /// `RAPPORT_BUSY_TIMEOUT` (seconds) sets it: tests wait a fraction of a second, not five.
    public static let defaultBusyTimeout: TimeInterval = {
        guard let text = ProcessInfo.processInfo.environment["RAPPORT_BUSY_TIMEOUT"], let seconds = Double(text), seconds > 0, seconds.isFinite else { return 5 }
        return seconds
    }()
    /// A full `quick_check` reads the whole file, so it runs only when the dashboard opens a file
    /// up to this size (a network of a few hundred colleagues and years of history), where it
    /// costs no perceptible wait. Everywhere else, and for larger files, damage shows when a read
    /// meets it: SQLite's corruption errors become `StoreError.damaged`.
    static let quickCheckLimit = 1 << 20

    /// `checkingIntegrity`: run `quick_check` first (the dashboard, where a damaged file could
    /// otherwise look like an empty network).
    public init(
        path: String, mode: OpenMode = .createIfMissing, busyTimeout: TimeInterval = defaultBusyTimeout, checkingIntegrity: Bool = false
    ) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        isInMemory = false
        try Self.refuseLinks(at: path)
        var kind = stat()
        if stat(path, &kind) == 0, kind.st_mode & S_IFMT == S_IFDIR {
            throw StoreError.invalid("\(path) is a folder, not a database file; give the file's path, such as \(path.hasSuffix("/") ? path : path + "/")rapport.sqlite")
        }
        switch mode {
        case .createIfMissing: try Self.createPrivateFile(at: path)
        case .existingOnly, .readOnly:
            var info = stat()
            guard stat(path, &info) == 0 else { throw StoreError.noDatabase(path: path) }
            // An empty file is not a database: writing a schema into it would turn a stray file
            // (a backup killed half-way, a typo'd path) into an empty network.
            guard info.st_size > 0 else { throw StoreError.invalid("\(path) is empty, not a Rapport database; nothing was changed") }
        }
        notices = Self.tightenPermissions(of: path)
        PrivateFile.protectDatabase(at: path)
        // Processes that open a new file at the same moment must not all run the migrations:
        // the folder lock makes them take turns (a lock on the folder, not the file, so closing
        // it cannot drop SQLite's own locks on the database).
        let folderLock = try Self.lockFolder(of: path)
        defer { Self.unlock(folderLock) }
        let config = Self.configuration(busyTimeout: busyTimeout, queryOnly: mode == .readOnly)
        do {
            // One read-write connection: Rapport drives the database from one thread. (A
            // DatabasePool writes to the file at every open when its WAL is empty, which waits
            // behind any other writer and moves the schema cookie.) Opening it writes nothing.
            let queue = try DatabaseQueue(path: path, configuration: config)
            let needsMigrating = try Self.checkBeforeWriting(queue, path: path, checkingIntegrity: checkingIntegrity)
            if mode == .readOnly {
                writer = needsMigrating ? try Self.migratedCopy(of: queue) : queue
                return
            }
            try queue.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
            // GRDB's migrate always writes (it creates its table if missing), and so would wait
            // behind any other writer: a file that is up to date is not migrated at all.
            if needsMigrating { try Self.migrate(queue) }
            writer = queue
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// A database in memory, gone when the process ends: the `--demo` dashboard, which nothing
    /// else opens, starts without a file, a WAL or a sync to disk.
    public init(inMemoryNamed name: String) throws {
        path = name
        isInMemory = true
        busyTimeout = Self.defaultBusyTimeout
        notices = []
        do {
            let queue = try DatabaseQueue(configuration: Self.configuration(busyTimeout: busyTimeout))
            try Self.migrate(queue)
            writer = queue
        } catch let error as DatabaseError {
            throw StoreError(error, path: name)
        }
    }

    /// A second connection to the same file, which refuses writes, for a read on another thread;
    /// nil for a database in memory. Only SQLite opens the file for it: this connection's open
    /// made the checks, and closing a descriptor of our own on the file would drop every lock this
    /// process holds on it (POSIX), so another process could fold the WAL away under this one.
    public func secondReader() throws -> AppDatabase? {
        guard !isInMemory else { return nil }
        let queue = try translatingErrors {
            try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout, queryOnly: true))
        }
        return AppDatabase(path: path, writer: queue, busyTimeout: busyTimeout)
    }

    private init(path: String, writer: DatabaseQueue, busyTimeout: TimeInterval) {
        (self.path, self.writer, self.busyTimeout, isInMemory, notices) = (path, writer, busyTimeout, false, [])
    }

    /// A new database gets the baseline in one step, then whatever migrations came after it.
    private static func migrate(_ queue: DatabaseQueue) throws {
        _ = try queue.write { db in try SchemaBaseline.createIfEmpty(in: db) }
        try migrator.migrate(queue)
    }

    private static func configuration(busyTimeout: TimeInterval, queryOnly: Bool = false) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // Deleted notes about real people must not linger in free pages. The page cache holds
            // what a filter keystroke reads on a large network (the name index, the totals, the
            // texts and the rows on screen), which SQLite's default of 2 MB read again from the
            // files at every key; it grows only as far as a database needs.
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000")
            if queryOnly { try db.execute(sql: "PRAGMA query_only = ON") }
            db.add(function: foldFunction)
        }
        return config
    }

    /// `rapport_fold(text)`: `String.folded` in SQL, for the search texts the triggers keep
    /// (SQLite's `lower` folds ASCII only). Only Rapport's own connections have it, so a write
    /// to a colleague from another program (the sqlite3 shell) is refused by its trigger.
    static let foldFunction = DatabaseFunction("rapport_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0])?.folded
    }

    /// A file from an older Rapport, read without writing it: copied into memory (SQLite's
    /// backup API, one read transaction) and migrated there.
    private static func migratedCopy(of file: DatabaseQueue) throws -> DatabaseQueue {
        let copy = try DatabaseQueue(configuration: configuration(busyTimeout: 0))
        try file.backup(to: copy)
        try migrate(copy)
        return copy
    }

    /// Rapport never opens its database, WAL or SHM file through a symbolic link: SQLite would
    /// write wherever the link points, and a planted link could redirect the notes or make
    /// another file private. The team cache follows the same rule.
    public static func refuseLinks(at path: String) throws {
        for file in [path, path + "-wal", path + "-shm"] where PrivateFile.isSymbolicLink(file) {
            throw StoreError.cannotOpen(path: path, reason: "\(file) is a symbolic link; Rapport opens only real files (give the path of the file itself)")
        }
    }

    /// Reads the file without writing a byte: is it a database, is it from a newer Rapport, is it
    /// whole? A newer file must be refused before WAL mode or a migration touches it. Returns
    /// whether migrations are due.
    private static func checkBeforeWriting(_ queue: DatabaseQueue, path: String, checkingIntegrity: Bool) throws -> Bool {
        // stat, not FileManager's attributes: those look up the owner's and group's names too.
        var info = stat()
        let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
        guard size > 0 else { return true }
        return try queue.read { db in
            let applied = try appliedMigrations(db)
            let known = migrator.migrations
            if applied.contains(where: { !known.contains($0) }) { throw StoreError.newerVersion(path: path) }
            if checkingIntegrity, size <= quickCheckLimit {
                let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                if result != ["ok"] { throw StoreError.damaged(path: path) }
            }
            return known.contains { !applied.contains($0) }
        }
    }

    /// The migrations the file has had, read once. A file without the table has had none.
    private static func appliedMigrations(_ db: Database) throws -> [String] {
        do {
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        } catch where (try? !db.tableExists("grdb_migrations")) ?? false {
            return []
        }
    }

    /// Creates the folder (0700) and an empty file (0600) before SQLite does, so the notes are
    /// private whatever the umask. SQLite gives the WAL and SHM files the database file's mode.
    public static func createPrivateFile(at path: String) throws {
        let folder = folder(of: path)
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

    /// A database (or its WAL and SHM files) that others can read is made private again, and the
    /// user is told once.
    public static func tightenPermissions(of path: String) -> [String] {
        let tightened = [path, path + "-wal", path + "-shm"].filter(PrivateFile.tighten)
        guard !tightened.isEmpty else { return [] }
        let names = tightened.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        return ["Made \(names) private (mode 0600): others could read your notes about colleagues"]
    }

    /// The folder that holds `path`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func lockFolder(of path: String) throws -> Int32 {
        let folder = folder(of: path)
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw StoreError.cannotOpen(path: path, reason: "cannot open folder \(folder)") }
        while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        return fd
    }

    private static func unlock(_ fd: Int32) {
        flock(fd, LOCK_UN)
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
            dataHome = HomeDirectory.path(environment: environment) + "/.local/share"
        }
        return dataHome + "/rapport/rapport.sqlite"
    }

    /// Runs `updates` in one IMMEDIATE transaction and, if it changed a row, bumps the revision,
    /// so every process with the file open can tell that something changed. A save with nothing
    /// changed changes nothing: the writes below skip rows that would stay the same, and then
    /// the file and its revision stay as they were. Called inside another write (a batch, a
    /// recorded change), it joins that transaction instead.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try translatingErrors {
            try writer.unsafeReentrantWrite { db in
                if db.isInsideTransaction { return try updates(db) }
                var result: T?
                try db.inTransaction(.immediate) {
                    let changesBefore = db.totalChangesCount
                    result = try updates(db)
                    guard db.totalChangesCount != changesBefore else { return .commit }
                    try db.execute(sql: """
                        INSERT INTO setting (key, value) VALUES ('revision', 1)
                        ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                        """)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Reads in a snapshot; inside a write, reads what that write has done so far.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        try translatingErrors { try writer.unsafeReentrantRead(value) }
    }

    /// SQLite's words never reach the user: its errors become `StoreError` sentences.
    func translatingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A number that changes with every committed write, from this process or another.
    public func revision() throws -> Int {
        try read { db in try Self.revision(in: db) }
    }

    static func revision(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'revision'") ?? 0
    }
}

import Foundation
import GRDB
import Synchronization

/// A read-only connection beside the one the database writes through, opened on first use: a
/// read of the whole network splits its rows across the two, so SQLite steps and Swift decodes
/// them on two cores at once.
final class SecondReader: Sendable {
    private let path: String?
    private let busyTimeout: TimeInterval
    private let opened = Mutex<DatabaseQueue?>(nil)

    /// `path` nil: a database in memory, which no second connection can see.
    init(path: String?, busyTimeout: TimeInterval) {
        self.path = path
        self.busyTimeout = busyTimeout
    }

    var isPossible: Bool { path != nil }

    /// Closes the connection if it was opened; see `AppDatabase.closeBeforeExit`.
    func closeBeforeExit() {
        opened.withLock { opened in try? opened?.close() }
    }

    /// The connection, or nil when there can be none.
    func connection() throws -> DatabaseQueue? {
        guard let path else { return nil }
        return try opened.withLock { opened in
            if let opened { return opened }
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: config)
            opened = queue
            return queue
        }
    }
}

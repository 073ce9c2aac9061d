import Glibc
import PeerStore
import Synchronization

/// Every database a subcommand opens, kept to the end of the process and closed as it exits
/// (`AppDatabase.closeBeforeExit`), not torn down when the command is done with it: GRDB's
/// queue unregisters from Foundation's NotificationCenter as it goes, 690,000 instructions on
/// Linux, a twentieth of a `rapport log`. An exit with an error closes them too. The dashboard
/// is not a subcommand: `DashboardLauncher` closes its store as it quits.
enum OpenStores {
    private static let opened = Mutex<[AppDatabase]>([])

    static func keep(_ database: AppDatabase) {
        opened.withLock { opened in
            if opened.isEmpty { atexit { OpenStores.closeAll() } }
            opened.append(database)
        }
    }

    private static func closeAll() {
        for database in opened.withLock({ $0 }) { database.closeBeforeExit() }
    }
}

import Dashboard
import Foundation
import RapportApp
import NcursesTerminal
import PeerStore
import TerminalUI

/// Opens the full-screen dashboard on the user's database, or on a throwaway demo in memory.
enum DashboardLauncher {
    /// `databasePath`: --db, or nil for $RAPPORT_DB or the default.
    static func run(databasePath: String?, demo: Bool, redact: Bool = false) throws {
        try runSession(databasePath: databasePath, demo: demo, redact: redact)
        // Ended by Ctrl-C, a terminate request or a hang-up: the store is closed and the
        // terminal back, and the exit status says which signal, as the shell expects.
        // The store closed as `runSession` returned: its WAL is folded into the file and removed.
        if let signal = NcursesBackend.quitSignal { exit(128 + signal) }
    }

    private static func runSession(databasePath: String?, demo: Bool, redact: Bool) throws {
        let database: AppDatabase
        if demo {
            database = try DemoNetwork.inMemory()
        } else {
            // The default path is created on first run; a --db path must exist, so a typo is
            // reported instead of opening an empty network somewhere unexpected.
            database = try AppDatabase(
                path: databasePath ?? AppDatabase.defaultPath(), mode: databasePath == nil ? .createIfMissing : .existingOnly,
                checkingIntegrity: true)
        }
        let terminal = try NcursesBackend()
        defer { terminal.stop() }
        let runtime = DashboardRuntime(
            terminal: terminal, data: StoreDataSource(database: database), clock: { AppClock.now }, editFile: ExternalEditor.edit)
        if let notice = database.notices.first { runtime.dispatch(.notice(notice)) }
        if !terminal.unicode { runtime.dispatch(.notice(ASCIIFallback.hint)) }
        if redact { runtime.dispatchKey(.control("p")) }
        runtime.run()
    }
}

import Dashboard
import Foundation
import NcursesTerminal
import PeerStore

/// Opens the full-screen dashboard on the user's database, or on a throwaway demo copy.
enum DashboardLauncher {
    static func run(store: StoreOptions, demo: Bool) throws {
        var demoFolder: URL?
        defer { if let demoFolder { try? FileManager.default.removeItem(at: demoFolder) } }
        let database: AppDatabase
        if demo {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-demo-\(UUID().uuidString)")
            demoFolder = folder
            database = try AppDatabase(path: folder.appendingPathComponent("demo.sqlite").path)
            try DemoNetwork.fill(database)
        } else {
            database = try store.open()
        }
        let terminal = try NcursesBackend()
        defer { terminal.stop() }
        DashboardRuntime(
            terminal: terminal, data: StoreDataSource(database: database), clock: { Clock.now }, editFile: ExternalEditor.edit
        ).run()
    }
}

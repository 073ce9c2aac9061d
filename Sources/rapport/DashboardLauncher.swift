import Foundation

/// Opens the full-screen dashboard.
enum DashboardLauncher {
    static func run(store: StoreOptions, demo: Bool) throws {
        throw CLIError("the dashboard is not built yet; use the subcommands (rapport --help)")
    }
}

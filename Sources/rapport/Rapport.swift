import ArgumentParser
import RapportApp
import Foundation

/// The `rapport` command: the dashboard with no subcommand, scripting and quick logging with one.
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "A keyboard-first dashboard for your peer network.",
        discussion: """
            Run with no subcommand to open the dashboard. The database is \
            $XDG_DATA_HOME/rapport/rapport.sqlite unless --db or RAPPORT_DB says otherwise.
            """,
        version: "0.3.0",
        subcommands: [
            Add.self, Edit.self, Archive.self, Rate.self, Log.self, List.self, Show.self, BalanceCommand.self,
            Budget.self, NeedCommand.self, PromiseCommand.self, ReviewCommand.self, WeekStartCommand.self, Departments.self,
            History.self, Undo.self, Agenda.self, Organisation.self, CalendarCommand.self, Brief.self, Import.self, Export.self, Backup.self, Demo.self, Team.self, Help.self,
        ])

    @OptionGroup var store: StoreOptions

    @Flag(help: "Open the dashboard on a throwaway copy of the demo network; your database is not touched.")
    var demo = false

    @Flag(help: "Open the dashboard redacted for screen-sharing: initials, no notes or ratings (Ctrl-P toggles).")
    var redact = false

    func run() throws {
        try DashboardLauncher.run(databasePath: store.path, demo: demo, redact: redact)
    }
}

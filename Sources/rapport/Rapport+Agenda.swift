import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp

extension Rapport {
    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda",
            abstract: "What is due: promises and needs, the review's next actions, people to get back in touch with.",
            discussion: """
                One screenful for a morning shell, or a notification (see the README for cron and systemd).
                Examples:
                  rapport agenda
                  rapport agenda --days 3 --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("How many days ahead (default 7).", valueName: "days")) var days = 7
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            guard (0...366).contains(days) else { throw CLIError("--days must be 0 to 366, not \(days)") }
            let database = try store.openForReading()
            let now = AppClock.now
            let calendar = try database.weekCalendar()
            let input = try database.reviewInputWithCharter(now: now, calendar: calendar)
            var meetings: Int?
            if try !database.calendarSources().isEmpty {
                let (pending, warnings) = try MeetingsOnFile.toLog(in: database, now: now)
                for warning in warnings { printError("Warning: \(warning)") }
                meetings = pending.count
            }
            let agenda = RapportApp.Agenda(
                input: input, review: Review.build(input, now: now, calendar: calendar), now: now, days: days, meetingsToLog: meetings)
            print(json ? agenda.json.rendered() : agenda.text(calendar: calendar))
        }
    }
}

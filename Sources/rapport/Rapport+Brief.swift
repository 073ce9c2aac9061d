import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp
import TerminalUI

extension Rapport {
    struct Brief: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "brief",
            abstract: "Before a meeting: what each person values, what is open between you, and one thing to do.",
            discussion: """
                With no name, briefs you on your next calendar meeting with colleagues within 24 hours.
                Examples:
                  rapport brief
                  rapport brief dana
                  rapport brief --format markdown >> notes.md
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

        @OptionGroup var store: StoreOptions
        @Argument(help: "A colleague; none for your next meeting.", completion: ColleagueCompletion.kind) var name: String?
        @Option(help: "text (one screen) or markdown (to paste into meeting notes).") var format: Format = .text
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let database = try store.openForReading()
            let now = AppClock.now
            let brief: PeerNetwork.Brief
            if let name {
                brief = try BriefRead.brief([try ColleagueResolver.resolve(name, in: database).id!], meeting: nil, in: database, now: now)
            } else {
                let rules = try database.meetingRules()
                let sources = try database.calendarSources()
                guard !sources.isEmpty else { throw CLIError("no calendar to look ahead in: name a colleague (rapport brief NAME), or add a calendar (rapport calendar add PATH)") }
                let scan = CalendarScan.read(sources, rules: rules, now: now)
                for warning in scan.warnings { printError("Warning: \(warning)") }
                guard let next = try scan.nextMeeting(database, rules: rules, now: now) else {
                    throw CLIError("no meeting with colleagues in the next 24 hours; name one: rapport brief NAME")
                }
                brief = try BriefRead.brief(next.colleagues.map(\.id), meeting: next, in: database, now: now)
            }
            if json { return BriefRead.json(brief, now: now).printLine() }
            let calendar = try database.weekCalendar()
            switch format {
            case .markdown:
                print(brief.lines(now: now, calendar: calendar, markdown: true).joined(separator: "\n"))
            case .text:
                // One screen: each line cut to the terminal's width.
                let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "").flatMap { $0 > 20 ? $0 : nil } ?? 80
                print(brief.screen(rows: 24, now: now, calendar: calendar).map { DisplayWidth.truncate($0, to: width) }.joined(separator: "\n"))
            }
        }
    }
}

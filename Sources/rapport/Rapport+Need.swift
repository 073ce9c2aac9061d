import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct NeedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "need",
            abstract: "Note what you will need from a colleague, and by when.",
            discussion: """
                The weekly review tells you to feed them information before the day comes.
                Example: rapport need add dana sign-off on the platform budget by march
                """,
            subcommands: [Add.self, List.self, Done.self, Delete.self], defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add a need: NAME WHAT... by DAY (or --by DAY).",
                discussion: """
                    \(DueDateOption.help)
                    Examples:
                      rapport need add dana sign-off on the platform budget by march
                      rapport need add '#7' the security review --by 2027-01-15
                    """)
            @OptionGroup var store: StoreOptions
            @Argument(help: "Who you will need it from: a name prefix, a full name, or #ID.", completion: ColleagueCompletion.kind) var name: String
            @Argument(parsing: .allUnrecognized, help: "What you will need.") var what: [String] = []
            @Option(help: ArgumentHelp(DueDateOption.help + " Or end WHAT with: by DAY.", valueName: "day")) var by: String?

            func run() throws {
                let database = try store.open()
                let colleague = try ColleagueResolver.resolve(name, in: database)
                let now = AppClock.now
                let line = try CommitmentWords.parse(what, by: by, requiringDay: true, now: now, calendar: try database.weekCalendar())
                let due = line.due!
                let need = try database.addNeed(Need(colleagueID: colleague.id!, what: line.what, dueAt: due, createdAt: now))
                print("Need #\(need.id!): \(need.what.onOneLine) from \(colleague.name), by \(DueDate.describe(due, now: now))")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List open needs, soonest first.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Only this colleague's.", completion: ColleagueCompletion.kind) var name: String?
            @Flag(help: "Include met and dropped needs.") var all = false
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                let database = try store.openForReading()
                let colleague = try name.map { try ColleagueResolver.resolve($0, in: database) }
                let needs = try database.needs(of: colleague?.id, includeClosed: all)
                let names = try database.names(of: Set(needs.map(\.colleagueID)))
                let now = AppClock.now
                if json {
                    JSONValue.array(needs.map { JSONValue.need($0, name: names[$0.colleagueID]) }).printLine()
                    return
                }
                guard !needs.isEmpty else { print(all ? "No needs." : "No open needs. Add one: rapport need add NAME WHAT --by DAY"); return }
                var table = TextTable(headers: ["ID", "FROM", "BY", "WHEN", "WHAT"], rightAligned: [0], maxWidths: [1: 24])
                for need in needs {
                    table.rows.append([
                        "#\(need.id!)", names[need.colleagueID] ?? "?", DueDate.describe(need.dueAt, now: now),
                        need.closedAt == nil ? DueDate.relative(need.dueAt, now: now).replacingOccurrences(of: "due ", with: "") : "closed",
                        need.what,
                    ])
                }
                print(table.rendered())
            }
        }

        struct Done: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a need met (or no longer needed).")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The need's id, as `need list` shows it (#3 or 3).") var id: String

            func run() throws {
                try CommitmentID.act(on: id, kind: "need", store: store, verb: "Closed", find: { try $0.need($1) }, what: \.what, done: { $0.closedAt != nil }) {
                    try $0.closeNeed($1, at: AppClock.now)
                }
            }
        }

        struct Delete: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a need entered by mistake.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The need's id (#3 or 3).") var id: String

            func run() throws {
                try CommitmentID.act(on: id, kind: "need", store: store, verb: "Deleted", find: { try $0.need($1) }, what: \.what) {
                    try $0.deleteNeed($1)
                }
            }
        }
    }
}

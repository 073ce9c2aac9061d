import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct PromiseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "promise",
            abstract: "Keep track of promises, yours and theirs.",
            discussion: """
                rapport promise add --to dana the Q3 deck by friday     (I promised Dana)
                rapport promise add --from dana an intro to procurement    (Dana promised me)
                The weekly review shows the ones due within 3 days or overdue.
                """,
            subcommands: [Add.self, List.self, Kept.self, Delete.self], defaultSubcommand: List.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add a promise: --to NAME or --from NAME, then WHAT.",
                discussion: """
                    \(DueDateOption.help)
                    Examples:
                      rapport promise add --to dana the Q3 deck by friday
                      rapport promise add --from kenji an intro to procurement --by 2w
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: ArgumentHelp("You promised this colleague.", valueName: "name"), completion: ColleagueCompletion.kind) var to: String?
            @Option(help: ArgumentHelp("This colleague promised you.", valueName: "name"), completion: ColleagueCompletion.kind) var from: String?
            @Option(help: ArgumentHelp(DueDateOption.help + " Optional; or end WHAT with: by DAY.", valueName: "day")) var by: String?
            @Argument(parsing: .allUnrecognized, help: "What was promised.") var what: [String] = []

            func validate() throws {
                if to != nil, from != nil {
                    throw ValidationError("a promise is yours (--to NAME) or theirs (--from NAME), not both")
                }
                guard to != nil || from != nil else {
                    throw ValidationError("say who: --to NAME for a promise you made, or --from NAME for one made to you")
                }
            }

            func run() throws {
                let database = try store.open()
                let colleague = try ColleagueResolver.resolve(to ?? from!, in: database)
                let now = AppClock.now
                let line = try CommitmentWords.parse(what, by: by, requiringDay: false, now: now, calendar: try database.weekCalendar())
                let due = line.due
                let promise = try database.addPromise(Promise(
                    colleagueID: colleague.id!, direction: to != nil ? .mine : .theirs, what: line.what, dueAt: due, createdAt: now))
                let who = promise.direction == .mine ? "You promised \(colleague.name)" : "\(colleague.name) promised you"
                let when = due.map { ", by \(DueDate.describe($0, now: now))" } ?? ""
                print("Promise #\(promise.id!): \(who) \(promise.what.onOneLine)\(when)")
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List open promises, soonest first.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Only this colleague's.", completion: ColleagueCompletion.kind) var name: String?
            @Flag(help: "Include kept promises.") var all = false
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                let database = try store.openForReading()
                let colleague = try name.map { try ColleagueResolver.resolve($0, in: database) }
                let promises = try database.promises(of: colleague?.id, includeKept: all)
                let names = try database.names(of: Set(promises.map(\.colleagueID)))
                let now = AppClock.now
                if json {
                    JSONValue.array(promises.map { JSONValue.promise($0, name: names[$0.colleagueID]) }).printLine()
                    return
                }
                guard !promises.isEmpty else { print(all ? "No promises." : "No open promises. Add one: rapport promise add --to NAME WHAT"); return }
                var table = TextTable(headers: ["ID", "WHO", "COLLEAGUE", "DUE", "WHEN", "WHAT"], rightAligned: [0], maxWidths: [2: 24])
                for promise in promises {
                    let when = promise.keptAt != nil ? "kept"
                        : promise.dueAt.map { DueDate.relative($0, now: now).replacingOccurrences(of: "due ", with: "") } ?? ""
                    table.rows.append([
                        "#\(promise.id!)", promise.direction == .mine ? "you owe" : "owes you", names[promise.colleagueID] ?? "?",
                        promise.dueAt.map { DueDate.describe($0, now: now) } ?? "–", when, promise.what,
                    ])
                }
                print(table.rendered())
            }
        }

        struct Kept: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "kept", abstract: "Mark a promise kept (or let go).")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The promise's id, as `promise list` shows it (#3 or 3).") var id: String

            func run() throws {
                try CommitmentID.act(on: id, kind: "promise", store: store, verb: "Kept", find: { try $0.promise($1) }, what: \.what, done: { $0.keptAt != nil }) {
                    try $0.keepPromise($1, at: AppClock.now)
                }
            }
        }

        struct Delete: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a promise entered by mistake.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The promise's id (#3 or 3).") var id: String

            func run() throws {
                try CommitmentID.act(on: id, kind: "promise", store: store, verb: "Deleted", find: { try $0.promise($1) }, what: \.what) {
                    try $0.deletePromise($1)
                }
            }
        }
    }
}

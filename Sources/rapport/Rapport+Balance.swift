import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct BalanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "balance",
            abstract: "Show give/receive balance overall and the one-way relationships.",
            discussion: """
                Each exchange weighs 2^(−age in days/45). Score = (given − received)/(given + received), \
                from −1 (you only receive) to +1 (you only give). The counts are the window's; the weights \
                reach back over the whole log. One-way: at least 3 exchanges in the window and |score| ≥ 0.6.
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The window the counts cover, in days.") var window = Balance.defaultWindowDays
        @Flag(help: "Print JSON (see README, \"JSON output\").") var json = false

        func run() throws {
            guard window > 0 else { throw CLIError("--window must be a positive number of days, not \(window)") }
            let database = try store.openForReading()
            let now = AppClock.now
            let overall = try database.balance(now: now, windowDays: window)
            // Only the few leaning far enough are read, with a margin for the stored score's rounding.
            let summaries = try database.colleagueSummaries(now: now, sort: .balance, windowDays: window, leaningAtLeast: Balance.oneWayScore - 0.01)
            let oneWay = summaries.filter { $0.balance.leaning != .balanced }
            let budget = try database.helpBudget(now: now)
            if json {
                print(JSONValue.object([
                    ("windowDays", .int(window)),
                    ("overall", .balance(overall)),
                    ("budget", .object([("weeklyHours", .double(budget.weeklyHours)), ("usedMinutes", .int(budget.usedMinutes)), ("over", .bool(budget.isOver))])),
                    ("oneWay", .array(oneWay.map { summary in
                        .object([("id", .int(Int(summary.id))), ("name", .string(summary.colleague.name)), ("balance", .balance(summary.balance))])
                    })),
                ]).rendered())
                return
            }
            print("Last \(window) days: gave \(overall.givenCount) (\(QuickLogSummary.duration(overall.givenMinutes))), received \(overall.receivedCount) (\(QuickLogSummary.duration(overall.receivedMinutes))), mutual \(overall.mutualCount)")
            print("Balance \(BalanceFormat.signed(overall.score)) by count, \(BalanceFormat.signed(overall.minutesScore)) by time (+ you give more, − you receive more)")
            print("Help this week: \(QuickLogSummary.duration(budget.usedMinutes)) of \(BalanceFormat.budgetHours(budget.weeklyHours)) budget\(budget.isOver ? " — over budget" : "")")
            guard !oneWay.isEmpty else { print("No one-way relationships."); return }
            print("")
            var table = TextTable(headers: ["ID", "NAME", "GAVE", "GOT", "SCORE", "LEANING"], rightAligned: [0, 2, 3, 4], maxWidths: [1: 28])
            for summary in oneWay {
                table.rows.append([
                    "#\(summary.id)", summary.colleague.name, String(summary.balance.givenCount), String(summary.balance.receivedCount),
                    BalanceFormat.signed(summary.balance.score),
                    summary.balance.leaning == .onlyGiving ? "you only give" : "you only receive",
                ])
            }
            print(table.rendered())
        }
    }
}

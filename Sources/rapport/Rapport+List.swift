import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension ColleagueSort: ExpressibleByArgument {}

extension Rapport {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List colleagues with ratings, stance, balance and last contact.",
            discussion: "Example: rapport list --sort vital")

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Sort by \(ColleagueSort.spellings).", valueName: "key")) var sort: ColleagueSort = .name
        @Flag(help: "Reverse the sort order.") var reverse = false
        @Flag(help: "Include archived colleagues.") var archived = false
        @Option(help: "Only names, teams, roles or tags containing this text.") var filter: String = ""
        @Flag(help: "Print JSON (see README, \"JSON output\").") var json = false

        func run() throws {
            let database = try store.openForReading()
            let now = AppClock.now
            let summaries = try database.colleagueSummaries(
                now: now, sort: sort, descending: reverse, includeArchived: archived, matching: filter)
            if json {
                JSONValue.array(summaries.map { .colleague($0.colleague, lastContact: $0.lastContact, balance: $0.balance) }).printLine()
                return
            }
            guard !summaries.isEmpty else {
                print(filter.isEmpty ? "No colleagues yet. Add one with: rapport add \"Dana Whitfield\" --team Finance" : "No colleague matches '\(filter)'.")
                return
            }
            var table = TextTable(
                headers: ["ID", "NAME", "TEAM", "V", "F", "Q", "T", "STANCE", "BALANCE", "LAST"],
                rightAligned: [0, 3, 4, 5, 6, 8, 9], maxWidths: [1: 28, 2: 16])
            for summary in summaries {
                let colleague = summary.colleague
                let ratings = RatingDimension.allCases.map { colleague.ratings[$0].map(String.init) ?? "·" }
                table.rows.append(
                    ["#\(colleague.id!)", colleague.name + (colleague.archived ? " (archived)" : ""), colleague.team]
                        + ratings
                        + [colleague.stance.rawValue, BalanceFormat.signed(summary.balance.score),
                           RelativeTime.short(from: summary.lastContact, to: now)])
            }
            print(table.rendered())
        }
    }
}

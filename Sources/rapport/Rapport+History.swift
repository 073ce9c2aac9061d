import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp
import TerminalUI

extension Rapport {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List interactions, newest first, with their IDs; fix or remove one by its ID.",
            discussion: """
                Examples:
                  rapport history dana --since 2w
                  rapport history edit 42 dana gave info 30m yesterday sent the Q3 numbers
                  rapport history delete 42
                  rapport undo                 (takes back the last edit, delete or log from the shell)
                """,
            subcommands: [HistoryList.self, HistoryEdit.self, HistoryDelete.self], defaultSubcommand: HistoryList.self)
    }

    struct HistoryList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List interactions, newest first (the default).",
            discussion: """
                Days are \(PastDay.spellings); --until includes that day.
                Examples:
                  rapport history dana --since 2w
                  rapport history --kind info --since 2026-10-01 --until 2026-10-31 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("Only interactions with these colleagues.", valueName: "name"), completion: ColleagueCompletion.kind)
        var names: [String] = []
        @Option(help: ArgumentHelp("From this day on.", valueName: "day")) var since: String?
        @Option(help: ArgumentHelp("Up to and including this day.", valueName: "day")) var until: String?
        @Option(help: ArgumentHelp("Only this kind: \(InteractionKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
        var kind: String?
        @Option(help: ArgumentHelp("At most this many (newest first).", valueName: "count")) var limit: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let database = try store.openForReading()
            let now = AppClock.now
            let calendar = try database.weekCalendar()
            func day(_ text: String?, _ option: String) throws -> Date? {
                try text.map { text in
                    guard let date = PastDay.parse(text, now: now, calendar: calendar) else {
                        throw CLIError("--\(option) '\(text)' is not a day: use \(PastDay.spellings)")
                    }
                    return date
                }
            }
            let start = try day(since, "since")
            let end = try day(until, "until").flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
            if let start, let end, start >= end { throw CLIError("--since \(since!) is after --until \(until!): no day lies between") }
            let kindFilter = try kind.map { name -> InteractionKind in
                guard let kind = InteractionKind(rawValue: name.lowercased()) else {
                    throw CLIError("--kind '\(name)' is not one of \(InteractionKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return kind
            }
            if let limit, limit < 1 { throw CLIError("--limit must be at least 1") }
            let ids = try names.map { try ColleagueResolver.resolve($0, in: database).id! }
            var printer = json ? JSONValue.ArrayPrinter() : nil
            var widths: [Int]?
            var days = DayLabels(now: now)
            // Names read as pages first need them: a whole history names everyone in a few.
            var names: [ColleagueID: String] = [:]
            try database.history(with: ids, since: start, until: end, kind: kindFilter, limit: limit, pageSize: Self.pageSize) { interactions in
                let unnamed = Set(interactions.flatMap(\.colleagueIDs)).subtracting(names.keys)
                if !unnamed.isEmpty { names.merge(try database.names(of: unnamed)) { known, _ in known } }
                if printer != nil {
                    for interaction in interactions { printer?.append(JSONValue.interaction(interaction, names: names)) }
                    return
                }
                let table = Self.table(interactions, names: names, days: &days)
                let first = widths == nil
                if first {
                    // More pages may follow, whose cells the first's widths must hold.
                    let last = interactions.count < Self.pageSize || limit.map { $0 <= Self.pageSize } == true
                    widths = last ? table.widths() : zip(table.widths(), Self.pagedWidths).map(max)
                }
                print(table.rendered(widths: widths!, includingHeader: first))
            }
            if printer != nil { printer?.finish() } else if widths == nil { print("No interactions match.") }
        }

        /// History is read and printed a page at a time (`AppDatabase.history(pageSize:)`).
        static let pageSize = 1000
        /// A history of more than a page keeps its first page's column widths, at least these:
        /// an ID, a date, the names' cap, "received", "recognition", "166h40m", the note's cap.
        static let pagedWidths = [8, 10, 28, 8, 11, 7, 60]

        private static func table(_ interactions: [Interaction], names: [ColleagueID: String], days: inout DayLabels) -> TextTable {
            var table = TextTable(headers: ["ID", "WHEN", "WITH", "DIR", "KIND", "TIME", "NOTE"], rightAligned: [0, 5], maxWidths: [2: 28, 6: 60])
            for interaction in interactions {
                table.rows.append([
                    "#\(interaction.id ?? 0)", days.label(for: interaction.occurredAt), interaction.colleagueIDs.compactMap { names[$0] }.joined(separator: ", "),
                    interaction.direction.rawValue, interaction.kind.rawValue, interaction.minutes.map(QuickLogSummary.duration) ?? "",
                    interaction.note,
                ])
            }
            return table
        }
    }
}

import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Print the weekly review: this week's exchange, the help budget, and the next actions.",
            discussion: """
                The same review as the dashboard's screen 4. A past week shows the log as it was at its end \
                (with today's ratings). Markdown is for pasting into notes; JSON is for scripts.
                Examples:
                  rapport review
                  rapport review --week 2026-W47 --format markdown
                  rapport review --snooze stale-ratings:12
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json
        }

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("An ISO week like 2026-W47 (default: this week).", valueName: "week")) var week: String?
        @Option(help: "text, markdown or json.") var format: Format = .text
        @Flag(help: "Also list the items marked done, snoozed or dismissed.") var hidden = false
        @Flag(help: "Print JSON (the same as --format json).") var json = false
        @Option(help: ArgumentHelp("Mark an item done, by its key (see --format json).", valueName: "key")) var done: String?
        @Option(help: ArgumentHelp("Snooze an item for a week.", valueName: "key")) var snooze: String?
        @Option(help: ArgumentHelp("Dismiss an item for good.", valueName: "key")) var dismiss: String?
        @Option(help: ArgumentHelp("Put a done, snoozed or dismissed item back in the queue.", valueName: "key")) var restore: String?

        /// At most one of --done, --snooze, --dismiss and --restore, with its key.
        var action: (ReviewDecision.Choice?, String)? {
            [(ReviewDecision.Choice?.some(.done), done), (.some(.snoozed), snooze), (.some(.dismissed), dismiss), (nil, restore)].compactMap { choice, key in key.map { (choice, $0) } }.first
        }

        func validate() throws {
            guard [done, snooze, dismiss, restore].compactMap({ $0 }).count <= 1 else {
                throw ValidationError("use one of --done, --snooze, --dismiss and --restore at a time")
            }
        }

        func run() throws {
            if let (choice, key) = action {
                try decide(choice, key: key, in: try store.open())
                return
            }
            try show(format: json ? .json : format, showsHidden: hidden)
        }

        private func show(format: Format, showsHidden: Bool) throws {
            let database = try store.openForReading()
            let calendar = try database.weekCalendar()
            var now = AppClock.now
            if let week {
                guard let chosen = Week.parse(week, calendar: calendar) else {
                    throw CLIError("--week '\(week)' is not a week like 2026-W47")
                }
                guard chosen.start <= now else { throw CLIError("--week \(week) has not started yet") }
                now = min(now, chosen.end.addingTimeInterval(-1))
            }
            let review = try database.reviewWithCharter(now: now, calendar: calendar)
            switch format {
            case .json: JSONValue.review(review).printLine()
            case .markdown: print(ReviewReport(review: review, calendar: calendar, showsHidden: showsHidden).markdown())
            case .text: print(ReviewReport(review: review, calendar: calendar, showsHidden: showsHidden).text())
            }
        }
    }
}

extension Rapport.ReviewCommand {
    /// Decisions from the shell act on what this week's review shows, as the dashboard does.
    func decide(_ choice: ReviewDecision.Choice?, key: String, in database: AppDatabase) throws {
        let now = AppClock.now
        guard let choice else {
            guard try database.forgetDecision(key) != nil else {
                throw CLIError("no done, snoozed or dismissed item has the key '\(key)'; rapport review --hidden lists them")
            }
            print("Back in the queue: \(key)")
            return
        }
        let review = try database.reviewWithCharter(now: now)
        guard let insight = (review.insights + review.hiddenInsights).first(where: { $0.key == key }) else {
            throw CLIError("no item in this week's review has the key '\(key)'; rapport review --format json lists them")
        }
        let decided = insight.decided(choice, at: now)
        try database.decide(decided.decision, keeping: decided.keeping)
        print(decided.description)
    }
}

extension Rapport {
    struct WeekStartCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "week-start",
            abstract: "Set or show the day weeks start on, for the budget and the review (default monday).")

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("A weekday: \(WeekStart.spellings).", valueName: "day")) var day: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let database = try day == nil ? store.openForReading() : store.open(creating: true)
            if let day {
                guard let start = WeekStart(parsing: day) else {
                    throw CLIError("'\(day)' is not a weekday; use one of \(WeekStart.spellings)")
                }
                try database.setWeekStart(start)
            }
            let name = try database.weekStart().name
            print(json ? JSONValue.object([("weekStart", .string(name))]).rendered() : "Weeks start on \(name)")
        }
    }

    struct Departments: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "departments",
            abstract: "List departments, and declare the ones you want ties to.",
            discussion: """
                Every colleague's team is a department. Declare the others you should know someone in; \
                the review flags departments with nobody, or nobody contacted in a month.
                Example: rapport departments --add Legal --add Procurement
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Declare a department.", valueName: "name")) var add: [String] = []
        @Option(help: ArgumentHelp("Forget a declared department.", valueName: "name")) var remove: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let database = try add.isEmpty && remove.isEmpty ? store.openForReading() : store.open(creating: !add.isEmpty)
            let before = try database.declaredDepartments()
            for name in remove where !before.contains(where: { $0.folded == name.trimmed.folded }) {
                throw CLIError("'\(name)' is not a declared department; declared: \(before.isEmpty ? "none" : before.joined(separator: ", "))")
            }
            for name in add where name.trimmed.isEmpty { throw CLIError("--add needs a department name") }
            for name in add { try database.declareDepartment(name) }
            for name in remove { try database.forgetDepartment(name) }
            let declared = try database.declaredDepartments()
            var counts: [String: (name: String, count: Int)] = [:]
            for department in try database.departments() where !department.name.isEmpty {
                counts[department.name.folded] = (department.name, department.activeCount)
            }
            for name in declared where counts[name.folded] == nil { counts[name.folded] = (name, 0) }
            let sorted = counts.sorted(by: { $0.key < $1.key }).map(\.value)
            if json {
                print(JSONValue.array(sorted.map { entry in
                    .object([
                        ("name", .string(entry.name)), ("people", .int(entry.count)),
                        ("declared", .bool(declared.contains { $0.folded == entry.name.folded })),
                    ])
                }).rendered())
                return
            }
            guard !counts.isEmpty else { print("No departments yet. Give colleagues a --team, or declare one with --add."); return }
            var table = TextTable(headers: ["DEPARTMENT", "PEOPLE", "DECLARED"], rightAligned: [1])
            for entry in sorted {
                let isDeclared = declared.contains { $0.folded == entry.name.folded }
                table.rows.append([entry.name, String(entry.count), isDeclared ? "yes" : ""])
            }
            print(table.rendered())
        }
    }
}

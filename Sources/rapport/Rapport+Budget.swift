import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork

extension Rapport {
    struct Budget: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "budget",
            abstract: "Set or show the weekly hours you are willing to spend helping.",
            discussion: "Minutes of exchanges where you gave count against it. Example: rapport budget 4")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Hours per week (0 to 168). Omit to show this week's use.") var hours: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let database = try hours == nil ? store.openForReading() : store.open(creating: true)
            if let hours {
                // Decimal figures only: Double(_:) also reads 0x10, 1e2, inf and nan.
                guard hours.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }), let value = Double(hours),
                      HelpBudget.allowedWeeklyHours.contains(value) else {
                    throw CLIError("budget '\(hours)' is not a number of hours from 0 to 168")
                }
                try database.setWeeklyBudget(hours: value)
            }
            let now = AppClock.now
            let calendar = try database.weekCalendar()
            let budget = try database.helpBudget(now: now, calendar: calendar)
            if json {
                print(JSONValue.object([
                    ("week", .string(Week.containing(now, calendar: calendar).label(calendar: calendar))),
                    ("weeklyHours", .double(budget.weeklyHours)),
                    ("usedMinutes", .int(budget.usedMinutes)),
                    ("fractionUsed", .score(budget.fractionUsed)),
                    ("over", .bool(budget.isOver)),
                ]).rendered())
                return
            }
            let percent = Int((budget.fractionUsed * 100).rounded())
            print("Weekly help budget \(BalanceFormat.budgetHours(budget.weeklyHours)); used \(QuickLogSummary.duration(budget.usedMinutes)) this week (\(percent)%)\(budget.isOver ? ", over budget" : "")")
        }
    }
}

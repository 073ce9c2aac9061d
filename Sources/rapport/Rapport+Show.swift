import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show everything about one colleague: fields, ratings and their history, balance, recent interactions.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "A unique name prefix, the full name, or #ID.", completion: ColleagueCompletion.kind) var name: String
        @Option(help: "How many recent interactions to show.") var recent = 10
        @Flag(help: "Print JSON (see README, \"JSON output\").") var json = false

        func run() throws {
            let database = try store.openForReading()
            let colleague = try ColleagueResolver.resolve(name, in: database)
            let id = colleague.id!
            let now = AppClock.now
            let balance = try database.balance(of: id, now: now)
            let lastContact = try database.lastContact(with: id)
            let ratingHistory = try database.ratingHistory(of: id)
            let stanceHistory = try database.stanceHistory(of: id)
            let interactions = try database.interactions(of: id, limit: max(0, recent))
            let needs = try database.needs(of: id)
            let promises = try database.promises(of: id)
            // Only the people these interactions name, not everyone.
            let names = try database.names(of: Set(interactions.flatMap(\.colleagueIDs)))

            if json {
                guard case .object(var fields) = JSONValue.colleague(colleague, lastContact: lastContact, balance: balance) else { return }
                fields += [
                    ("notes", .string(colleague.notes)), ("agenda", .string(colleague.agenda)),
                    ("motivators", .string(colleague.motivators)), ("demotivators", .string(colleague.demotivators)),
                    ("valuedInfo", .string(colleague.valuedInfo)),
                    // The rhythm in effect (nil: none), and whether it was set or follows vital.
                    ("keepInTouch", .object([
                        ("everyWeeks", .optional(ContactCadence.weeks(for: colleague)) { .int($0) }),
                        ("set", .bool(colleague.contactEveryWeeks != nil)),
                    ])),
                    ("ratingHistory", .array(ratingHistory.map {
                        .object([("dimension", .string($0.dimension.rawValue)), ("value", .int($0.value)), ("changedAt", .date($0.changedAt))])
                    })),
                    ("stanceHistory", .array(stanceHistory.map {
                        .object([("stance", .string($0.stance.rawValue)), ("changedAt", .date($0.changedAt))])
                    })),
                    ("recentInteractions", .array(interactions.map { .interaction($0, names: names) })),
                    ("needs", .array(needs.map { .need($0, name: colleague.name) })),
                    ("promises", .array(promises.map { .promise($0, name: colleague.name) })),
                ]
                JSONValue.object(fields).printLine()
                return
            }
            var lines: [String] = []
            lines.append("\(colleague.name) (#\(id))\(colleague.archived ? " — archived" : "")")
            for (label, value) in [("Role", colleague.role), ("Team", colleague.team), ("Organisation", colleague.organisation), ("Email", colleague.email),
                                   ("Tags", colleague.tags.map { "@" + $0 }.joined(separator: " ")),
                                   ("Stance", colleague.stance.rawValue)] where !value.isEmpty {
                lines.append("  \(label.padding(toLength: 13, withPad: " ", startingAt: 0))\(value.onOneLine)")
            }
            for need in needs {
                lines.append("  You need     \(need.what.onOneLine), by \(DueDate.describe(need.dueAt, now: now)) (need #\(need.id!))")
            }
            for promise in promises {
                let due = promise.dueAt.map { ", " + DueDate.relative($0, now: now) } ?? ""
                lines.append("  \(promise.direction == .mine ? "You owe    " : "Owes you   ")  \(promise.what.onOneLine)\(due) (promise #\(promise.id!))")
            }
            lines.append("")
            lines.append("Ratings" + (colleague.ratedAt.map { " (reviewed \(RelativeTime.ago(from: $0, to: now)))" } ?? ""))
            for dimension in RatingDimension.allCases {
                let trail = ratingHistory.filter { $0.dimension == dimension }.map { String($0.value) }.joined(separator: "→")
                let current = colleague.ratings[dimension].map(String.init) ?? "not rated"
                lines.append("  \(dimension.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(current)\(trail.contains("→") ? "   history \(trail)" : "")")
            }
            if stanceHistory.count > 1 {
                lines.append("  stance     " + stanceHistory.map(\.stance.rawValue).joined(separator: " → "))
            }
            lines.append("")
            // In words, as the dashboard says it: "+1.00 (balanced)" after a single favour read wrong.
            let leaning = BalanceFormat.oneWay(balance) ?? (balance.hasEnoughExchangesToLean ? "two-way" : "too few exchanges to tell")
            lines.append("Balance over \(Balance.defaultWindowDays) days: \(BalanceFormat.signed(balance.score)) by count, \(BalanceFormat.signed(balance.minutesScore)) by time (\(leaning))")
            lines.append("  gave \(balance.givenCount) (\(QuickLogSummary.duration(balance.givenMinutes))), received \(balance.receivedCount) (\(QuickLogSummary.duration(balance.receivedMinutes))), mutual \(balance.mutualCount); last contact \(RelativeTime.short(from: lastContact, to: now))")
            for (label, value) in [("Agenda", colleague.agenda), ("Motivators", colleague.motivators),
                                   ("Demotivators", colleague.demotivators), ("Values info", colleague.valuedInfo),
                                   ("Notes", colleague.notes)] where !value.isEmpty {
                // A text of several lines goes on under its first, indented as one block.
                let rows = value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                lines.append("  \(label.padding(toLength: 13, withPad: " ", startingAt: 0))\(rows[0])")
                lines += rows.dropFirst().map { String(repeating: " ", count: 15) + $0 }
            }
            lines.append("  Keep in touch \(ContactCadence.describe(colleague))")
            if !interactions.isEmpty {
                lines.append("")
                lines.append("Recent interactions")
                for interaction in interactions {
                    let others = interaction.colleagueIDs.filter { $0 != id }.compactMap { names[$0] }
                    let with = others.isEmpty ? "" : " (with \(others.joined(separator: ", ")))"
                    let minutes = interaction.minutes.map { " \(QuickLogSummary.duration($0))" } ?? ""
                    lines.append("  \(QuickLogSummary.day(interaction.occurredAt, now: now))  \(interaction.direction.symbol) \(interaction.kind.rawValue)\(minutes)  \(interaction.note.onOneLine)\(with)")
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }
}

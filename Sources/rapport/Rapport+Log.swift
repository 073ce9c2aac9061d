import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log an interaction in one line.",
            discussion: """
                COLLEAGUE... [gave|got|mutual|+|-|=] [help|info|intro|recognition|feedback|meeting|favor] \
                [30m|1h|1h30m] [today|yesterday|monday|2026-11-20] NOTE...
                Colleagues are unique name prefixes, full names, or @tags. Direction defaults to mutual, \
                kind to meeting, date to now.
                Example: rapport log dana gave info 30m shared the Q3 churn numbers
                """)

        @OptionGroup var store: StoreOptions
        @Argument(parsing: .remaining, help: "The quick-log line.") var words: [String] = []

        func run() throws {
            let line = words.joined(separator: " ")
            let database = try store.open()
            let parser = QuickLogParser(candidates: try database.quickLogCandidates(), now: AppClock.now)
            let entry: QuickLogEntry
            do {
                entry = try parser.parse(line)
            } catch {
                throw CLIError(TextSanitizer.sanitize(error.description))
            }
            try database.logInteraction(entry.interaction)
            print("Logged: " + TextSanitizer.sanitize(QuickLogSummary.describe(entry, now: parser.now)))
        }
    }
}

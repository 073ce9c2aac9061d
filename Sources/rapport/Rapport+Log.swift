import ArgumentParser
import RapportApp
import Foundation
import Interchange
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Log an interaction in one line, or many from standard input.",
            discussion: """
                COLLEAGUE... [gave|got|mutual|+|-|=] [help|info|intro|recognition|feedback|meeting|favor] \
                [30m|1h|1h30m] [today|yesterday|monday|2026-11-20] NOTE...
                Colleagues are unique name prefixes, full names, #IDs or @tags. Direction defaults to mutual, \
                kind to meeting, date to now. Words with dashes (-v, --by) are part of \
                the note; only --db and --help are read as options.
                With - instead of a line, each line of standard input is one interaction; one bad line \
                (line N: why) and none is logged.
                Examples:
                  rapport log dana gave info 30m shared the Q3 churn numbers
                  rapport log '#12' got help yesterday walked me through the -v flags
                  grep -h '^log:' notes/*.md | cut -c5- | rapport log -
                """)

        @OptionGroup var store: StoreOptions
        @Argument(parsing: .allUnrecognized, help: "The quick-log line, or - to read lines from standard input.", completion: ColleagueCompletion.kind)
        var words: [String] = []

        func run() throws {
            let database = try store.open()
            let now = AppClock.now
            if words == ["-"] {
                let parser = QuickLogParser(candidates: try database.quickLogCandidates(), now: now)
                return try Self.logLines(from: try Self.readStandardInput(), parser: parser, database: database)
            }
            // One line: its names looked up in SQL as the parse asks for them.
            let entry: QuickLogEntry
            do {
                entry = try database.parseQuickLog(words.joined(separator: " "), now: now)
            } catch let error as QuickLogError {
                throw CLIError(error.description)
            }
            let summary = QuickLogSummary.describe(entry, now: now)
            let logged = try database.recordingForShell("Logged: \(summary)") { try database.logInteraction(entry.interaction) }
            print("Logged #\(logged.id!): " + summary)
        }

        /// Every line parsed first, then all logged in one transaction: all or nothing.
        private static func logLines(from text: String, parser: QuickLogParser, database: AppDatabase) throws {
            var entries: [QuickLogEntry] = []
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !String(line).trimmed.isEmpty {
                do {
                    entries.append(try parser.parse(String(line)))
                } catch {
                    throw CLIError("line \(number + 1): \(error.description)")
                }
            }
            guard !entries.isEmpty else { throw CLIError("nothing to log: standard input had no lines") }
            let logged = try database.recordingForShell("Logged \(Plural.count(entries.count, "line")) from standard input") {
                try database.logInteractions(entries.map(\.interaction))
            }
            for (entry, interaction) in zip(entries, logged) { print("Logged #\(interaction.id!): " + QuickLogSummary.describe(entry, now: parser.now)) }
        }

        private static func readStandardInput() throws -> String {
            do {
                return try TextDecoding.decode(FileHandle.standardInput.readDataToEndOfFile())
            } catch {
                throw CLIError("standard input, \(error.description)")
            }
        }
    }
}

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
                the note; only --db, --as-note, --json and --help are read as options.
                A slip is refused before it lands in the note, as the dashboard's preview asks about it: \
                a number with no unit (30), or a word one letter off a keyword or a name (gvae, marcsu) \
                gets "did you mean …?"; --as-note keeps the words as typed.
                With - instead of a line, each line of standard input is one interaction; one bad line \
                (line N: why) and none is logged.
                Examples:
                  rapport log dana gave info 30m shared the Q3 churn numbers
                  rapport log '#12' got help yesterday walked me through the -v flags
                  grep -h '^log:' notes/*.md | cut -c5- | rapport log -
                """)

        @OptionGroup var store: StoreOptions
        @Flag(name: .customLong("as-note"), help: "Keep the words after the keywords as the note, as typed, without asking about slips.") var asNote = false
        @Flag(help: "Print what was logged as JSON.") var json = false
        @Argument(parsing: .allUnrecognized, help: "The quick-log line, or - to read lines from standard input.", completion: ColleagueCompletion.kind)
        var words: [String] = []

        func run() throws {
            let database = try store.open()
            let now = AppClock.now
            if words == ["-"] {
                let parser = QuickLogParser(candidates: try database.quickLogCandidates(), now: now)
                return try logLines(from: try Self.readStandardInput(), parser: parser, database: database)
            }
            // One line: its names looked up in SQL as the parse asks for them.
            let line = words.joined(separator: " ")
            let entry: QuickLogEntry
            do {
                entry = try database.parseQuickLog(line, now: now)
            } catch let error as QuickLogError {
                // A name one letter off someone's is asked about, as the dashboard does.
                if case .unknownName = error, let slip = QuickLogParser(candidates: try database.quickLogCandidates(), now: now).suggestion(for: line) {
                    throw CLIError("\(error.description); did you mean “\(slip.replacement)”? rapport log \(slip.line)")
                }
                throw CLIError(error.description)
            }
            if !asNote, QuickLogParser.noteMayStartWithSlip(entry), let slip = try database.quickLogSlip(line, now: now) {
                throw CLIError(Self.slipMessage(slip))
            }
            let summary = QuickLogSummary.describe(entry, now: now)
            let logged = try database.recordingForShell("Logged: \(summary)", watching: .newInteractions) {
                let logged = try database.logInteraction(entry.interaction)
                // ↑ in the dashboard's quick-log recalls lines typed here too.
                try database.rememberQuickLogLine(line, at: now)
                return logged
            }
            if json { return JSONValue.interaction(logged, names: Dictionary(entry.colleagues.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })).printLine() }
            print("Logged #\(logged.id!): " + summary)
        }

        static func slipMessage(_ slip: QuickLogSuggestion) -> String {
            "“\(slip.typed)” would start the note: did you mean “\(slip.replacement)”? rapport log \(slip.line) (or --as-note keeps the words as typed)"
        }

        /// Every line parsed first, then all logged in one transaction: all or nothing.
        private func logLines(from text: String, parser: QuickLogParser, database: AppDatabase) throws {
            var entries: [QuickLogEntry] = []
            for (number, line) in Self.lines(of: text).enumerated() where !line.trimmed.isEmpty {
                do {
                    entries.append(try parser.parse(line))
                } catch {
                    throw CLIError("line \(number + 1): \(error.description)")
                }
                if !asNote, let slip = parser.suggestion(for: line) { throw CLIError("line \(number + 1): \(Self.slipMessage(slip))") }
            }
            guard !entries.isEmpty else { throw CLIError("nothing to log: standard input had no lines") }
            let logged = try database.recordingForShell("Logged \(Plural.count(entries.count, "line")) from standard input", watching: .newInteractions) {
                try database.logInteractions(entries.map(\.interaction))
            }
            if json {
                let names = Dictionary(entries.flatMap(\.colleagues).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                return JSONValue.array(logged.map { .interaction($0, names: names) }).printLine()
            }
            for (entry, interaction) in zip(entries, logged) { print("Logged #\(interaction.id!): " + QuickLogSummary.describe(entry, now: parser.now)) }
        }

        /// Lines as a file from any system ends them: at each LF, with the CR before it (CRLF)
        /// taken off. A `Character` split would take CR LF as one character, not a line end, and
        /// log a whole Windows file as one interaction.
        static func lines(of text: String) -> [String] {
            text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
                String(Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line))
            }
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

import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp

extension Rapport {
    struct HistoryEdit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Write an interaction again as a quick-log line: rapport history edit ID LINE.",
            discussion: """
                The line says the whole interaction again, as `rapport log` reads one; `rapport undo` takes the edit back.
                Example:
                  rapport history edit 42 dana gave info 30m yesterday sent the Q3 numbers
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "The interaction's ID, as `rapport history` shows it (#42 or 42).") var id: String
        @Argument(parsing: .allUnrecognized, help: "The quick-log line.") var words: [String] = []

        func validate() throws {
            _ = try HistoryID.parse(id)
            guard !words.isEmpty else { throw ValidationError("say the interaction again as a line: rapport history edit \(id) NAME … NOTE") }
        }

        func run() throws {
            let database = try store.open()
            let existing = try HistoryID.interaction(id, in: database)
            let now = AppClock.now
            let entry: QuickLogEntry
            do {
                entry = try database.parseQuickLog(words.joined(separator: " "), now: now)
            } catch let error as QuickLogError {
                throw CLIError(error.description)
            }
            var edited = entry.interaction
            edited.id = existing.id
            // A line that keeps the day keeps the time of day it was logged at.
            if Calendar.iso8601Local.isDate(edited.occurredAt, inSameDayAs: existing.occurredAt) { edited.occurredAt = existing.occurredAt }
            guard edited != existing else { return print("Nothing changed in #\(existing.id!)") }
            let summary = QuickLogSummary.describe(entry, now: now)
            try database.recordingForShell("Updated #\(existing.id!): \(summary)") { try database.updateInteraction(edited, editedFrom: existing) }
            print("Updated #\(existing.id!): \(summary) (rapport undo takes it back)")
        }
    }

    struct HistoryDelete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete an interaction by its ID; rapport undo brings it back.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The interaction's ID, as `rapport history` shows it (#42 or 42).") var id: String

        func validate() throws {
            _ = try HistoryID.parse(id)
        }

        func run() throws {
            let database = try store.open()
            let existing = try HistoryID.interaction(id, in: database)
            let names = try database.names(of: Set(existing.colleagueIDs))
            let what = "\(existing.direction.rawValue) \(existing.kind.rawValue) with \(existing.colleagueIDs.compactMap { names[$0] }.joined(separator: ", ")), \(QuickLogSummary.day(existing.occurredAt, now: AppClock.now))"
            try database.recordingForShell("Deleted #\(existing.id!): \(what)") { try database.deleteInteraction(existing.id!) }
            print("Deleted #\(existing.id!): \(what) (rapport undo brings it back)")
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Take back the last change made from the shell: a log, a history edit or a delete.",
            discussion: "As the dashboard's u does: only what that change wrote, and nothing when another program changed it since.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open()
            do {
                guard let description = try database.undoLastShellChange() else { throw CLIError("nothing to undo: no change from the shell since the last undo") }
                print("Undone: \(description)")
            } catch StoreError.undoConflict(let subject) {
                throw CLIError("\(subject) was changed elsewhere since; nothing undone")
            }
        }
    }
}

/// `#42` or `42`, as `rapport history` shows an interaction's ID.
enum HistoryID {
    static func parse(_ text: String) throws -> InteractionID {
        guard let id = InteractionID(text.hasPrefix("#") ? String(text.dropFirst()) : text), id > 0 else {
            throw ValidationError("\(quoted(text)) is not an interaction's ID: rapport history shows them as #42")
        }
        return id
    }

    static func interaction(_ text: String, in database: AppDatabase) throws -> Interaction {
        let id = try parse(text)
        guard let interaction = try database.interaction(id) else { throw CLIError("there is no interaction #\(id) (rapport history lists them)") }
        return interaction
    }
}

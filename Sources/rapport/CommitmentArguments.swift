import Foundation
import RapportApp
import PeerNetwork
import PeerStore
import TerminalUI

/// `--by DAY` for needs and promises.
enum DueDateOption {
    static let help = "The day: 2027-03-15, today, tomorrow, friday, march (its 1st), 3d, 2w."

    static func parse(_ text: String, now: Date, calendar: Calendar) throws -> Date {
        do {
            return try DueDate.parse(text, now: now, calendar: calendar)
        } catch {
            throw CLIError("--by: " + error.description)
        }
    }
}

/// The WHAT words of a need or promise, with the day from `--by` or from a trailing "by DAY".
enum CommitmentWords {
    static func parse(_ words: [String], by: String?, requiringDay: Bool, now: Date, calendar: Calendar) throws -> CommitmentLine {
        let text = words.joined(separator: " ").trimmed
        if let by {
            guard !text.isEmpty else { throw CLIError(CommitmentLine.Error.empty.description) }
            return CommitmentLine(what: text, due: try DueDateOption.parse(by, now: now, calendar: calendar))
        }
        do {
            return try CommitmentLine.parse(text, requiringDay: requiringDay, now: now, calendar: calendar)
        } catch {
            throw CLIError(error == .needsDay ? "say by when: --by DAY, or end with by DAY (by march, by friday)" : error.description)
        }
    }
}

/// The `done`/`kept`/`delete` subcommands of needs and promises: an id (`#3` or `3`), looked up,
/// acted on, and said back.
enum CommitmentID {
    /// `done` says whether the action was already taken: then nothing is written.
    static func act<T>(
        on text: String, kind: String, store: StoreOptions, verb: String, find: (AppDatabase, Int64) throws -> T?,
        what: (T) -> String, done: (T) -> Bool = { _ in false }, _ action: (AppDatabase, Int64) throws -> Void
    ) throws {
        let database = try store.open()
        guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), id > 0 else {
            throw CLIError("'\(text)' is not a \(kind) id; `rapport \(kind) list` shows them")
        }
        guard let found = try find(database, id) else { throw CLIError("no \(kind) #\(id); `rapport \(kind) list --all` shows them") }
        guard !done(found) else { return print("\(kind.capitalized) #\(id) was already \(verb.lowercased()); nothing changed: \(what(found).onOneLine)") }
        try action(database, id)
        print("\(verb) \(kind) #\(id): \(what(found).onOneLine)")
    }
}

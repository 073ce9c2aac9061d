import Foundation
import PeerNetwork
import PeerStore
import RapportApp

/// `--json` on the commands that write: what was written, in the shapes `show --json` and
/// `history --json` use.
enum WrittenJSON {
    /// The colleague as `list --json` shows one, read back after the write.
    static func colleague(_ id: ColleagueID, in database: AppDatabase) throws {
        guard let summary = try database.summary(of: id, now: AppClock.now) else { return }
        JSONValue.colleague(summary.colleague, lastContact: summary.lastContact, balance: summary.balance).printLine()
    }

    /// Each contact's outcome, streamed: an import of 200,000 is never one value in memory.
    static func importOutcomes(_ staging: ImportStaging) throws {
        var printer = JSONValue.ArrayPrinter()
        try staging.forEachOutcome { outcome in
            let sources: [String]
            var fields: [(String, JSONValue)]
            switch outcome {
            case .create(let colleague, let from): (fields, sources) = ([("outcome", .string("create")), ("name", .string(colleague.name))], from)
            case .update(_, let after, let changed, let from):
                (fields, sources) = ([("outcome", .string("update")), ("name", .string(after.name)), ("fields", .array(changed.map(JSONValue.string)))], from)
            case .unchanged(let colleague, let from): (fields, sources) = ([("outcome", .string("unchanged")), ("name", .string(colleague.name))], from)
            case .skip(let source, let reason): (fields, sources) = ([("outcome", .string("skip")), ("reason", .string(reason))], [source])
            }
            fields.append(("sources", .array(sources.map(JSONValue.string))))
            printer.append(.object(fields))
        }
        printer.finish()
    }
}

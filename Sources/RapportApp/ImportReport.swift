import PeerNetwork
import PeerStore
import TerminalUI

/// What an import did, or would do, in lines for the terminal.
public enum ImportReport {
    /// Line by line, so a report of 200,000 contacts is never one string.
    public static func dryRun(_ staging: ImportStaging, notImported: [String: Int], write: (String) -> Void) throws {
        let counts = try staging.counts()
        write("Dry run, nothing written. Would create \(counts.created), update \(counts.updated), leave \(counts.unchanged) unchanged and skip \(counts.skipped).")
        try staging.forEachOutcome { write(line($0)) }
        lost(notImported).forEach(write)
    }

    public static func done(_ staging: ImportStaging, notImported: [String: Int], write: (String) -> Void) throws {
        let counts = try staging.counts()
        write("Imported: \(counts.created) created, \(counts.updated) updated, \(counts.unchanged) unchanged, \(counts.skipped) skipped.")
        try staging.forEachOutcome { if case .skip = $0 { write(line($0)) } }
        lost(notImported).forEach(write)
        if counts.created > 0 {
            write("The weekly review asks you to rate the \(counts.created == 1 ? "colleague" : "\(counts.created) colleagues") you imported.")
        }
    }

    private static func line(_ outcome: ImportOutcome) -> String {
        switch outcome {
        case .create(let colleague, let sources):
            return "  create     \(colleague.name)\(colleague.team.isEmpty ? "" : " · \(colleague.team)")  (\(sources.joined(separator: ", ")))"
        case .update(_, let after, let fields, let sources):
            return "  update     \(after.name): \(fields.joined(separator: ", "))  (\(sources.joined(separator: ", ")))"
        case .unchanged(let colleague, let sources):
            return "  unchanged  \(colleague.name)  (\(sources.joined(separator: ", ")))"
        case .skip(let source, let reason):
            return "  skip       \(source): \(reason)"
        }
    }

    /// Values a contacts import does not read, counted by kind: fields Rapport has no place for,
    /// and in its own CSV export, the ratings, stance and archiving.
    private static func lost(_ counts: [String: Int]) -> [String] {
        guard !counts.isEmpty else { return [] }
        let kinds = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return ["Not imported (an import reads contact details: names, roles, teams, organisations, emails, tags, notes): "
            + kinds.joined(separator: ", ")]
    }
}

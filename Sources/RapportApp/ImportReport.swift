import PeerNetwork
import TerminalUI

/// What an import did, or would do, in lines for the terminal.
public enum ImportReport {
    public static func dryRun(_ plan: ImportPlan, notImported: [String: Int]) -> String {
        var lines = ["Dry run, nothing written. Would create \(plan.createdCount), update \(plan.updatedCount), leave \(plan.unchangedCount) unchanged and skip \(plan.skippedCount)."]
        plan.forEachOutcome { lines.append(line($0)) }
        lines += lost(notImported)
        return lines.joined(separator: "\n")
    }

    public static func done(_ plan: ImportPlan, notImported: [String: Int]) -> String {
        let created = plan.createdCount
        var lines = ["Imported: \(created) created, \(plan.updatedCount) updated, \(plan.unchangedCount) unchanged, \(plan.skippedCount) skipped."]
        plan.forEachOutcome { if case .skip = $0 { lines.append(line($0)) } }
        lines += lost(notImported)
        if created > 0 {
            lines.append("The weekly review asks you to rate the \(created == 1 ? "colleague" : "\(created) colleagues") you imported.")
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ outcome: ImportPlan.Outcome) -> String {
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

    /// Values Rapport has no field for, counted by kind.
    private static func lost(_ counts: [String: Int]) -> [String] {
        guard !counts.isEmpty else { return [] }
        let kinds = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return ["Not imported (Rapport has no field for them): " + kinds.joined(separator: ", ")]
    }
}

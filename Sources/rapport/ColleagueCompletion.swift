import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp

/// Shell completion of NAME arguments: `rapport show Da<Tab>` offers Dana. Reads the database
/// the command would (`--db` on the line, else $RAPPORT_DB, else the default) without creating
/// it. Offers a colleague's first name where it is unique (a prefix every command accepts), else
/// their `#ID`, keeping the case the user typed so the shell's own filter still matches.
enum ColleagueCompletion {
    static let kind = CompletionKind.custom { arguments, _, prefix in names(arguments: arguments, prefix: prefix) }

    static func names(arguments: [String], prefix: String) -> [String] {
        let path = arguments.firstIndex(of: "--db").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
            ?? AppDatabase.defaultPath()
        guard let database = try? AppDatabase(path: path, mode: .readOnly),
              let candidates = try? database.quickLogCandidates() else { return [] }
        return offers(for: candidates, prefix: prefix)
    }

    static func offers(for candidates: [QuickLogCandidate], prefix: String) -> [String] {
        let firstNames = candidates.map { $0.name.split(separator: " ").first.map(String.init) ?? $0.name }
        let counts = Dictionary(firstNames.map { ($0.folded, 1) }, uniquingKeysWith: +)
        return zip(candidates, firstNames).compactMap { candidate, first in
            guard counts[first.folded] == 1 else { return prefix.hasPrefix("#") || prefix.isEmpty ? "#\(candidate.id)" : nil }
            guard first.folded.hasPrefix(prefix.folded) else { return nil }
            // Keep what was typed, complete the rest.
            return prefix + first.dropFirst(prefix.count)
        }
    }
}

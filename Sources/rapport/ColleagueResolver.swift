import Foundation
import RapportApp
import PeerNetwork
import PeerStore
import TerminalUI

/// Turns the NAME a subcommand was given into exactly one colleague, never a guess: an exact
/// full name wins, then a unique prefix (as in the quick-log grammar), or `#ID`.
enum ColleagueResolver {
    static func resolve(_ name: String, in database: AppDatabase, includeArchived: Bool = true) throws -> Colleague {
        let id: ColleagueID
        if name.hasPrefix("#"), let number = ColleagueID(name.dropFirst()) {
            id = number
        } else {
            // Only the colleagues the name can pick, found in SQL rather than by reading
            // everyone. Folded once, against the names the store keeps folded.
            let candidates = try database.colleagueCandidates(named: name, includeArchived: includeArchived)
            let wanted = name.singleSpaced.folded
            let exact = candidates.filter { $0.foldedName == wanted }
            let found = exact.isEmpty
                ? QuickLogParser(candidates: candidates, now: AppClock.now).matches(prefix: name.singleSpaced) : exact
            guard !found.isEmpty else { throw CLIError("no colleague matches '\(name)'") }
            guard found.count == 1 else {
                let list = found.map { "\($0.name) (#\($0.id))" }.joined(separator: ", ")
                throw CLIError("'\(name)' matches \(found.count) colleagues: \(list); use more of the name or #ID")
            }
            id = found[0].id
        }
        guard let colleague = try database.colleague(id) else { throw CLIError("no colleague with id #\(id)") }
        return colleague
    }
}

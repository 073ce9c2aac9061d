import GRDB
import PeerNetwork

extension AppDatabase {
    /// The colleagues `LikelyDuplicate.find(for:among:)` could pick for `colleague`, archived
    /// ones included, in id order as among everyone: those the name index says may carry its
    /// name, and those whose email is its email, compared in Swift (SQLite's `lower` folds ASCII
    /// only), rather than every colleague read whole.
    public func likelyDuplicateCandidates(of colleague: Colleague) throws -> [Colleague] {
        let folded = colleague.name.singleSpaced.folded
        let email = colleague.email.trimmed.lowercased()
        return try read { db in
            var ids = Set<ColleagueID>()
            if !folded.isEmpty {
                let named = try StoredQuickLogNames.answering(in: db, includeArchived: true) { $0.sharingWords(with: folded) }
                ids.formUnion(named.map(\.id))
            }
            if !email.isEmpty {
                let statement = try db.cachedStatement(sql: "SELECT id, email FROM colleague WHERE email != ''")
                for row in try Row.fetchAll(statement) where (row["email"] as String).trimmed.lowercased() == email {
                    ids.insert(row["id"])
                }
            }
            guard !ids.isEmpty else { return [] }
            // One argument however many ids a short name gives: a JSON array.
            return try Row.fetchAll(
                db, sql: "SELECT \(SQLFragments.colleagueColumns) FROM colleague c WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id",
                arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"]
            ).map { $0.colleague() }
        }
    }
}

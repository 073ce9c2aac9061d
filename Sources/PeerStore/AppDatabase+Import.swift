import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    /// A whole network to load at once: the demo, or an import.
    public struct NetworkSnapshot: Sendable {
        public var colleagues: [Colleague]
        /// Per colleague (same order), earlier ratings and stances to replay before the current ones.
        public var ratingHistory: [[RatingChange]]
        public var stanceHistory: [[StanceChange]]
        /// `colleagueIDs` here are indexes into `colleagues`.
        public var interactions: [Interaction]
        public var weeklyBudgetHours: Double?

        public init(
            colleagues: [Colleague], ratingHistory: [[RatingChange]], stanceHistory: [[StanceChange]],
            interactions: [Interaction], weeklyBudgetHours: Double?
        ) {
            self.colleagues = colleagues
            self.ratingHistory = ratingHistory
            self.stanceHistory = stanceHistory
            self.interactions = interactions
            self.weeklyBudgetHours = weeklyBudgetHours
        }
    }

    /// Loads a snapshot in one transaction: all of it goes in, or nothing does.
    public func load(_ snapshot: NetworkSnapshot, at now: Date) throws {
        try write { db in
            var ids: [ColleagueID] = []
            for (index, colleague) in snapshot.colleagues.enumerated() {
                let history = index < snapshot.ratingHistory.count ? snapshot.ratingHistory[index] : []
                let stances = index < snapshot.stanceHistory.count ? snapshot.stanceHistory[index] : []
                let saved = try Self.insert(colleague, at: now, in: db)
                let id = saved.id!
                for change in history {
                    try Self.recordRating(change.dimension, change.value, of: id, at: change.changedAt, in: db)
                }
                for change in stances {
                    try Self.recordStance(change.stance, of: id, at: change.changedAt, in: db)
                }
                ids.append(id)
            }
            for var interaction in snapshot.interactions {
                interaction.colleagueIDs = try interaction.colleagueIDs.map { index in
                    guard ids.indices.contains(Int(index)) else {
                        throw StoreError.invalid("interaction names colleague #\(index), which the snapshot does not have")
                    }
                    return ids[Int(index)]
                }
                _ = try Self.insert(interaction, in: db)
            }
            if let hours = snapshot.weeklyBudgetHours {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                    arguments: [Self.weeklyBudgetKey, String(hours)])
            }
        }
    }
}

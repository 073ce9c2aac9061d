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
        /// `colleagueID` here is an index into `colleagues`, as for interactions.
        public var needs: [Need]
        public var promises: [Promise]
        public var departments: [String]

        public init(
            colleagues: [Colleague], ratingHistory: [[RatingChange]], stanceHistory: [[StanceChange]],
            interactions: [Interaction], weeklyBudgetHours: Double?, needs: [Need] = [], promises: [Promise] = [],
            departments: [String] = []
        ) {
            self.needs = needs
            self.promises = promises
            self.departments = departments
            self.colleagues = colleagues
            self.ratingHistory = ratingHistory
            self.stanceHistory = stanceHistory
            self.interactions = interactions
            self.weeklyBudgetHours = weeklyBudgetHours
        }
    }

    /// Loads a snapshot in one transaction: all of it goes in, or nothing does. Into an empty
    /// database, the triggers are off meanwhile and their totals worked out once at the end.
    public func load(_ snapshot: NetworkSnapshot, at now: Date) throws {
        try write { db in
            if try TriggerFreeLoad.applies(to: db) {
                try TriggerFreeLoad.run(in: db) { try Self.insert(snapshot, at: now, in: db) }
            } else {
                try Self.insert(snapshot, at: now, in: db)
            }
        }
    }

    static func insert(_ snapshot: NetworkSnapshot, at now: Date, in db: Database) throws {
        let ids = try Self.insert(
            snapshot.colleagues, at: now, ratingHistory: snapshot.ratingHistory, stanceHistory: snapshot.stanceHistory, in: db
        ).map { $0.id! }
        func colleague(_ index: ColleagueID, of what: String) throws -> ColleagueID {
            guard ids.indices.contains(Int(index)) else {
                throw StoreError.invalid("\(what) names colleague #\(index), which the snapshot does not have")
            }
            return ids[Int(index)]
        }
        _ = try Self.insert(snapshot.interactions.map { interaction in
            var named = interaction
            named.colleagueIDs = try interaction.colleagueIDs.map { try colleague($0, of: "an interaction") }
            return named
        }, in: db)
        for var need in snapshot.needs {
            need.colleagueID = try colleague(need.colleagueID, of: "a need")
            _ = try Self.insert(need, in: db)
        }
        for var promise in snapshot.promises {
            promise.colleagueID = try colleague(promise.colleagueID, of: "a promise")
            _ = try Self.insert(promise, in: db)
        }
        for department in snapshot.departments {
            try db.execute(sql: "INSERT OR IGNORE INTO department (name) VALUES (?)", arguments: [department])
        }
        if let hours = snapshot.weeklyBudgetHours {
            try Self.setSetting(Self.weeklyBudgetKey, String(hours), in: db)
        }
    }
}

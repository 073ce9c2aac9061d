import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
import Testing

/// A network loaded into an empty database with the triggers off must end exactly as one loaded
/// through them: the same rows, the same totals, buckets, search texts and name index, and the
/// triggers firing again for every write after it.
@Suite struct TriggerFreeLoadTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test func itStandsInForEveryTriggerTheSchemaHas() throws {
        let database = try AppDatabase(inMemoryNamed: "triggers")
        let triggers = try database.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") }
        #expect(Set(triggers) == TriggerFreeLoad.standsInFor, "teach TriggerFreeLoad.recompute what a new trigger keeps")
    }

    @Test func aLoadWithoutTriggersEndsAsOneThroughThem() throws {
        let fast = try AppDatabase(inMemoryNamed: "fast"), slow = try AppDatabase(inMemoryNamed: "slow")
        #expect(try fast.read(TriggerFreeLoad.applies))
        try fast.restore(network())
        try slow.write { db in try AppDatabase.insert(network(), in: db) }
        try expectSame(fast, slow)

        // Statements the load made with the triggers off must fire them now.
        for database in [fast, slow] {
            _ = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [2, 5], direction: .gave, kind: .info, minutes: 20))
            var renamed = try database.colleague(3)!
            renamed.name = "Renamed Person"
            renamed.tags = ["new"]
            try database.updateColleague(renamed, at: now)
            try database.deleteInteraction(4)
            _ = try database.addColleague(Colleague(name: "Late Arrival", uid: "late"), at: now)
        }
        try expectSame(fast, slow)
        #expect(try fast.colleagueCandidates(named: "renamed", includeArchived: true).map(\.id) == [3])
    }

    @Test func aFailedLoadLeavesNothingAndTheTriggersOn() throws {
        let database = try AppDatabase(inMemoryNamed: "failed")
        var broken = network()
        broken.interactions.append(Interaction(id: 1_000, occurredAt: now, colleagueIDs: [99], direction: .gave, kind: .help))
        #expect(throws: StoreError.self) { try database.restore(broken) }
        #expect(try database.colleagueCount() == 0)
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        _ = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 30))
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT given_count FROM colleague_stats WHERE colleague_id = ?", arguments: [dana.id!]) } == 1)
    }

    @Test func aDatabaseWithColleaguesLoadsThroughTheTriggers() throws {
        let database = try AppDatabase(inMemoryNamed: "busy")
        _ = try database.addColleague(Colleague(name: "Already Here"), at: now)
        #expect(try !database.read(TriggerFreeLoad.applies))
    }

    /// Twelve colleagues (tags, ratings, histories, one archived) and 60 exchanges of one to
    /// three people each, in every direction, some without minutes; needs, promises, departments.
    func network() -> NetworkArchive {
        let people = (0..<12).map { index -> NetworkArchive.Person in
            let name = ["Dana Whitfield", "Zoë Laurent", "田中 浩", "Sam O'Brien"][index % 4] + " \(index)"
            let ratings = Ratings(vital: 1 + index % 5, trust: index.isMultiple(of: 4) ? nil : 1 + index % 3)
            let colleague = Colleague(
                id: Int64(index + 1), name: name, team: ["Finance", "Sales", ""][index % 3], tags: index.isMultiple(of: 3) ? ["exec", "emea"] : [],
                notes: "note \(index)", stance: Stance.allCases[index % Stance.allCases.count], ratings: ratings,
                ratedAt: now.addingTimeInterval(-Double(index) * 86_400), archived: index == 7, uid: "uid-\(index)")
            return NetworkArchive.Person(
                colleague: colleague,
                createdAt: now, importedAt: nil,
                ratingHistory: [RatingChange(dimension: .vital, value: 1 + (index + 2) % 5, changedAt: now.addingTimeInterval(-90 * 86_400))],
                stanceHistory: index.isMultiple(of: 2) ? [StanceChange(stance: .neutral, changedAt: now.addingTimeInterval(-80 * 86_400))] : [])
        }
        let interactions = (0..<60).map { index -> Interaction in
            let hoursAgo = Double(index * index % 900)
            let with = (0...(index % 3)).map { Int64((index * 5 + $0 * 7) % 12 + 1) }
            return Interaction(
                id: Int64(index + 1), occurredAt: now.addingTimeInterval(-hoursAgo * 3_600 - Double(index) * 61), colleagueIDs: with,
                direction: Direction.allCases[index % 3], kind: InteractionKind.allCases[index % InteractionKind.allCases.count],
                minutes: index.isMultiple(of: 4) ? nil : 5 + index, note: "exchange \(index)")
        }
        return NetworkArchive(
            people: people, interactions: interactions,
            needs: [Need(id: 1, colleagueID: 1, what: "a budget", dueAt: now.addingTimeInterval(9 * 86_400), createdAt: now)],
            promises: [Promise(id: 1, colleagueID: 2, direction: .mine, what: "a dashboard", createdAt: now)],
            departments: ["Legal"], weeklyBudgetHours: 3)
    }

    /// Every row alike, the decayed sums to a relative 1e-9 (added up in another order); the name
    /// index whole by its own check.
    func expectSame(_ a: AppDatabase, _ b: AppDatabase) throws {
        let sums = Set(["colleague_stats", "network_stats"])
        let rows = { (database: AppDatabase) in
            try database.read(SchemaBaselineTests.dump).filter { line in !sums.contains { line.hasPrefix("INSERT INTO \($0) ") } }
        }
        #expect(try rows(a) == rows(b))
        let numbers = { (database: AppDatabase) in
            try database.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM colleague_stats ORDER BY colleague_id").map { row in (0..<row.count).map { row[$0] as Double? } }
                    + Row.fetchAll(db, sql: "SELECT * FROM network_stats").map { row in (0..<row.count).map { row[$0] as Double? } }
            }
        }
        let (x, y) = (try numbers(a), try numbers(b))
        #expect(x.count == y.count && zip(x, y).allSatisfy { rowX, rowY in
            zip(rowX, rowY).allSatisfy { p, q in
                guard let p, let q else { return p == nil && q == nil }
                return abs(p - q) <= 1e-9 * max(1, abs(p), abs(q))
            }
        })
        for database in [a, b] {
            try database.write { db in try db.execute(sql: "INSERT INTO colleague_name_word (colleague_name_word) VALUES ('integrity-check')") }
        }
    }
}

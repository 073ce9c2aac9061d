import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
import Testing

/// The running totals, quarter-hour buckets, search texts and name index the triggers keep must match a
/// from-scratch count of the log after any mix of logs, edits (of exchanges and of colleagues),
/// deletes (of both) and undos.
@Suite struct ExchangeStatsTests {
    static let seeds: [UInt64] = Array(1...(ProcessInfo.processInfo.environment["RAPPORT_MODEL_SEEDS"].flatMap(UInt64.init) ?? 20))
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test(arguments: seeds) func runningTotalsEqualARecount(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-stats-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        var undoable: [Inverse] = []
        var trace: [String] = []
        for step in 0..<80 {
            let people = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM colleague") }
            let logged = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM interaction") }
            let choice = people.count < 3 ? 0 : Int.random(in: 0..<10, using: &random)
            var description = ""
            let (_, inverse) = try database.recording {
                switch choice {
                case 0:
                    description = "add"
                    _ = try database.addColleague(Colleague(name: "P\(step)"), at: now)
                case 1...4:
                    let exchange = randomExchange(people, &random)
                    description = "log \(exchange.direction) \(exchange.kind) with \(exchange.colleagueIDs)"
                    _ = try database.logInteraction(exchange)
                case 5 where !logged.isEmpty:
                    var exchange = randomExchange(people, &random)
                    exchange.id = logged.randomElement(using: &random)
                    description = "edit #\(exchange.id!)"
                    try database.updateInteraction(exchange)
                case 6 where !logged.isEmpty:
                    let id = logged.randomElement(using: &random)!
                    description = "delete exchange #\(id)"
                    try database.deleteInteraction(id)
                case 7:
                    let id = people.randomElement(using: &random)!
                    description = "delete colleague #\(id)"
                    try database.deleteColleague(id)
                case 8:
                    // Renames, notes and tags move only the search text.
                    let id = people.randomElement(using: &random)!
                    var colleague = try database.colleague(id)!
                    colleague.name = "Q\(step) \(colleague.name.prefix(8))"
                    colleague.notes = Bool.random(using: &random) ? "" : "met at step \(step)"
                    colleague.tags = Array(["exec", "emea", "q\(step % 3)"].shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)))
                    description = "edit colleague #\(id)"
                    try database.updateColleague(colleague, at: now)
                default:
                    description = "nothing"
                }
            }
            undoable.append(inverse)
            // Undo now and then, newest first, as the dashboard does; a refusal changes nothing.
            if Bool.random(using: &random), let last = undoable.popLast() {
                description += "; undo"
                try? database.undo(last)
            }
            trace.append("\(step): \(description)")
            // FTS5 compares its index of names with the colleague table, and throws if they differ.
            #expect(throws: Never.self, "seed \(seed):\n\(trace.joined(separator: "\n"))") {
                try database.write { db in try db.execute(sql: "INSERT INTO colleague_name_word (colleague_name_word) VALUES ('integrity-check')") }
            }
            let (kept, recounted) = try totals(in: database)
            #expect(Self.close(kept, recounted), "seed \(seed):\n\(trace.joined(separator: "\n"))")
            let residue = try residues(in: database)
            #expect(residue == 0, "seed \(seed):\n\(trace.joined(separator: "\n"))")
            if !Self.close(kept, recounted) || residue != 0 { return }
        }
        try checkTheWeightsAgainstTheDomainFormula(in: database)
        try checkThePastAgainstARecount(in: database, seed: seed)
    }

    /// A past week's review reads the totals as they were then, today's less what came later:
    /// the same as counting the log up to then, at any moment, before everything or after.
    private func checkThePastAgainstARecount(in database: AppDatabase, seed: UInt64) throws {
        let columns = (["colleague_id"] + ExchangeStats.sumNames + ["last_contact", "last_info"]).joined(separator: ", ")
        for days in [-800.0, -350, -30.5, -1, 0, 3, 1_000] {
            let moment = now.addingTimeInterval(days * 86_400).timeIntervalSince1970
            let (past, recounted) = try database.read { db in
                let fetch = { (sql: String) in
                    try Row.fetchAll(db, sql: "SELECT \(columns) FROM (\(sql)) ORDER BY colleague_id", arguments: ["now": moment])
                        .map { row in (0..<row.count).map { row[$0] as Double? } }
                }
                return (try fetch(ExchangeStats.asOfNow), try fetch(ExchangeStats.recountedAsOfNow))
            }
            #expect(Self.close(past, recounted), "seed \(seed), \(days) days")
        }
    }

    private func randomExchange(_ people: [Int64], _ random: inout SeededGenerator) -> Interaction {
        let count = Int.random(in: 1...min(3, people.count), using: &random)
        return Interaction(
            occurredAt: StoredTime.rounded(now.addingTimeInterval(-Double.random(in: -2...700, using: &random) * 86_400)),
            colleagueIDs: Array(people.shuffled(using: &random).prefix(count)),
            direction: Direction.allCases.randomElement(using: &random)!, kind: InteractionKind.allCases.randomElement(using: &random)!,
            minutes: Bool.random(using: &random) ? Int.random(in: 1...90, using: &random) : nil)
    }

    /// Weighted sums left over once their count is 0: they must be exactly 0, not a rounding
    /// residue, or the stored score of someone with nothing left to count would read ±1.
    private func residues(in database: AppDatabase) throws -> Int {
        try database.read { db in
            let left = "(given_count = 0 AND (w_given != 0 OR w_given_minutes != 0)) OR (received_count = 0 AND (w_received != 0 OR w_received_minutes != 0))"
            return try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM colleague_stats WHERE \(left)) + (SELECT COUNT(*) FROM network_stats WHERE \(left))") ?? 0
        }
    }

    /// Every row of the running totals, and the same worked out from the log.
    private func totals(in database: AppDatabase) throws -> (kept: [[Double?]], recounted: [[Double?]]) {
        try database.read { db in
            let columns = (["colleague_id"] + ExchangeStats.sumNames + ["last_contact", "last_info"]).joined(separator: ", ")
            let network = ExchangeStats.sumNames.joined(separator: ", ")
            let fetch = { (sql: String) in try Row.fetchAll(db, sql: sql, arguments: ["now": Double.greatestFiniteMagnitude]).map { row in
                (0..<row.count).map { row[$0] as Double? }
            } }
            let texts = { (sql: String) in try Row.fetchAll(db, sql: sql).map { "\($0[0] as Int64): \($0[1] as String)" } }
            #expect(try texts("SELECT colleague_id, text FROM colleague_search ORDER BY colleague_id") == texts(ColleagueSearch.fromColleagues))
            let kept = try fetch("SELECT \(columns) FROM colleague_stats ORDER BY colleague_id")
                + fetch("SELECT \(network) FROM network_stats")
            let recounted = try fetch("SELECT \(columns) FROM (\(ExchangeStats.recountedAsOfNow)) ORDER BY colleague_id")
                + fetch("SELECT \(network) FROM (SELECT \(ExchangeStats.sumAggregates(of: "i")) FROM interaction i)")
            return (kept, recounted)
        }
    }

    /// Equal, the sums to a relative 1e-9: they are added and taken away in a different order.
    static func close(_ a: [[Double?]], _ b: [[Double?]]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { rowA, rowB in
            rowA.count == rowB.count && zip(rowA, rowB).allSatisfy { x, y in
                guard let x, let y else { return x == nil && y == nil }
                return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
            }
        }
    }

    /// The SQL weights are `Balance`'s: a colleague's stored balance equals `Balance.of` their log.
    private func checkTheWeightsAgainstTheDomainFormula(in database: AppDatabase) throws {
        for summary in try database.colleagueSummaries(now: now) {
            let theirs = try database.interactions(of: summary.id, limit: 10_000)
            let expected = Balance.of(theirs, now: now)
            #expect(summary.balance.givenCount == expected.givenCount && summary.balance.receivedCount == expected.receivedCount)
            #expect(abs(summary.balance.weightedGiven - expected.weightedGiven) < 1e-9)
            #expect(abs(summary.balance.weightedReceivedMinutes - expected.weightedReceivedMinutes) < 1e-6)
            #expect(summary.lastContact == theirs.map(\.occurredAt).max())
        }
    }
}

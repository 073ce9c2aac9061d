import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
import Testing

/// The list in name order is every filter keystroke's read: it must come from the name index
/// alone, never a lookup into the colleague table for each row, which at 10,000 people costs
/// more than the rest of the read. The plan says which path ran, so a column added to the read
/// and not to the index fails here, not only in a benchmark.
@Suite struct ListQueryPlanTests {
    @Test(arguments: ["", "ana"]) func theNameOrderReadsOnlyTheNameIndex(filter: String) throws {
        let database = try AppDatabase(inMemoryNamed: "plan-\(filter)")
        _ = try database.addColleague(Colleague(name: "Ana Kowalczyk", team: "Finance"), at: Date())
        var statements: [String] = []
        try database.writer.read { db in
            db.trace { event in
                if case .statement(let statement) = event { statements.append(statement.sql) }
            }
            _ = try AppDatabase.colleagueEntries(includeArchived: false, matching: filter, in: db)
            db.trace(options: [], nil)
        }
        let list = try #require(statements.first { $0.contains("colleague_list_by_name") })
        let plan = try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + list, arguments: ["archived": false, "filter": filter])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains("SCAN c USING COVERING INDEX colleague_list_by_name"), "\(plan)")
    }
}

import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
import Testing

/// Chart weeks summed from quarter-hour buckets must count exactly what the log holds, for
/// windows on bucket boundaries (local midnights) and off them, with "now" anywhere.
@Suite struct ExchangeBucketsTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test func bucketedCountsEqualTheLogsForAnyWindow() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let id = try database.addColleague(Colleague(name: "Dana Whitfield"), at: now).id!
        // Exchanges on and around bucket boundaries, a few minutes apart, over three weeks.
        for step in 0..<400 {
            let offset = Double(step * 337 % 1_814_400) - Double(step % 3) * 900
            try database.logInteraction(Interaction(
                occurredAt: now.addingTimeInterval(-offset), colleagueIDs: [id], direction: Direction.allCases[step % 3], kind: .help,
                minutes: step.isMultiple(of: 4) ? nil : step % 60 + 1))
        }
        let base = (now.timeIntervalSince1970 / 900).rounded(.down) * 900
        let windows: [(start: Double, end: Double, now: Double)] = [
            (base - 7 * 86_400, base, now.timeIntervalSince1970),  // a whole past week, aligned
            (base - 7 * 86_400, base + 86_400, now.timeIntervalSince1970),  // this week, cut by now
            (base - 7 * 86_400 + 1_800, base - 1_800, now.timeIntervalSince1970),  // aligned, short
            (base - 7 * 86_400 + 123, base - 456, now.timeIntervalSince1970),  // an odd offset at both ends
            (base - 3 * 86_400, base + 86_400, base - 86_400 + 17),  // now before most of it
            (base - 600, base + 300, now.timeIntervalSince1970),  // inside two buckets
            (base - 21 * 86_400, base - 20 * 86_400, base - 22 * 86_400),  // entirely after now
        ]
        try database.read { db in
            for window in windows {
                let bucketed = try ExchangeBuckets.counts(from: window.start, to: window.end, through: window.now, in: db)
                let logged = try ExchangeBuckets.logCounts(from: window.start, to: window.end, through: window.now, in: db) ?? ExchangeCounts()
                #expect(bucketed == logged, "\(window)")
            }
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM exchange_bucket") ?? 0 } > 10)
    }
}

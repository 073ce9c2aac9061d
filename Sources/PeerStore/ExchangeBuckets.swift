import Foundation
import GRDB

/// The exchange log counted by quarter hour, kept by triggers in the same transaction as every
/// write to `interaction`. The review's chart sums eight weeks: at a million exchanges that is
/// 50,000 log rows, but at most 5,376 buckets.
///
/// Quarter hours, because every time zone in use is a whole number of quarter hours from UTC:
/// a week that starts at local midnight starts on a bucket boundary, so whole buckets count it
/// exactly. Whatever does not fill a bucket (the part of this week up to now, or a boundary in
/// an odd historical offset) is counted from the log.
enum ExchangeBuckets {
    static let seconds = 900.0

    static let countNames = ["given_count", "given_minutes", "received_count", "received_minutes", "mutual_count", "mutual_minutes"]

    /// Rebuilds every bucket from the log: the migration's first fill, and the reference the
    /// tests compare the triggers' buckets with.
    static func recompute(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM exchange_bucket;
            INSERT INTO exchange_bucket (bucket, \(countNames.joined(separator: ", "))) \(fromLog);
            """)
    }

    /// Every bucket worked out from the log, in the table's column order.
    static let fromLog = "SELECT \(bucket(of: "i")) AS b, \(sums(of: "i")) FROM interaction i GROUP BY b ORDER BY b"

    /// Exchanges at `start ≤ t < end` and `t ≤ now`: whole buckets from the table, the ragged
    /// ends from the log's time index.
    static func counts(from start: Double, to end: Double, through now: Double, in db: Database) throws -> ExchangeCounts {
        // Buckets wholly inside: from the first boundary at or after start, to the last one at or
        // before the end (before now's own bucket, which now may cut).
        let first = (start / seconds).rounded(.up)
        let past = end <= now ? (end / seconds).rounded(.down) : (now / seconds).rounded(.down)
        var total = ExchangeCounts()
        guard first < past else {
            try total.add(logCounts(from: start, to: end, through: now, in: db))
            return total
        }
        let row = try Row.fetchOne(db, sql: """
            SELECT \(countNames.map { "TOTAL(\($0)) AS \($0)" }.joined(separator: ", ")) FROM exchange_bucket WHERE bucket >= ? AND bucket < ?
            """, arguments: [Int64(first), Int64(past)])
        if let row {
            total.add(ExchangeCounts(
                given: Int(row["given_count"] as Double), received: Int(row["received_count"] as Double), mutual: Int(row["mutual_count"] as Double),
                givenMinutes: Int(row["given_minutes"] as Double), receivedMinutes: Int(row["received_minutes"] as Double)))
        }
        try total.add(logCounts(from: start, to: first * seconds, through: now, in: db))
        try total.add(logCounts(from: past * seconds, to: end, through: now, in: db))
        return total
    }

    /// The same counted from the log alone.
    static func logCounts(from start: Double, to end: Double, through now: Double, in db: Database) throws -> ExchangeCounts? {
        guard start < end, start <= now else { return nil }
        return try Row.fetchOne(db, sql: SQLFragments.windowTotals(over: "interaction w WHERE w.occurred_at >= :start AND w.occurred_at < :end AND w.occurred_at <= :now"),
            arguments: ["start": start, "end": end, "now": now])?.windowCounts()
    }

    // MARK: - SQL pieces

    private static func bucket(of row: String) -> String { "CAST(floor(\(row).occurred_at / \(seconds)) AS INTEGER)" }

    /// The six counts of one row (`row` a trigger's NEW or OLD), in `countNames` order.
    private static func steps(of row: String) -> [String] {
        ["gave", "received", "mutual"].flatMap { direction in
            ["(\(row).direction = '\(direction)')", "(\(row).direction = '\(direction)') * IFNULL(\(row).minutes, 0)"]
        }
    }

    private static func sums(of row: String) -> String {
        steps(of: row).map { "SUM(\($0))" }.joined(separator: ", ")
    }
}

extension ExchangeCounts {
    mutating func add(_ other: ExchangeCounts?) {
        guard let other else { return }
        given += other.given
        received += other.received
        mutual += other.mutual
        givenMinutes += other.givenMinutes
        receivedMinutes += other.receivedMinutes
    }
}

import GRDB

extension ExchangeCounts {
    /// Exchanges at `start ≤ t < end` and `t ≤ now`, summed over a range of the log's time index
    /// (`interaction_by_time` covers the time, the direction and the minutes).
    static func counted(from start: Double, to end: Double, through now: Double, in db: Database) throws -> ExchangeCounts? {
        guard start < end, start <= now else { return nil }
        return try Row.fetchOne(db, sql: SQLFragments.windowTotals(over: "interaction w WHERE w.occurred_at >= :start AND w.occurred_at < :end AND w.occurred_at <= :now"),
            arguments: ["start": start, "end": end, "now": now])?.windowCounts()
    }
}

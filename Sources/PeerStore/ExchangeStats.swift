import Foundation
import GRDB
import PeerNetwork

/// Running totals of the exchange log, kept by triggers in the same transaction as every write,
/// whichever process or code path makes it (log, edit, delete, import, undo):
/// - `colleague_stats`, one row per colleague: lifetime counts, the decayed sums behind the
///   balance score, last contact and the last information shared;
/// - `network_stats`, one row: the same counts and sums over the whole log, each exchange once.
///
/// The sums are kept in `Balance.scaledWeight` form, e^((t − epoch)/τ), which never changes
/// once written; today's weight is the sum times `Balance.decay(at:)`. A sum goes back to
/// exactly 0 when its count does, so deletes leave no rounding residue behind.
enum ExchangeStats {
    /// Rebuilds every total from the log: the migration's first fill, and the reference the
    /// tests compare the triggers' running totals with.
    static func recompute(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM colleague_stats;
            INSERT INTO colleague_stats (colleague_id, \(sumNames.joined(separator: ", ")), last_contact, last_info)
            SELECT c.id, \(sumAggregates(of: "p")), MAX(p.occurred_at),
                MAX(CASE WHEN \(isInfoShared("p")) THEN p.occurred_at END)
            FROM colleague c LEFT JOIN participant p ON p.colleague_id = c.id GROUP BY c.id;
            UPDATE network_stats SET (\(sumNames.joined(separator: ", "))) = (SELECT \(sumAggregates(of: "i")) FROM interaction i);
            """)
    }

    // MARK: - SQL pieces

    private static let directions = [("given", "gave"), ("received", "received"), ("mutual", "mutual")]
    /// Which sums each count guards: when the count reaches 0 they are reset to exactly 0.
    private static let weighted = [("given", "gave"), ("received", "received")]

    static let sumNames: [String] = directions.flatMap { name, _ in ["\(name)_count", "\(name)_minutes"] }
        + weighted.flatMap { name, _ in ["w_\(name)", "w_\(name)_minutes"] }

    /// `Balance.scaledWeight` in SQL.
    static func scaledWeight(_ row: String) -> String {
        "exp((\(row).occurred_at - \(Balance.decayEpoch.timeIntervalSince1970)) / \(Balance.decaySeconds))"
    }

    static func sumAggregates(of row: String) -> String {
        let counts = directions.flatMap { _, direction in
            ["COUNT(CASE WHEN \(row).direction = '\(direction)' THEN 1 END)",
             "IFNULL(SUM(CASE WHEN \(row).direction = '\(direction)' THEN \(row).minutes END), 0)"]
        }
        let sums = weighted.flatMap { _, direction in
            ["TOTAL(CASE WHEN \(row).direction = '\(direction)' THEN \(scaledWeight(row)) END)",
             "TOTAL(CASE WHEN \(row).direction = '\(direction)' THEN \(scaledWeight(row)) * IFNULL(\(row).minutes, 0) END)"]
        }
        return zip(counts + sums, sumNames).map { "\($0) AS \($1)" }.joined(separator: ", ")
    }

    /// `colleague_stats`' columns worked out from the whole log up to `:now`: the reference the
    /// tests check the running totals and `asOfNow` against.
    static let recountedAsOfNow = """
        SELECT c.id AS colleague_id, \(sumAggregates(of: "p")), MAX(p.occurred_at) AS last_contact,
            MAX(CASE WHEN \(isInfoShared("p")) THEN p.occurred_at END) AS last_info
        FROM colleague c LEFT JOIN participant p ON p.colleague_id = c.id AND p.occurred_at <= :now GROUP BY c.id
        """

    /// `colleague_stats` as it was at `:now`, for a review of a past week: today's totals less
    /// what came after (a range of the log's time index), rather than counting the whole log
    /// again. A sum is 0 again when its count is. The dates are read
    /// again only for the colleagues met since.
    static let asOfNow = """
        SELECT c.id AS colleague_id, \(sumsLess("a")),
            CASE WHEN a.colleague_id IS NULL THEN s.last_contact
                ELSE (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = c.id AND occurred_at <= :now) END AS last_contact,
            CASE WHEN a.colleague_id IS NULL THEN s.last_info
                ELSE (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
                      WHERE p.colleague_id = c.id AND p.occurred_at <= :now AND i.kind = 'info' AND p.direction IN ('gave', 'mutual')) END AS last_info
        FROM colleague c JOIN colleague_stats s ON s.colleague_id = c.id
        LEFT JOIN (SELECT p.colleague_id, \(sumAggregates(of: "p")) FROM participant p WHERE p.occurred_at > :now GROUP BY p.colleague_id) a
            ON a.colleague_id = c.id
        """

    /// Each of `colleague_stats`' sums less `later`'s (NULL when nothing came later).
    private static func sumsLess(_ later: String) -> String {
        let counts = directions.flatMap { name, _ in ["\(name)_count", "\(name)_minutes"] }.map { column in
            "s.\(column) - IFNULL(\(later).\(column), 0) AS \(column)"
        }
        let sums = weighted.flatMap { name, _ in
            ["w_\(name)", "w_\(name)_minutes"].map { column in
                "CASE WHEN s.\(name)_count - IFNULL(\(later).\(name)_count, 0) = 0 THEN 0 ELSE s.\(column) - IFNULL(\(later).\(column), 0) END AS \(column)"
            }
        }
        return (counts + sums).joined(separator: ", ")
    }

    /// Information the user gave: an `info` exchange, gave or mutual.
    private static func isInfoShared(_ row: String) -> String {
        "\(row).direction IN ('gave', 'mutual') AND (SELECT kind FROM interaction WHERE id = \(row).interaction_id) = 'info'"
    }
}

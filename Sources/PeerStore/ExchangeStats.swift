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
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE colleague_stats (
                colleague_id INTEGER PRIMARY KEY REFERENCES colleague(id) ON DELETE CASCADE,
                \(sumColumns),
                last_contact REAL,
                last_info REAL,
                score REAL GENERATED ALWAYS AS (\(scoreExpression)) VIRTUAL
            );
            CREATE INDEX colleague_stats_by_score ON colleague_stats(score);
            CREATE INDEX colleague_stats_by_last_contact ON colleague_stats(last_contact);
            CREATE TABLE network_stats (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                \(sumColumns)
            );
            INSERT INTO network_stats (id) VALUES (1);

            CREATE TRIGGER colleague_stats_row AFTER INSERT ON colleague BEGIN
                INSERT INTO colleague_stats (colleague_id) VALUES (NEW.id);
            END;
            CREATE TRIGGER participant_stats_insert AFTER INSERT ON participant BEGIN
                UPDATE colleague_stats SET \(sumUpdates(row: "NEW", sign: "+")),
                    last_contact = MAX(IFNULL(last_contact, NEW.occurred_at), NEW.occurred_at),
                    last_info = CASE WHEN \(isInfoShared("NEW")) THEN MAX(IFNULL(last_info, NEW.occurred_at), NEW.occurred_at)
                        ELSE last_info END
                WHERE colleague_id = NEW.colleague_id;
            END;
            CREATE TRIGGER participant_stats_delete AFTER DELETE ON participant BEGIN
                UPDATE colleague_stats SET \(sumUpdates(row: "OLD", sign: "-")), \(lastDates(of: "OLD.colleague_id"))
                WHERE colleague_id = OLD.colleague_id;
            END;
            CREATE TRIGGER participant_stats_update AFTER UPDATE ON participant BEGIN
                UPDATE colleague_stats SET \(sumUpdates(row: "OLD", sign: "-")) WHERE colleague_id = OLD.colleague_id;
                UPDATE colleague_stats SET \(sumUpdates(row: "NEW", sign: "+")) WHERE colleague_id = NEW.colleague_id;
                UPDATE colleague_stats SET \(lastDates(of: "colleague_stats.colleague_id"))
                WHERE colleague_id IN (OLD.colleague_id, NEW.colleague_id);
            END;
            CREATE TRIGGER interaction_stats_insert AFTER INSERT ON interaction BEGIN
                UPDATE network_stats SET \(sumUpdates(row: "NEW", sign: "+"));
            END;
            CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN
                UPDATE network_stats SET \(sumUpdates(row: "OLD", sign: "-"));
            END;
            CREATE TRIGGER interaction_stats_update AFTER UPDATE ON interaction BEGIN
                UPDATE network_stats SET \(sumUpdates(row: "OLD", sign: "-"));
                UPDATE network_stats SET \(sumUpdates(row: "NEW", sign: "+"));
                UPDATE colleague_stats SET \(lastDates(of: "colleague_stats.colleague_id"))
                WHERE colleague_id IN (SELECT colleague_id FROM participant WHERE interaction_id = NEW.id);
            END;
            """)
        try recompute(in: db)
    }

    /// Migration v8: the triggers read each of a row's values once, in a one-row subquery
    /// (`steps`), rather than once a sum. Every write to the log compiles its triggers, and GRDB's
    /// authorizer works on each column a statement reads as it compiles. Every process also parses the
    /// triggers' text when it opens the file, which v6's `exp()` written out for every sum made
    /// 18.7 KB. Adding a row no longer resets a sum to 0 when its count is 0 after (a count that
    /// goes up never is); taking one away still does.
    static func readEachRowOnce(in db: Database) throws {
        try db.execute(sql: """
            \(SQLFragments.dropTriggers(["participant", "interaction"].flatMap { table in ["insert", "delete", "update"].map { "\(table)_stats_\($0)" } }))
            CREATE TRIGGER participant_stats_insert AFTER INSERT ON participant BEGIN
                UPDATE colleague_stats SET \(sumSteps("+")),
                    last_contact = MAX(IFNULL(last_contact, step.occurred_at), step.occurred_at),
                    last_info = CASE WHEN step.info THEN MAX(IFNULL(last_info, step.occurred_at), step.occurred_at) ELSE last_info END
                FROM \(steps(of: "NEW", also: "NEW.occurred_at AS occurred_at, \(isInfoShared("NEW")) AS info"))
                WHERE colleague_id = NEW.colleague_id;
            END;
            CREATE TRIGGER participant_stats_delete AFTER DELETE ON participant BEGIN
                UPDATE colleague_stats SET \(sumSteps("-")), \(lastDates(of: "OLD.colleague_id"))
                FROM \(steps(of: "OLD")) WHERE colleague_id = OLD.colleague_id;
            END;
            CREATE TRIGGER participant_stats_update AFTER UPDATE ON participant BEGIN
                UPDATE colleague_stats SET \(sumSteps("-")) FROM \(steps(of: "OLD")) WHERE colleague_id = OLD.colleague_id;
                UPDATE colleague_stats SET \(sumSteps("+")) FROM \(steps(of: "NEW")) WHERE colleague_id = NEW.colleague_id;
                UPDATE colleague_stats SET \(lastDates(of: "colleague_stats.colleague_id"))
                WHERE colleague_id IN (OLD.colleague_id, NEW.colleague_id);
            END;
            CREATE TRIGGER interaction_stats_insert AFTER INSERT ON interaction BEGIN
                UPDATE network_stats SET \(sumSteps("+")) FROM \(steps(of: "NEW"));
            END;
            CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN
                UPDATE network_stats SET \(sumSteps("-")) FROM \(steps(of: "OLD"));
            END;
            CREATE TRIGGER interaction_stats_update AFTER UPDATE ON interaction BEGIN
                UPDATE network_stats SET \(sumSteps("-")) FROM \(steps(of: "OLD"));
                UPDATE network_stats SET \(sumSteps("+")) FROM \(steps(of: "NEW"));
                UPDATE colleague_stats SET \(lastDates(of: "colleague_stats.colleague_id"))
                WHERE colleague_id IN (SELECT colleague_id FROM participant WHERE interaction_id = NEW.id);
            END;
            """)
    }

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

    private static var sumColumns: String {
        directions.map { name, _ in "\(name)_count INTEGER NOT NULL DEFAULT 0, \(name)_minutes INTEGER NOT NULL DEFAULT 0" }
            .joined(separator: ",\n")
            + ",\n" + weighted.map { name, _ in "w_\(name) REAL NOT NULL DEFAULT 0, w_\(name)_minutes REAL NOT NULL DEFAULT 0" }
            .joined(separator: ",\n")
    }

    /// (given − received)/(given + received) of the decayed sums: the ratio needs no "now",
    /// so it can be stored and indexed, and sorting by balance is an index scan.
    static let scoreExpression = "CASE WHEN w_given + w_received > 0 THEN (w_given - w_received) / (w_given + w_received) END"

    /// `Balance.scaledWeight` in SQL.
    static func scaledWeight(_ row: String) -> String {
        "exp((\(row).occurred_at - \(Balance.decayEpoch.timeIntervalSince1970)) / \(Balance.decaySeconds))"
    }

    private static func sumUpdates(row: String, sign: String) -> String {
        let counts = directions.flatMap { name, direction in
            let step = "(\(row).direction = '\(direction)')"
            return ["\(name)_count = \(name)_count \(sign) \(step)", "\(name)_minutes = \(name)_minutes \(sign) \(step) * IFNULL(\(row).minutes, 0)"]
        }
        let sums = weighted.flatMap { name, direction in
            let step = "(\(row).direction = '\(direction)')"
            let weight = "\(step) * \(scaledWeight(row))"
            let guardZero = { (sum: String) in
                "\(sum) = CASE WHEN \(name)_count \(sign) \(step) = 0 THEN 0 ELSE \(sum) \(sign) \(weight)"
            }
            return [guardZero("w_\(name)") + " END", guardZero("w_\(name)_minutes") + " * IFNULL(\(row).minutes, 0) END"]
        }
        return (counts + sums).joined(separator: ", ")
    }

    /// One row's values as the sums step by them, each read once (`row` a trigger's NEW or
    /// OLD): a 0-or-1 a direction, its minutes and its weight, and `also`.
    private static func steps(of row: String, also: String? = nil) -> String {
        let values = directions.map { _, direction in "\(row).direction = '\(direction)' AS \(direction)" }
            + ["IFNULL(\(row).minutes, 0) AS minutes", "\(scaledWeight(row)) AS weight"] + (also.map { [$0] } ?? [])
        return "(SELECT \(values.joined(separator: ", "))) AS step"
    }

    /// Every sum plus or minus the row's step (`steps`). A weighted sum whose count a step
    /// takes to 0 is set to exactly 0.
    private static func sumSteps(_ sign: String) -> String {
        let counts = directions.flatMap { name, direction in
            ["\(name)_count = \(name)_count \(sign) step.\(direction)", "\(name)_minutes = \(name)_minutes \(sign) step.\(direction) * step.minutes"]
        }
        let sums = weighted.flatMap { name, direction in
            [("w_\(name)", "step.\(direction) * step.weight"), ("w_\(name)_minutes", "step.\(direction) * step.weight * step.minutes")].map { sum, step in
                sign == "+" ? "\(sum) = \(sum) + \(step)"
                    : "\(sum) = CASE WHEN \(name)_count - step.\(direction) = 0 THEN 0 ELSE \(sum) - \(step) END"
            }
        }
        return (counts + sums).joined(separator: ", ")
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
    /// what came after (a range of the log's time index), where counting the whole log again
    /// took 6 s at a million exchanges. A sum is 0 again when its count is. The dates are read
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

    /// Last contact and last information shared, read again from the log (an index range each).
    private static func lastDates(of colleague: String) -> String {
        """
        last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = \(colleague)),
        last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
                     WHERE p.colleague_id = \(colleague) AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
        """
    }
}

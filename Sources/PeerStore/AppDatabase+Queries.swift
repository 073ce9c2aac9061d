import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    public func colleague(_ id: ColleagueID) throws -> Colleague? {
        try read { db in try Self.fetchColleague(id, in: db) }
    }

    static func fetchColleague(_ id: ColleagueID, in db: Database) throws -> Colleague? {
        try Row.fetchOne(db, sql: "SELECT \(SQLFragments.colleagueColumns) FROM colleague c WHERE c.id = ?", arguments: [id])?
            .colleague()
    }

    /// Everyone the quick-log grammar may name.
    public func quickLogCandidates(includeArchived: Bool = false) throws -> [QuickLogCandidate] {
        try read { db in try StoredQuickLogNames.fetch(in: db, where: "1", arguments: [], includeArchived: includeArchived) }
    }

    /// `line` parsed as against everyone, each name the parse asks about looked up in SQL then
    /// (`StoredQuickLogNames`), all in one read: `rapport log` reads the colleagues a line names.
    /// Throws the line's `QuickLogError`, or the database's error.
    public func parseQuickLog(_ line: String, now: Date) throws -> QuickLogEntry {
        try read { db in
            try StoredQuickLogNames.answering(in: db, includeArchived: false) { names in
                Result { () throws(QuickLogError) in try QuickLogParser(candidates: [], now: now).parse(line, names: names) }
            }.get()
        }
    }

    /// The slip a line that parses holds, as the dashboard's preview asks about it ("did you
    /// mean …?"): a bare number, or a word one letter off a keyword, where the note would begin.
    public func quickLogSlip(_ line: String, now: Date) throws -> QuickLogSuggestion? {
        try read { db in
            try StoredQuickLogNames.answering(in: db, includeArchived: false) { names in QuickLogParser(candidates: [], now: now).suggestion(for: line, names: names) }
        }
    }

    /// The colleagues a subcommand's NAME can pick (`QuickLogParser.matches(prefix:)`, or an
    /// exact name): those whose folded name, or a later word of it, starts with the NAME folded.
    /// A few more at most, never fewer; the caller decides among them as among everyone.
    public func colleagueCandidates(named name: String, includeArchived: Bool) throws -> [QuickLogCandidate] {
        let folded = name.singleSpaced.folded
        guard !folded.isEmpty else { return [] }
        return try read { db in
            try StoredQuickLogNames.answering(in: db, includeArchived: includeArchived) { $0.sharingWords(with: folded) }
        }
    }

    /// The colleague list with last contact and balance, sorted in SQL from the running totals
    /// in `colleague_stats`. `limit` and `offset` keep a screen's query to what it shows; the
    /// window counts are read for the rows returned only. `leaningAtLeast`: only colleagues whose
    /// stored score is at least that far from 0 (`rapport balance`'s one-way relationships, a few
    /// of 10,000; the caller decides exactly, the stored score being rounded differently).
    public func colleagueSummaries(
        now: Date, sort: ColleagueSort = .name, descending: Bool = false, includeArchived: Bool = false,
        matching filter: String = "", windowDays: Int = Balance.defaultWindowDays, leaningAtLeast: Double? = nil,
        limit: Int = -1, offset: Int = 0
    ) throws -> [ColleagueSummary] {
        try read { db in
            var arguments: StatementArguments = [
                "start": now.timeIntervalSince1970 - Double(windowDays) * 86_400,
                "archived": includeArchived, "limit": limit, "offset": offset, "leaning": leaningAtLeast,
            ]
            let filterClause = Self.filterClause(filter, arguments: &arguments)
            let sql = """
                SELECT \(SQLFragments.colleagueColumns), \(SQLFragments.statsColumns), \(SQLFragments.windowCounts)
                FROM colleague c JOIN colleague_stats s ON s.colleague_id = c.id
                WHERE (:archived OR c.archived = 0) AND (:leaning IS NULL OR abs(s.score) >= :leaning) \(filterClause)
                ORDER BY \(Self.orderClause(sort, descending: descending))
                LIMIT :limit OFFSET :offset
                """
            let decay = Balance.decay(at: now)
            return try Row.colleagueRows(db, sql: sql, arguments: arguments) { row, columns in
                ColleagueSummary(colleague: row.colleague(at: columns), lastContact: row.date("last_contact"), balance: row.balance(decay: decay))
            }
        }
    }

    /// Everyone the list shows, in name order, with what the map plots and the list sorts by.
    /// The name index holds every column read here but the totals (`ListQueryPlanTests`).
    /// Other orders are `ColleagueSort.ordered`, in memory; full rows come from
    /// `colleagueSummaries(ids:)`.
    public func colleagueEntries(includeArchived: Bool = false, matching filter: String = "") throws -> [ColleagueEntry] {
        try read { db in try Self.colleagueEntries(includeArchived: includeArchived, matching: filter, in: db) }
    }

    static func colleagueEntries(includeArchived: Bool, matching filter: String, in db: Database) throws -> [ColleagueEntry] {
        var arguments: StatementArguments = ["archived": includeArchived]
        let filterClause = Self.filterClause(filter, arguments: &arguments)
        let statement = try db.cachedStatement(sql: """
            SELECT c.id, c.name, c.team, c.vital, c.frequency, c.quality, c.trust, c.stance, s.score, s.last_contact
            FROM colleague c INDEXED BY colleague_list_by_name LEFT JOIN colleague_stats s ON s.colleague_id = c.id
            WHERE (:archived OR c.archived = 0) \(filterClause)
            ORDER BY \(Self.orderClause(.name, descending: false))
            """)
        // Columns found by name once per statement, not once per row: a filter keystroke reads
        // everyone it matches.
        let column = Dictionary(uniqueKeysWithValues: statement.columnNames.enumerated().map { ($1, $0) })
        let (id, name, team, vital, frequency, quality, trust, stance, score, lastContact) = (
            column["id"]!, column["name"]!, column["team"]!, column["vital"]!, column["frequency"]!, column["quality"]!, column["trust"]!,
            column["stance"]!, column["score"]!, column["last_contact"]!)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var entries: [ColleagueEntry] = []
        while let row = try rows.next() {
            entries.append(ColleagueEntry(
                id: row[id], name: row[name], team: row[team], vital: row[vital], frequency: row[frequency], quality: row[quality],
                trust: row[trust], stance: Stance(rawValue: row[stance]) ?? .unknown, score: row[score],
                lastContact: (row[lastContact] as Double?).map(Date.init(timeIntervalSince1970:)), nameRank: entries.count))
        }
        return entries
    }

    /// Full rows for `ids`, in that order; ids no longer there are left out.
    public func colleagueSummaries(ids: [ColleagueID], now: Date, windowDays: Int = Balance.defaultWindowDays) throws -> [ColleagueSummary] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let decay = Balance.decay(at: now)
            let rows = try Row.colleagueRows(db, sql: """
                SELECT \(SQLFragments.colleagueColumns), \(SQLFragments.statsColumns), \(SQLFragments.windowCounts)
                FROM colleague c JOIN colleague_stats s ON s.colleague_id = c.id
                WHERE c.id IN (SELECT value FROM json_each(:ids))
                """, arguments: [
                    "ids": SQLFragments.jsonArray(ids),
                    "start": now.timeIntervalSince1970 - Double(windowDays) * 86_400,
                ]) { row, columns in
                    (row["id"] as ColleagueID, ColleagueSummary(colleague: row.colleague(at: columns), lastContact: row.date("last_contact"), balance: row.balance(decay: decay)))
                }
            let byID = Dictionary(rows, uniquingKeysWith: { first, _ in first })
            return ids.compactMap { byID[$0] }
        }
    }

    /// The list filter: a case-insensitive substring of the name, team, role, a tag, the agenda,
    /// motivators, demotivators, valued information or the notes (`ColleagueSearch`).
    private static func filterClause(_ filter: String, arguments: inout StatementArguments) -> String {
        guard !filter.trimmed.isEmpty else { return "" }
        _ = arguments.append(contentsOf: ["filter": filter.trimmed.folded])
        return "AND " + ColleagueSearch.condition(filter: ":filter")
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// See `ColleagueSort` for each key's natural order; `descending` flips it. Unset values
    /// (unrated, never contacted) keep their place at the end, except that for `last` "never"
    /// is the longest ago.
    static func orderClause(_ sort: ColleagueSort, descending: Bool) -> String {
        let (natural, reversed) = descending ? ("DESC", "ASC") : ("ASC", "DESC")
        let stanceRank = "CASE c.stance " + Stance.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.rank)" }.joined(separator: " ") + " END"
        let key: String
        switch sort {
        // Names in their folded form (case and accents aside): Ömer sorts among the O's.
        case .name: key = "c.folded_name \(natural)"
        case .team: key = "c.team = '' , c.team COLLATE NOCASE \(natural)"
        case .vital, .frequency, .quality, .trust: key = "c.\(sort.rawValue) IS NULL, c.\(sort.rawValue) \(reversed)"
        case .stance: key = "\(stanceRank) \(natural)"
        case .balance: key = "s.score IS NULL, s.score \(natural)"
        case .last: key = "s.last_contact IS NOT NULL, s.last_contact \(natural)"
        }
        // Ties by name, then id; a name sort needs only the id (a second name key would make
        // SQLite sort the whole list instead of reading the index in order).
        return key + (sort == .name ? ", c.id \(natural)" : ", c.folded_name, c.id")
    }

    /// Balance with one colleague, or overall (each interaction counted once) when `colleagueID`
    /// is nil: the weights from the running totals, the counts from the window.
    public func balance(of colleagueID: ColleagueID? = nil, now: Date, windowDays: Int = Balance.defaultWindowDays) throws -> Balance {
        try read { db in
            let arguments: StatementArguments = ["start": now.timeIntervalSince1970 - Double(windowDays) * 86_400, "id": colleagueID]
            let sql = colleagueID == nil
                ? """
                    SELECT s.w_given, s.w_received, s.w_given_minutes, s.w_received_minutes,
                        \(SQLFragments.windowCounts(over: "interaction w WHERE w.occurred_at >= :start"))
                    FROM network_stats s
                    """
                : """
                    SELECT \(SQLFragments.statsColumns), \(SQLFragments.windowCounts)
                    FROM colleague c JOIN colleague_stats s ON s.colleague_id = c.id WHERE c.id = :id
                    """
            return try Row.fetchOne(db, sql: sql, arguments: arguments)?.balance(decay: Balance.decay(at: now)) ?? Balance()
        }
    }

    public func lastContact(with colleagueID: ColleagueID) throws -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: "SELECT last_contact FROM colleague_stats WHERE colleague_id = ?", arguments: [colleagueID])
                .map(Date.init(timeIntervalSince1970:))
        }
    }

    public func ratingHistory(of colleagueID: ColleagueID) throws -> [RatingChange] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM rating_change WHERE colleague_id = ? ORDER BY changed_at, id", arguments: [colleagueID]
            ).compactMap { row in
                guard let dimension = RatingDimension(rawValue: row["dimension"]) else { return nil }
                return RatingChange(dimension: dimension, value: row["value"], changedAt: row.date("changed_at") ?? .distantPast)
            }
        }
    }

    public func stanceHistory(of colleagueID: ColleagueID) throws -> [StanceChange] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM stance_change WHERE colleague_id = ? ORDER BY changed_at, id", arguments: [colleagueID]
            ).map { row in
                StanceChange(stance: Stance(rawValue: row["stance"]) ?? .unknown, changedAt: row.date("changed_at") ?? .distantPast)
            }
        }
    }

    public func colleagueCount(includeArchived: Bool = true, matching filter: String = "") throws -> Int {
        try read { db in
            // Unfiltered, no row is read: SQLite counts everyone from the smallest index's pages,
            // and the archived from their own (partial) index.
            if filter.isEmpty {
                let sql = includeArchived
                    ? "SELECT COUNT(*) FROM colleague"
                    : "SELECT (SELECT COUNT(*) FROM colleague) - (SELECT COUNT(*) FROM colleague INDEXED BY colleague_archived WHERE archived != 0)"
                return try Int.fetchOne(db, sql: sql) ?? 0
            }
            var arguments: StatementArguments = ["archived": includeArchived]
            let filterClause = Self.filterClause(filter, arguments: &arguments)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM colleague c WHERE (:archived OR c.archived = 0) \(filterClause)", arguments: arguments) ?? 0
        }
    }

    /// Teams with their number of active colleagues; a team whose people are all archived shows 0.
    /// The teams of the user's own organisation (everyone's, when none is set), with their
    /// active people: partners' teams are not departments of theirs.
    public func departments() throws -> [(name: String, activeCount: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT team, SUM(archived = 0) AS active FROM colleague
                WHERE \(SQLFragments.ownOrganisation)
                GROUP BY team ORDER BY team COLLATE NOCASE
                """, arguments: ["own": try Self.setting(Self.organisationKey, in: db) ?? ""])
                .map { ($0["team"], $0["active"]) }
        }
    }
}

extension AppDatabase {
    /// Names for a page of interactions, in one query.
    public func names(of ids: Set<ColleagueID>) throws -> [ColleagueID: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM colleague WHERE id IN (\(databaseQuestionMarks(count: ids.count)))", arguments: StatementArguments(Array(ids)))
            return Dictionary(rows.map { ($0["id"], $0["name"]) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Interactions that would go with this colleague on delete: those with nobody else.
    public func deletionLoss(of id: ColleagueID) throws -> DeletionLoss {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT
                  (SELECT COUNT(*) FROM participant p WHERE p.colleague_id = :id
                   AND NOT EXISTS (SELECT 1 FROM participant o WHERE o.interaction_id = p.interaction_id AND o.colleague_id != p.colleague_id)) AS interactions,
                  (SELECT COUNT(*) FROM need WHERE colleague_id = :id) AS needs,
                  (SELECT COUNT(*) FROM promise WHERE colleague_id = :id) AS promises
                """, arguments: ["id": id])
            return DeletionLoss(interactions: row?["interactions"] ?? 0, needs: row?["needs"] ?? 0, promises: row?["promises"] ?? 0)
        }
    }

    /// One colleague's summary, with the same aggregates as the list.
    public func summary(of id: ColleagueID, now: Date) throws -> ColleagueSummary? {
        guard let colleague = try colleague(id) else { return nil }
        return ColleagueSummary(colleague: colleague, lastContact: try lastContact(with: id), balance: try balance(of: id, now: now))
    }
}

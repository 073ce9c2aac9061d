import Foundation
import GRDB
import PeerNetwork

/// Where the columns of `SQLFragments.colleagueColumns` are in a statement's rows, found by
/// name once: a read of every colleague decodes each row at these positions, where a name looked
/// up in each row is hashed again in each row.
struct ColleagueColumns {
    let id, name, role, team, organisation, email, tags, notes, agenda, motivators, demotivators, valuedInfo: Int
    let stance, vital, frequency, quality, trust, ratedAt, archived, uid, contactEveryWeeks: Int

    init(_ names: some Collection<String>) {
        let positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func at(_ name: String) -> Int {
            guard let position = positions[name] else { preconditionFailure("no column \(name): select SQLFragments.colleagueColumns") }
            return position
        }
        (id, name, role, team, organisation, email) = (at("id"), at("name"), at("role"), at("team"), at("organisation"), at("email"))
        (tags, notes, agenda, motivators, demotivators, valuedInfo) = (
            at("tags"), at("notes"), at("agenda"), at("motivators"), at("demotivators"), at("valued_info"))
        (stance, vital, frequency, quality, trust) = (at("stance"), at("vital"), at("frequency"), at("quality"), at("trust"))
        (ratedAt, archived, uid, contactEveryWeeks) = (at("rated_at"), at("archived"), at("uid"), at("contact_every_weeks"))
    }

    init(_ statement: Statement) { self.init(statement.columnNames) }
}

/// Decoding of domain values from rows. Times are stored as seconds since 1970 (REAL), so SQL
/// can do arithmetic on them for the balance weights.
extension Row {
    /// Every row of `sql`, which selects `SQLFragments.colleagueColumns`, decoded as the
    /// statement steps, with the positions of those columns found once (`ColleagueColumns`). A row
    /// copied out by `fetchAll` would compare each name with every column's, lowercasing both.
    static func colleagueRows<T>(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments(), _ decode: @escaping (Row, ColleagueColumns) throws -> T
    ) throws -> [T] {
        let statement = try db.makeStatement(sql: sql)
        let columns = ColleagueColumns(statement)
        return try Array(Row.fetchCursor(statement, arguments: arguments).map { try decode($0, columns) })
    }

    func date(_ column: String) -> Date? {
        (self[column] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    /// A colleague from `SQLFragments.colleagueColumns`, by column name.
    func colleague() -> Colleague { colleague(at: ColleagueColumns(columnNames)) }

    /// The same, at positions found by name once for a whole read (`ColleagueColumns`).
    func colleague(at column: ColleagueColumns) -> Colleague {
        let tagList: String? = self[column.tags]
        return Colleague(
            id: self[column.id], name: self[column.name], role: self[column.role], team: self[column.team],
            organisation: self[column.organisation], email: self[column.email],
            tags: tagList.map { $0.split(separator: Self.tagSeparator).map(String.init).sorted() } ?? [],
            notes: self[column.notes], agenda: self[column.agenda], motivators: self[column.motivators], demotivators: self[column.demotivators],
            valuedInfo: self[column.valuedInfo], stance: Stance(rawValue: self[column.stance]) ?? .unknown,
            ratings: Ratings(vital: self[column.vital], frequency: self[column.frequency], quality: self[column.quality], trust: self[column.trust]),
            ratedAt: (self[column.ratedAt] as Double?).map(Date.init(timeIntervalSince1970:)), archived: self[column.archived],
            uid: self[column.uid], contactEveryWeeks: self[column.contactEveryWeeks])
    }

    /// A balance from the stored sums (`SQLFragments.statsColumns`) brought to the moment
    /// `decay` stands for, with the window's counts when the row has them
    /// (`SQLFragments.windowCounts`).
    func balance(decay: Double) -> Balance {
        var balance = Balance()
        balance.weightedGiven = (self["w_given"] as Double? ?? 0) * decay
        balance.weightedReceived = (self["w_received"] as Double? ?? 0) * decay
        balance.weightedGivenMinutes = (self["w_given_minutes"] as Double? ?? 0) * decay
        balance.weightedReceivedMinutes = (self["w_received_minutes"] as Double? ?? 0) * decay
        windowCounts()?.fill(&balance)
        return balance
    }

    /// The window counts (`SQLFragments.windowCounts`), when the row has them.
    func windowCounts() -> ExchangeCounts? {
        guard hasColumn("window_given") else { return nil }
        return ExchangeCounts(
            given: self["window_given"] ?? 0, received: self["window_received"] ?? 0, mutual: self["window_mutual"] ?? 0,
            givenMinutes: self["window_given_minutes"] ?? 0, receivedMinutes: self["window_received_minutes"] ?? 0)
    }

    func interaction(colleagueIDs: [ColleagueID]) -> Interaction {
        Interaction(
            id: self["id"], occurredAt: date("occurred_at") ?? .distantPast, colleagueIDs: colleagueIDs,
            direction: Direction(rawValue: self["direction"]) ?? .mutual,
            kind: InteractionKind(rawValue: self["kind"]) ?? .meeting,
            minutes: self["minutes"], note: self["note"])
    }

    /// An exchange read with `people`, its colleagues' ids joined by commas.
    func interactionWithPeople() -> Interaction {
        let people: String = self["people"] ?? ""
        return interaction(colleagueIDs: people.split(separator: ",").compactMap { Int64($0) })
    }

    /// Unit separator: cannot be typed into a tag, so it is safe to join tags with.
    static let tagSeparator: Character = "\u{1F}"
}

enum SQLFragments {
    /// A colleague of the user's own organisation (`:own`, empty when not set): theirs is unset or
    /// the same in its folded form, as `ReviewInput.isOwn` compares them.
    static let ownOrganisation = "(organisation = '' OR :own = '' OR rapport_fold(organisation) = rapport_fold(:own))"

    /// `text` between double quotes, each quote inside doubled: an SQL identifier, or an FTS5
    /// phrase. Byte by byte, rather than through NSString's `replacingOccurrences`.
    static func doubleQuoted(_ text: String) -> String {
        let quote = UInt8(ascii: "\"")
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// In the order `Row.colleague()` reads them.
    static let colleagueColumns = ownColumns + ", \(tagList(of: "c")) AS tags"

    /// A colleague's (`row`'s) tags joined by `Row.tagSeparator`, or NULL when they have none.
    static func tagList(of row: String) -> String {
        "(SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = \(row).id)"
    }

    /// The same with the tags left out (NULL), for reads of the whole network: one tag lookup
    /// per colleague costs more than reading every tag once (`AppDatabase.tagsByColleague`).
    static let colleagueColumnsWithoutTags = ownColumns + ", NULL AS tags"

    private static let ownColumns = """
        c.id, c.name, c.role, c.team, c.email, c.notes, c.agenda, c.motivators, c.demotivators,
        c.valued_info, c.stance, c.vital, c.frequency, c.quality, c.trust, c.rated_at, c.archived, c.uid, c.contact_every_weeks,
        c.organisation
        """

    /// Window counts over `rows` (a FROM and WHERE naming the rows `w`), as five named columns.
    static func windowCounts(over rows: String) -> String {
        """
        \(count("w.direction = 'gave'", over: rows)) AS window_given,
        \(count("w.direction = 'received'", over: rows)) AS window_received,
        \(count("w.direction = 'mutual'", over: rows)) AS window_mutual,
        (SELECT IFNULL(SUM(w.minutes), 0) FROM \(rows) AND w.direction = 'gave') AS window_given_minutes,
        (SELECT IFNULL(SUM(w.minutes), 0) FROM \(rows) AND w.direction = 'received') AS window_received_minutes
        """
    }

    private static func count(_ condition: String, over rows: String) -> String {
        "(SELECT COUNT(*) FROM \(rows) AND \(condition))"
    }

    /// The same as one aggregate over `rows` (a FROM and WHERE naming the rows `w`): a range
    /// of the log, counted once; per colleague (`colleague_id`) when `perColleague`.
    static func windowTotals(over rows: String, perColleague: Bool = false) -> String {
        """
        SELECT \(perColleague ? "w.colleague_id AS colleague_id," : "")
            COUNT(*) FILTER (WHERE w.direction = 'gave') AS window_given,
            COUNT(*) FILTER (WHERE w.direction = 'received') AS window_received,
            COUNT(*) FILTER (WHERE w.direction = 'mutual') AS window_mutual,
            IFNULL(SUM(w.minutes) FILTER (WHERE w.direction = 'gave'), 0) AS window_given_minutes,
            IFNULL(SUM(w.minutes) FILTER (WHERE w.direction = 'received'), 0) AS window_received_minutes
        FROM \(rows) \(perColleague ? "GROUP BY w.colleague_id" : "")
        """
    }

    /// A listed colleague's (`c`) counts since `:start`, for the rows returned only.
    static let windowCounts = windowCounts(over: "participant w WHERE w.colleague_id = c.id AND w.occurred_at >= :start")

    /// Ids as one JSON array argument, for `IN (SELECT value FROM json_each(?))`: any number of
    /// them in one statement, where `?` placeholders stop at SQLite's variable limit.
    static func jsonArray(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// Last contact and the decayed sums of `colleague_stats` aliased as `s`, as
    /// `Row.balance(decay:)` reads them.
    static let statsColumns = "s.last_contact, s.w_given, s.w_received, s.w_given_minutes, s.w_received_minutes"
}

import Foundation
import GRDB
import PeerNetwork

/// Decoding of domain values from rows. Times are stored as seconds since 1970 (REAL), so SQL
/// can do arithmetic on them for the balance weights.
extension Row {
    func date(_ column: String) -> Date? {
        (self[column] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    func colleague() -> Colleague {
        let tagList: String? = self["tags"]
        return Colleague(
            id: self["id"], name: self["name"], role: self["role"], team: self["team"],
            email: self["email"],
            tags: tagList.map { $0.split(separator: Self.tagSeparator).map(String.init).sorted() } ?? [],
            notes: self["notes"], agenda: self["agenda"], motivators: self["motivators"],
            demotivators: self["demotivators"], valuedInfo: self["valued_info"],
            stance: Stance(rawValue: self["stance"]) ?? .unknown,
            ratings: Ratings(vital: self["vital"], frequency: self["frequency"], quality: self["quality"], trust: self["trust"]),
            ratedAt: date("rated_at"), archived: self["archived"], uid: self["uid"], contactEveryWeeks: self["contact_every_weeks"])
    }

    /// A balance from stored sums (`SQLFragments.statsColumns`) brought to the moment `decay`
    /// stands for, and the window's counts when the row has them (`SQLFragments.windowCounts`).
    func balance(decay: Double) -> Balance {
        var balance = Balance()
        balance.weightedGiven = (self["w_given"] ?? 0) * decay
        balance.weightedReceived = (self["w_received"] ?? 0) * decay
        balance.weightedGivenMinutes = (self["w_given_minutes"] ?? 0) * decay
        balance.weightedReceivedMinutes = (self["w_received_minutes"] ?? 0) * decay
        windowCounts()?.fill(&balance)
        return balance
    }

    /// The `window_counts` column (`SQLFragments.windowCounts`), when the row has it.
    func windowCounts() -> ExchangeCounts? {
        let numbers = ((self["window_counts"] as String?) ?? "").split(separator: " ").map { Int($0) ?? 0 }
        guard numbers.count == 5 else { return nil }
        return ExchangeCounts(
            given: numbers[0], received: numbers[1], mutual: numbers[2], givenMinutes: numbers[3], receivedMinutes: numbers[4])
    }

    func interaction(colleagueIDs: [ColleagueID]) -> Interaction {
        Interaction(
            id: self["id"], occurredAt: date("occurred_at") ?? .distantPast, colleagueIDs: colleagueIDs,
            direction: Direction(rawValue: self["direction"]) ?? .mutual,
            kind: InteractionKind(rawValue: self["kind"]) ?? .meeting,
            minutes: self["minutes"], note: self["note"])
    }

    /// Unit separator: cannot be typed into a tag, so it is safe to join tags with.
    static let tagSeparator: Character = "\u{1F}"
}

enum SQLFragments {
    static let colleagueColumns = """
        c.id, c.name, c.role, c.team, c.email, c.notes, c.agenda, c.motivators, c.demotivators,
        c.valued_info, c.stance, c.vital, c.frequency, c.quality, c.trust, c.rated_at, c.archived, c.uid, c.contact_every_weeks,
        (SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id) AS tags
        """

    /// Window counts, `given received mutual given_minutes received_minutes` in one text value,
    /// over `rows` (a FROM and WHERE naming the rows `w`): one index range for a listed colleague.
    static func windowCounts(over rows: String) -> String {
        """
        (SELECT COUNT(CASE WHEN w.direction = 'gave' THEN 1 END) || ' ' || COUNT(CASE WHEN w.direction = 'received' THEN 1 END)
            || ' ' || COUNT(CASE WHEN w.direction = 'mutual' THEN 1 END)
            || ' ' || IFNULL(SUM(CASE WHEN w.direction = 'gave' THEN w.minutes END), 0)
            || ' ' || IFNULL(SUM(CASE WHEN w.direction = 'received' THEN w.minutes END), 0)
         FROM \(rows)) AS window_counts
        """
    }

    /// A listed colleague's (`c`) counts since `:start`, for the rows returned only.
    static let windowCounts = windowCounts(over: "participant w WHERE w.colleague_id = c.id AND w.occurred_at >= :start")

    /// Ids as one JSON array argument, for `IN (SELECT value FROM json_each(?))`: any number of
    /// them in one statement, where `?` placeholders stop at SQLite's variable limit.
    static func jsonArray(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// The decayed sums and last contact of `colleague_stats` aliased as `s`.
    static let statsColumns = "s.last_contact, s.w_given, s.w_received, s.w_given_minutes, s.w_received_minutes"
}

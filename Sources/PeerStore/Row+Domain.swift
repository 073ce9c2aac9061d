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

    func balance() -> Balance {
        var balance = Balance()
        balance.givenCount = self["given"] ?? 0
        balance.receivedCount = self["received"] ?? 0
        balance.mutualCount = self["mutual"] ?? 0
        balance.givenMinutes = self["given_minutes"] ?? 0
        balance.receivedMinutes = self["received_minutes"] ?? 0
        balance.weightedGiven = self["w_given"] ?? 0
        balance.weightedReceived = self["w_received"] ?? 0
        balance.weightedGivenMinutes = self["w_given_minutes"] ?? 0
        balance.weightedReceivedMinutes = self["w_received_minutes"] ?? 0
        return balance
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

    /// The `Balance` sums over rows of `participant` or `interaction` aliased as `p`; the
    /// weights are `Balance.weight` written in SQL (age clamped at zero, half weight at 30 days).
    static let balanceColumns = """
        COUNT(CASE WHEN p.direction = 'gave' THEN 1 END) AS given,
        COUNT(CASE WHEN p.direction = 'received' THEN 1 END) AS received,
        COUNT(CASE WHEN p.direction = 'mutual' THEN 1 END) AS mutual,
        CAST(TOTAL(CASE WHEN p.direction = 'gave' THEN p.minutes END) AS INTEGER) AS given_minutes,
        CAST(TOTAL(CASE WHEN p.direction = 'received' THEN p.minutes END) AS INTEGER) AS received_minutes,
        TOTAL(CASE WHEN p.direction = 'gave' THEN \(weight) END) AS w_given,
        TOTAL(CASE WHEN p.direction = 'received' THEN \(weight) END) AS w_received,
        TOTAL(CASE WHEN p.direction = 'gave' THEN \(weight) * IFNULL(p.minutes, 0) END) AS w_given_minutes,
        TOTAL(CASE WHEN p.direction = 'received' THEN \(weight) * IFNULL(p.minutes, 0) END) AS w_received_minutes
        """

    static let weight = "(1.0 / (1.0 + MAX(0.0, :now - p.occurred_at) / 86400.0 / \(Balance.halfWeightDays)))"
}

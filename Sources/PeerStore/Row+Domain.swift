import Foundation
import GRDB
import PeerNetwork

/// Decoding of domain values from rows. Times are stored as seconds since 1970 (REAL), so SQL
/// can do arithmetic on them for the balance weights.
extension Row {
    func date(_ column: String) -> Date? {
        (self[column] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    /// A colleague from `SQLFragments.colleagueColumns`, which every query puts first: read by
    /// position, since a lookup by name scans the row's columns (10,000 rows for a review).
    func colleague() -> Colleague {
        let tagList: String? = self[19]
        return Colleague(
            id: self[0], name: self[1], role: self[2], team: self[3], email: self[4],
            tags: tagList.map { $0.split(separator: Self.tagSeparator).map(String.init).sorted() } ?? [],
            notes: self[5], agenda: self[6], motivators: self[7], demotivators: self[8], valuedInfo: self[9],
            stance: Stance(rawValue: self[10]) ?? .unknown,
            ratings: Ratings(vital: self[11], frequency: self[12], quality: self[13], trust: self[14]),
            ratedAt: date(at: 15), archived: self[16], uid: self[17],
            contactEveryWeeks: self[18])
    }

    /// Where `SQLFragments.statsColumns` start when they follow the colleague's columns.
    static let statsIndex = 20

    /// The time at column `index` (by position: faster than by name on big reads).
    func date(at index: Int) -> Date? {
        (self[index] as Double?).map(Date.init(timeIntervalSince1970:))
    }

    /// A balance from the stored sums (`SQLFragments.statsColumns` from `index`, the sums one
    /// column later) brought to the moment `decay` stands for, and the window's counts when the
    /// column after the sums has them (`SQLFragments.windowCounts`). Read by position: a review
    /// reads 10,000 of these.
    func balance(decay: Double, statsAt index: Int = statsIndex) -> Balance {
        var balance = Balance()
        balance.weightedGiven = (self[index + 1] as Double? ?? 0) * decay
        balance.weightedReceived = (self[index + 2] as Double? ?? 0) * decay
        balance.weightedGivenMinutes = (self[index + 3] as Double? ?? 0) * decay
        balance.weightedReceivedMinutes = (self[index + 4] as Double? ?? 0) * decay
        windowCounts(at: index + 5)?.fill(&balance)
        return balance
    }

    /// The window counts (`SQLFragments.windowCounts`) at `index`, when the row has them there.
    func windowCounts(at index: Int) -> ExchangeCounts? {
        guard index < count, let text = self[index] as String? else { return nil }
        let numbers = text.split(separator: " ").map { Int($0) ?? 0 }
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

    /// An exchange read with `people`, its colleagues' ids joined by commas.
    func interactionWithPeople() -> Interaction {
        let people: String = self["people"] ?? ""
        return interaction(colleagueIDs: people.split(separator: ",").compactMap { Int64($0) })
    }

    /// Unit separator: cannot be typed into a tag, so it is safe to join tags with.
    static let tagSeparator: Character = "\u{1F}"
}

enum SQLFragments {
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
        c.valued_info, c.stance, c.vital, c.frequency, c.quality, c.trust, c.rated_at, c.archived, c.uid, c.contact_every_weeks
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

    /// Last contact and the decayed sums of `colleague_stats` aliased as `s`, in the order
    /// `Row.balance(decay:statsAt:)` reads them.
    static let statsColumns = "s.last_contact, s.w_given, s.w_received, s.w_given_minutes, s.w_received_minutes"
}

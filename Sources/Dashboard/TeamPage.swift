import Foundation
import PeerNetwork

/// The Team screen's data, read from the member's cache of their team: never from the network.
public struct TeamPage: Equatable, Sendable {
    public var rows: TeamRows
    /// The member's own role.
    public var me: String
    public var syncedAt: Date?
    /// Writes waiting in the outbox.
    public var pending: Int
    /// Worked out once when the page is read, not for every frame: a team's years of exchanges.
    public var balances: [TeamBalance]
    public var flags: [TeamFlag]
    /// Exchanges the member is part of and has not confirmed: what `c` acts on, oldest first.
    public var awaiting: [TeamRows.Exchange]
    /// The member's own confirmed exchanges, newest first: what `L` can copy.
    public var recent: [TeamRows.Exchange]

    /// Team members who are also in the member's own network, by role: matched on this machine
    /// by name, so a confirmed exchange can be copied into the private log (`L`).
    public var colleagues: [String: ColleagueID]
    /// Exchanges already copied into the private log from this machine.
    public var copied: Set<String>

    public init(rows: TeamRows, me: String, syncedAt: Date?, pending: Int, now: Date, colleagues: [String: ColleagueID] = [:], copied: Set<String> = []) {
        self.rows = rows
        self.me = me
        self.syncedAt = syncedAt
        self.pending = pending
        self.colleagues = colleagues
        self.copied = copied
        balances = TeamBalance.of(rows)
        flags = TeamFlag.all(rows, now: now)
        awaiting = rows.awaitingConfirmation(by: me)
        recent = Array(rows.counted.filter { $0.giver == me || $0.receiver == me }.sorted { $0.occurredOn > $1.occurredOn }.prefix(Self.recentCount))
    }

    static let recentCount = 8

    /// The Team screen's list: what awaits confirmation, then the recent confirmed ones.
    public var selectable: [TeamRows.Exchange] { awaiting + recent }

    /// What each row of `selectable` is, so the selection stays on it when the page is read
    /// again: an exchange confirmed is another row, in the other part of the list.
    var selectableKeys: [String] { awaiting.map { "awaiting \($0.id)" } + recent.map { "recent \($0.id)" } }

    /// The exchange as an entry of the member's private log, when the other side is a colleague.
    public func privateEntry(_ exchange: TeamRows.Exchange) -> Interaction? {
        let other = exchange.giver == me ? exchange.receiver : exchange.giver
        guard let colleague = colleagues[other] else { return nil }
        return Interaction(
            occurredAt: exchange.occurredOn.addingTimeInterval(12 * 3_600), colleagueIDs: [colleague],
            direction: exchange.giver == me ? .gave : .received, kind: .help, minutes: exchange.minutes, note: exchange.what)
    }
}

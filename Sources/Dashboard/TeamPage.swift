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

    public init(rows: TeamRows, me: String, syncedAt: Date?, pending: Int, now: Date) {
        self.rows = rows
        self.me = me
        self.syncedAt = syncedAt
        self.pending = pending
        balances = TeamBalance.of(rows)
        flags = TeamFlag.all(rows, now: now)
    }

    /// Exchanges the member is part of and has not confirmed: what `c` acts on, oldest first.
    public var awaiting: [TeamRows.Exchange] {
        rows.exchanges.filter { ($0.giver == me || $0.receiver == me) && !$0.confirmedBy.contains(me) }
    }
}

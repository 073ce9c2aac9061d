import Foundation

/// A team's mutual-aid board, as values: what the server holds for the member's team (cached
/// on their machine), and what the board, the balance and the round make of it. Nothing here
/// is private to a member: only what they published.
public struct TeamRows: Equatable, Sendable {
    public struct Member: Equatable, Sendable {
        public var role: String
        public var name: String
        public init(role: String, name: String) { self.role = role; self.name = name }
    }
    public struct Ask: Equatable, Sendable {
        public var id: String, author: String, what: String, due: Date, doneMeans: String, createdAt: Date
        public var closedAt: Date?
        public init(id: String, author: String, what: String, due: Date, doneMeans: String, createdAt: Date, closedAt: Date? = nil) {
            (self.id, self.author, self.what, self.due, self.doneMeans, self.createdAt, self.closedAt) = (id, author, what, due, doneMeans, createdAt, closedAt)
        }
    }
    public struct Offer: Equatable, Sendable {
        public var id: String, author: String, what: String, forAsk: String?, createdAt: Date
        public init(id: String, author: String, what: String, forAsk: String?, createdAt: Date) {
            (self.id, self.author, self.what, self.forAsk, self.createdAt) = (id, author, what, forAsk, createdAt)
        }
    }
    public struct Exchange: Equatable, Sendable {
        public var id: String, proposer: String, giver: String, receiver: String, minutes: Int, what: String, occurredOn: Date
        public var corrects: String?
        /// The roles that confirmed it; it counts once both sides are here.
        public var confirmedBy: Set<String>
        public init(id: String, proposer: String, giver: String, receiver: String, minutes: Int, what: String, occurredOn: Date, corrects: String? = nil, confirmedBy: Set<String> = []) {
            (self.id, self.proposer, self.giver, self.receiver, self.minutes, self.what, self.occurredOn, self.corrects, self.confirmedBy) =
                (id, proposer, giver, receiver, minutes, what, occurredOn, corrects, confirmedBy)
        }
        public var isConfirmed: Bool { confirmedBy.contains(giver) && confirmedBy.contains(receiver) }
    }
    public struct Thanks: Equatable, Sendable {
        public var id: String, author: String, recipient: String, what: String, createdAt: Date
        public init(id: String, author: String, recipient: String, what: String, createdAt: Date) {
            (self.id, self.author, self.recipient, self.what, self.createdAt) = (id, author, recipient, what, createdAt)
        }
    }
    public struct Norm: Equatable, Sendable {
        public var id: String, what: String, reviewOn: Date
        public init(id: String, what: String, reviewOn: Date) { (self.id, self.what, self.reviewOn) = (id, what, reviewOn) }
    }

    public var team: String
    public var weeklyBudgetMinutes: Int
    public var members: [Member]
    public var asks: [Ask]
    public var offers: [Offer]
    public var exchanges: [Exchange]
    public var thanks: [Thanks]
    public var norms: [Norm]

    public init(team: String, weeklyBudgetMinutes: Int = 120, members: [Member] = [], asks: [Ask] = [], offers: [Offer] = [],
                exchanges: [Exchange] = [], thanks: [Thanks] = [], norms: [Norm] = []) {
        (self.team, self.weeklyBudgetMinutes, self.members, self.asks, self.offers, self.exchanges, self.thanks, self.norms) =
            (team, weeklyBudgetMinutes, members, asks, offers, exchanges, thanks, norms)
    }

    public func name(of role: String) -> String { members.first { $0.role == role }?.name ?? role }

    /// Exchanges `role` is part of and has not confirmed, oldest first.
    public func awaitingConfirmation(by role: String) -> [Exchange] {
        exchanges.filter { ($0.giver == role || $0.receiver == role) && !$0.confirmedBy.contains(role) }
    }

    /// Confirmed exchanges, each correction standing in for the one it corrects.
    public var counted: [Exchange] {
        let confirmed = exchanges.filter(\.isConfirmed)
        let corrected = Set(confirmed.compactMap(\.corrects))
        return confirmed.filter { !corrected.contains($0.id) }
    }
}

/// Given and received per member: counts and hours side by side, never netted into one score,
/// listed by name rather than ranked.
public struct TeamBalance: Equatable, Sendable {
    public var member: TeamRows.Member
    public var givenCount = 0, givenMinutes = 0, receivedCount = 0, receivedMinutes = 0
    /// The first week they received in a run of weeks with no giving, when there is one.
    public var receivingSince: Date?

    public static func of(_ rows: TeamRows) -> [TeamBalance] {
        rows.members.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }.map { member in
            var balance = TeamBalance(member: member)
            let mine = rows.counted.filter { $0.giver == member.role || $0.receiver == member.role }
            for exchange in mine {
                if exchange.giver == member.role {
                    balance.givenCount += 1
                    balance.givenMinutes += exchange.minutes
                } else {
                    balance.receivedCount += 1
                    balance.receivedMinutes += exchange.minutes
                }
            }
            let lastGiven = mine.filter { $0.giver == member.role }.map(\.occurredOn).max()
            balance.receivingSince = mine.filter { exchange in
                exchange.receiver == member.role && lastGiven.map { exchange.occurredOn > $0 } ?? true
            }.map(\.occurredOn).min()
            return balance
        }
    }
}

/// What the board suggests, phrased as the next thing to do, never as blame.
public struct TeamFlag: Equatable, Sendable {
    public enum Kind: String, Sendable { case askForSomething, payItForward, loadConcentrated, askOverdue }
    public var kind: Kind
    public var about: String
    public var text: String

    /// Over 35% of the team's help from one person concentrates the load.
    public static let concentratedShare = 0.35
    /// Receiving for this long without giving: time to pass it on.
    public static let payForwardWeeks = 8

    public static func all(_ rows: TeamRows, now: Date, calendar: Calendar = .iso8601Local) -> [TeamFlag] {
        var flags: [TeamFlag] = []
        let balances = TeamBalance.of(rows)
        let totalGiven = balances.map(\.givenMinutes).reduce(0, +)
        for balance in balances {
            let name = balance.member.name
            if balance.givenCount >= 3, balance.givenMinutes >= 3 * max(balance.receivedMinutes, 1), balance.receivedCount <= balance.givenCount / 3 {
                flags.append(TeamFlag(kind: .askForSomething, about: name, text: "\(name) gives a lot and gets little: ask for something"))
            }
            if let since = balance.receivingSince, now.timeIntervalSince(since) >= Double(payForwardWeeks * 7 * 86_400) {
                flags.append(TeamFlag(kind: .payItForward, about: name, text: "\(name) has received for \(payForwardWeeks) weeks or more: pay it forward"))
            }
            if totalGiven > 0, balances.count > 2, Double(balance.givenMinutes) / Double(totalGiven) > concentratedShare {
                flags.append(TeamFlag(kind: .loadConcentrated, about: name, text: "\(name) gives over a third of the team's help: load is concentrated"))
            }
        }
        let today = calendar.startOfDay(for: now)
        for ask in rows.asks where ask.closedAt == nil && ask.due < today {
            let who = rows.name(of: ask.author)
            flags.append(TeamFlag(kind: .askOverdue, about: who, text: "\(who)'s ask “\(ask.what)” is past its date: close it, or say what's stuck"))
        }
        return flags
    }
}

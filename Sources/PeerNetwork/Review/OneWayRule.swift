import Foundation

/// Relationships where help runs one way over the balance window (90 days, recent exchanges
/// weighing more): at least `Balance.oneWayMinimumExchanges` (3) exchanges given or received,
/// and a score of ±`Balance.oneWayScore` (0.6) or beyond. Giving only is a dependency risk;
/// receiving only draws down goodwill.
public enum OneWayRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        context.people(where: { $0.balance.leaning != .balanced }).compactMap { person in
            let balance = person.balance
            let leaning = balance.leaning
            guard leaning != .balanced, let id = person.colleague.id else { return nil }
            let colleague = person.colleague
            let counts = "you gave \(balance.givenCount) and received \(balance.receivedCount) in \(Balance.defaultWindowDays) days"
            let strength = abs(balance.score ?? 0) * 5
            switch leaning {
            case .balanced:
                return nil
            case .onlyGiving:
                return Insight(
                    .oneWay, key: "one-way:giving:\(id)", about: colleague, why: "Help runs one way: \(counts)",
                    action: Phrasing.pick(for: id,
                        "Ask \(colleague.firstName) for a small favour in return, so help runs both ways",
                        "Ask \(colleague.firstName) for their view on something you are working on",
                        "Let \(colleague.firstName) return a favour: ask them for an introduction or a quick review",
                    ),
                    priority: 50 + strength)
            case .onlyReceiving:
                let valued = colleague.valuedInfo.inSentence
                let action = valued.isEmpty
                    ? Phrasing.pick(for: id,
                        "Offer \(colleague.firstName) help with something on their plate",
                        "Ask \(colleague.firstName) what is blocking them this month, and take one thing off their list",
                        "Give \(colleague.firstName) credit in public for the help they gave you",
                    )
                    : "Give \(colleague.firstName) something back: “\(valued)”"
                return Insight(
                    .oneWay, key: "one-way:receiving:\(id)", about: colleague, why: "You mostly receive: \(counts)",
                    action: action, priority: 52 + strength)
            }
        }
    }
}

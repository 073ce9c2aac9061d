import Foundation

/// Give/receive balance over a time window, by count and by minutes.
///
/// Formula (also in the README):
/// - each exchange has weight `w = 1 / (1 + ageDays / 30)`: today counts 1, a month ago 0.5,
///   three months ago 0.25. Recent exchanges therefore matter more, old ones never vanish abruptly.
/// - `score = (Wgave − Wreceived) / (Wgave + Wreceived)`, from −1 (you only receive) to +1
///   (you only give); `nil` when nothing was given or received. Mutual exchanges are counted but
///   move neither side.
/// - `minutesScore` is the same with each weight multiplied by the minutes spent; exchanges
///   with no minutes recorded count in `score` only.
public struct Balance: Codable, Equatable, Sendable {
    public static let halfWeightDays = 30.0
    public static let defaultWindowDays = 90

    public var givenCount = 0
    public var receivedCount = 0
    public var mutualCount = 0
    public var givenMinutes = 0
    public var receivedMinutes = 0
    public var weightedGiven = 0.0
    public var weightedReceived = 0.0
    public var weightedGivenMinutes = 0.0
    public var weightedReceivedMinutes = 0.0

    public init() {}

    public static func weight(ageDays: Double) -> Double {
        1.0 / (1.0 + max(0, ageDays) / halfWeightDays)
    }

    public mutating func add(direction: Direction, minutes: Int?, ageDays: Double) {
        let w = Self.weight(ageDays: ageDays)
        let m = minutes ?? 0
        switch direction {
        case .gave:
            givenCount += 1
            givenMinutes += m
            weightedGiven += w
            weightedGivenMinutes += w * Double(m)
        case .received:
            receivedCount += 1
            receivedMinutes += m
            weightedReceived += w
            weightedReceivedMinutes += w * Double(m)
        case .mutual:
            mutualCount += 1
        }
    }

    /// Balance of `interactions` as seen at `now`, over the `windowDays` before it.
    public static func of(
        _ interactions: [Interaction], now: Date, windowDays: Int = defaultWindowDays
    ) -> Balance {
        var balance = Balance()
        for interaction in interactions {
            let ageDays = now.timeIntervalSince(interaction.occurredAt) / 86_400
            guard ageDays <= Double(windowDays) else { continue }
            balance.add(direction: interaction.direction, minutes: interaction.minutes, ageDays: ageDays)
        }
        return balance
    }

    public var totalCount: Int { givenCount + receivedCount + mutualCount }

    public var score: Double? { Self.ratio(weightedGiven, weightedReceived) }

    public var minutesScore: Double? { Self.ratio(weightedGivenMinutes, weightedReceivedMinutes) }

    private static func ratio(_ given: Double, _ received: Double) -> Double? {
        let total = given + received
        return total > 0 ? (given - received) / total : nil
    }

    /// Which way the relationship leans, using the one-way thresholds below.
    public var leaning: Leaning {
        guard givenCount + receivedCount >= Self.oneWayMinimumExchanges, let score else {
            return .balanced
        }
        if score >= Self.oneWayScore { return .onlyGiving }
        if score <= -Self.oneWayScore { return .onlyReceiving }
        return .balanced
    }

    /// At least this many one-directional exchanges before a relationship can be one-way.
    public static let oneWayMinimumExchanges = 3
    /// |score| at or above this is one-way (for example 4 gave against 1 received is 0.6).
    public static let oneWayScore = 0.6

    public enum Leaning: String, Codable, Sendable {
        case balanced
        case onlyGiving = "one-way-giving"
        case onlyReceiving = "one-way-receiving"
    }
}

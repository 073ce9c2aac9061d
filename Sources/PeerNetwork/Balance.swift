import Foundation

/// Give/receive balance, by count and by minutes.
///
/// Formula (also in the README):
/// - each exchange has weight `w = 2^(−ageDays / 45)`: today counts 1, 45 days ago 0.5, 90
///   days ago 0.25, a year ago 0.004. Recent exchanges matter more; old ones fade, never abruptly.
///   The decay is exponential so the store can keep the sums as running totals (see `scaledWeight`).
/// - `score = (Wgave − Wreceived) / (Wgave + Wreceived)`, from −1 (you only receive) to +1
///   (you only give); `nil` when nothing was given or received. Mutual exchanges are counted but
///   move neither side.
/// - `minutesScore` is the same with each weight multiplied by the minutes spent; exchanges
///   with no minutes recorded count in `score` only.
/// - the counts and minutes are those of the window (90 days by default); the weights reach
///   back over the whole log, which is why the score needs no window.
public struct Balance: Codable, Equatable, Sendable {
    /// An exchange weighs half as much every 45 days.
    public static let halfLifeDays = 45.0
    public static let defaultWindowDays = 90
    /// The fixed moment stored sums are scaled from (2025-01-01). e^((t − epoch)/τ) stays within
    /// a Double for 126 years either side of it, so the sums never need rescaling in practice.
    public static let decayEpoch = Date(timeIntervalSince1970: 1_735_689_600)
    /// τ, in seconds: e^(−age/τ) = 2^(−ageDays/45).
    public static let decaySeconds = halfLifeDays * 86_400 / M_LN2

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
        exp2(-ageDays / halfLifeDays)
    }

    /// An exchange's weight in a form that never changes once written: e^((t − epoch)/τ).
    /// Today's weight is this times `decay(at: now)`, so a running sum of these is a running
    /// sum of today's weights.
    public static func scaledWeight(at date: Date) -> Double {
        exp(date.timeIntervalSince(decayEpoch) / decaySeconds)
    }

    /// What turns scaled weights into weights as of `now`.
    public static func decay(at now: Date) -> Double {
        exp(-now.timeIntervalSince(decayEpoch) / decaySeconds)
    }

    /// Counts `direction` and `minutes` in the window, and the weight `w` in the sums.
    public mutating func count(direction: Direction, minutes: Int?) {
        let m = minutes ?? 0
        switch direction {
        case .gave:
            givenCount += 1
            givenMinutes += m
        case .received:
            receivedCount += 1
            receivedMinutes += m
        case .mutual:
            mutualCount += 1
        }
    }

    /// Adds an exchange of weight `w` to the weighted sums.
    public mutating func weigh(direction: Direction, minutes: Int?, weight w: Double) {
        let m = minutes ?? 0
        switch direction {
        case .gave:
            weightedGiven += w
            weightedGivenMinutes += w * Double(m)
        case .received:
            weightedReceived += w
            weightedReceivedMinutes += w * Double(m)
        case .mutual:
            break
        }
    }

    /// Balance of `interactions` as seen at `now`: counts over the `windowDays` before it,
    /// weights over them all.
    public static func of(
        _ interactions: [Interaction], now: Date, windowDays: Int = defaultWindowDays
    ) -> Balance {
        var balance = Balance()
        for interaction in interactions {
            let ageDays = now.timeIntervalSince(interaction.occurredAt) / 86_400
            balance.weigh(direction: interaction.direction, minutes: interaction.minutes, weight: weight(ageDays: ageDays))
            if ageDays <= Double(windowDays) { balance.count(direction: interaction.direction, minutes: interaction.minutes) }
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
        guard hasEnoughExchangesToLean, let score else { return .balanced }
        if score >= Self.oneWayScore { return .onlyGiving }
        if score <= -Self.oneWayScore { return .onlyReceiving }
        return .balanced
    }

    /// Whether the window's counts can change `leaning`: with a score this balanced it is
    /// `.balanced` whatever they are. The review counts only these colleagues' windows.
    public var windowCountsMatter: Bool { score.map { abs($0) >= Self.oneWayScore } ?? false }

    /// Whether there are enough one-directional exchanges for the relationship to be one-way.
    public var hasEnoughExchangesToLean: Bool { givenCount + receivedCount >= Self.oneWayMinimumExchanges }

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

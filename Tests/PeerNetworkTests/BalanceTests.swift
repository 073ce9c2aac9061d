import Foundation
import Testing
@testable import PeerNetwork

@Suite struct BalanceTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    func interaction(_ direction: Direction, daysAgo: Double, minutes: Int? = nil) -> Interaction {
        Interaction(
            occurredAt: now.addingTimeInterval(-daysAgo * 86_400), colleagueIDs: [1],
            direction: direction, kind: .help, minutes: minutes)
    }

    @Test func weightHalvesEveryFortyFiveDays() {
        #expect(Balance.weight(ageDays: 0) == 1)
        #expect(Balance.weight(ageDays: 45) == 0.5)
        #expect(Balance.weight(ageDays: 90) == 0.25)
    }

    @Test func scaledWeightsTimesTheDecayAreTodaysWeights() {
        for ageDays in [0.0, 1, 45, 90, 400, -3] {
            let then = now.addingTimeInterval(-ageDays * 86_400)
            let weight = Balance.scaledWeight(at: then) * Balance.decay(at: now)
            #expect(abs(weight - Balance.weight(ageDays: ageDays)) < 1e-12)
        }
    }

    @Test func theScoreWeighsTheWholeLogButCountsOnlyTheWindow() throws {
        let balance = Balance.of([interaction(.gave, daysAgo: 1), interaction(.received, daysAgo: 135)], now: now)
        #expect(balance.givenCount == 1 && balance.receivedCount == 0)
        // (1 − 1/8) / (1 + 1/8), with 2^(−1/45) for the day-old one.
        let given = Balance.weight(ageDays: 1), received = 0.125
        #expect(abs(try #require(balance.score) - (given - received) / (given + received)) < 1e-9)
    }

    @Test func emptyBalanceHasNoScore() {
        let balance = Balance.of([], now: now)
        #expect(balance.score == nil)
        #expect(balance.minutesScore == nil)
        #expect(balance.leaning == .balanced)
    }

    @Test func mutualMovesNeitherSide() {
        let balance = Balance.of([interaction(.mutual, daysAgo: 1, minutes: 60)], now: now)
        #expect(balance.mutualCount == 1)
        #expect(balance.score == nil)
    }

    @Test func recentGivingOutweighsOldReceiving() throws {
        let balance = Balance.of(
            [interaction(.gave, daysAgo: 0, minutes: 30), interaction(.received, daysAgo: 45, minutes: 30)],
            now: now)
        #expect(balance.givenCount == 1)
        #expect(balance.receivedCount == 1)
        // (1 - 0.5) / (1 + 0.5) = 1/3
        #expect(abs(try #require(balance.score) - 1.0 / 3.0) < 1e-9)
        #expect(abs(try #require(balance.minutesScore) - 1.0 / 3.0) < 1e-9)
    }

    @Test func minutesScoreWeighsTime() throws {
        let balance = Balance.of(
            [interaction(.gave, daysAgo: 0, minutes: 90), interaction(.received, daysAgo: 0, minutes: 10)],
            now: now)
        #expect(balance.score == 0)
        #expect(abs(try #require(balance.minutesScore) - 0.8) < 1e-9)
        #expect(balance.givenMinutes == 90)
        #expect(balance.receivedMinutes == 10)
    }

    @Test func exchangesOutsideTheWindowAreNotCounted() {
        let balance = Balance.of([interaction(.gave, daysAgo: 91)], now: now, windowDays: 90)
        #expect(balance.totalCount == 0)
        #expect(balance.leaning == .balanced)
    }

    @Test func oneWayNeedsEnoughExchanges() {
        let twoGiven = Balance.of([interaction(.gave, daysAgo: 1), interaction(.gave, daysAgo: 2)], now: now)
        #expect(twoGiven.leaning == .balanced)
        let threeGiven = Balance.of((1...3).map { interaction(.gave, daysAgo: Double($0)) }, now: now)
        #expect(threeGiven.leaning == .onlyGiving)
        let threeReceived = Balance.of((1...3).map { interaction(.received, daysAgo: Double($0)) }, now: now)
        #expect(threeReceived.leaning == .onlyReceiving)
    }

    @Test func oneWayThresholdSitsAtPointSix() {
        // Same-day exchanges weigh the same: 4 given, 1 received is exactly 0.6.
        let fourToOne = Balance.of(
            (0..<4).map { _ in interaction(.gave, daysAgo: 0) } + [interaction(.received, daysAgo: 0)], now: now)
        #expect(fourToOne.leaning == .onlyGiving)
        let threeToOne = Balance.of(
            (0..<3).map { _ in interaction(.gave, daysAgo: 0) } + [interaction(.received, daysAgo: 0)], now: now)
        #expect(threeToOne.leaning == .balanced)
    }

    @Test func budgetArithmetic() {
        let budget = HelpBudget(weeklyHours: 4, usedMinutes: 300)
        #expect(budget.usedHours == 5)
        #expect(budget.isOver)
        #expect(budget.remainingHours == -1)
        #expect(budget.fractionUsed == 1.25)
        #expect(HelpBudget(weeklyHours: 0, usedMinutes: 0).fractionUsed == 0)
    }

    @Test func weekStartsOnMonday() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let week = Week.containing(now, calendar: calendar)
        #expect(calendar.component(.weekday, from: week.start) == 2)
        #expect(week.end.timeIntervalSince(week.start) == 7 * 86_400)
    }
}

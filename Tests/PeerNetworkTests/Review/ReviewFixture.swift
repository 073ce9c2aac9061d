import Foundation
@testable import PeerNetwork

/// Hand-made review data on a fixed clock: Tuesday 2026-11-24 12:00 UTC, in ISO week 2026-W48.
struct ReviewFixture {
    static let now = Date(timeIntervalSince1970: 1_795_521_600)
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    var input = ReviewInput(people: [])

    static func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @discardableResult
    mutating func person(
        _ id: ColleagueID, _ name: String, team: String = "", vital: Int? = nil, frequency: Int? = nil, quality: Int? = nil,
        trust: Int? = nil, stance: Stance = .neutral, ratedDaysAgo: Double? = 1, addedDaysAgo: Double = 200,
        lastContactDaysAgo: Double? = 1, lastInfoDaysAgo: Double? = nil, agenda: String = "", valuedInfo: String = "",
        history: [RatingChange] = []
    ) -> Colleague {
        let colleague = Colleague(
            id: id, name: name, team: team, agenda: agenda, valuedInfo: valuedInfo, stance: stance,
            ratings: Ratings(vital: vital, frequency: frequency, quality: quality, trust: trust),
            ratedAt: ratedDaysAgo.map(Self.ago))
        input.people.append(ReviewInput.Person(
            colleague: colleague, addedAt: Self.ago(addedDaysAgo), lastContact: lastContactDaysAgo.map(Self.ago),
            lastInfoShared: lastInfoDaysAgo.map(Self.ago), ratingHistory: history))
        return colleague
    }

    /// The exchanges logged; `summarized` turns them into the input's balances and totals.
    var interactions: [Interaction] = []

    mutating func log(_ direction: Direction, with ids: [ColleagueID], daysAgo: Double, minutes: Int? = nil, kind: InteractionKind = .help) {
        interactions.append(Interaction(
            id: Int64(interactions.count + 1), occurredAt: Self.ago(daysAgo), colleagueIDs: ids, direction: direction,
            kind: kind, minutes: minutes))
    }

    var summarized: ReviewInput {
        var summarized = input
        summarized.summarize(interactions, now: Self.now, calendar: Self.calendar)
        return summarized
    }

    var context: ReviewContext { ReviewContext(input: summarized, now: Self.now, calendar: Self.calendar) }

    func insights<Rule: InsightRule>(_ rule: Rule.Type) -> [Insight] { rule.insights(in: context) }

    var review: Review { Review.build(summarized, now: Self.now, calendar: Self.calendar) }
}

extension ReviewInput {
    /// Fills the balances, this week, the chart and the last help given from `log`, as of `now`:
    /// what the store reads from running totals, worked out from scratch. People's dates stay
    /// as the caller set them. The review tests build inputs with it.
    mutating func summarize(_ log: [Interaction], now: Date, calendar: Calendar) {
        let past = log.filter { $0.occurredAt <= now }
        let week = Week.containing(now, calendar: calendar)
        var byColleague: [ColleagueID: [Interaction]] = [:]
        for interaction in past {
            for id in Set(interaction.colleagueIDs) { byColleague[id, default: []].append(interaction) }
        }
        for index in people.indices {
            let theirs = people[index].colleague.id.flatMap { byColleague[$0] } ?? []
            people[index].balance = Balance.of(theirs, now: now)
        }
        helpGivenThisWeek = [:]
        for interaction in past where interaction.direction == .gave && week.contains(interaction.occurredAt) {
            for id in Set(interaction.colleagueIDs) { helpGivenThisWeek[id, default: 0] += interaction.minutes ?? 0 }
        }
        weeks = week.lastWeeks(Review.chartWeeks, calendar: calendar).map { chartWeek in
            let counted = Balance.of(past.filter { chartWeek.contains($0.occurredAt) }, now: now, windowDays: .max)
            var totals = WeekTotals(label: chartWeek.label(calendar: calendar), start: chartWeek.start)
            (totals.givenCount, totals.receivedCount, totals.mutualCount) = (counted.givenCount, counted.receivedCount, counted.mutualCount)
            (totals.givenMinutes, totals.receivedMinutes) = (counted.givenMinutes, counted.receivedMinutes)
            return totals
        }
        lastGiven = past.filter { $0.direction == .gave }.map(\.occurredAt).max()
    }
}

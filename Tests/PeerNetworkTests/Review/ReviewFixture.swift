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

import Foundation
import Testing
@testable import PeerNetwork

@Suite struct StaleRatingsRuleTests {
    @Test func ratingsOlderThanEightWeeksShowTheirTrend() throws {
        var fixture = ReviewFixture()
        let history = [
            RatingChange(dimension: .trust, value: 1, changedAt: ReviewFixture.ago(95)),
            RatingChange(dimension: .trust, value: 2, changedAt: ReviewFixture.ago(70)),
            RatingChange(dimension: .quality, value: 3, changedAt: ReviewFixture.ago(95)),
            RatingChange(dimension: .quality, value: 2, changedAt: ReviewFixture.ago(70)),
            RatingChange(dimension: .vital, value: 5, changedAt: ReviewFixture.ago(95)),
        ]
        fixture.person(1, "Dana Whitfield", vital: 5, quality: 2, trust: 2, ratedDaysAgo: 70, history: history)
        fixture.person(2, "Fresh", vital: 5, ratedDaysAgo: 56)
        let insights = fixture.insights(StaleRatingsRule.self)
        #expect(insights.map(\.colleagueName) == ["Dana Whitfield"])
        #expect(insights[0].why == "Reviewed Tue 15 Sep: vital 5 · quality 2↓ · trust 2↑")
        #expect(insights[0].action == "Re-rate Dana: has anything changed?")
    }

    @Test func neverRatedCountsFromWhenTheyWereAdded() {
        var fixture = ReviewFixture()
        fixture.person(1, "New", vital: 3, ratedDaysAgo: nil, addedDaysAgo: 10)
        fixture.person(2, "Old", vital: 3, ratedDaysAgo: nil, addedDaysAgo: 60)
        fixture.person(3, "Marginal", vital: 2, ratedDaysAgo: nil, addedDaysAgo: 60)
        fixture.person(4, "Unrated", ratedDaysAgo: nil, addedDaysAgo: 60)
        let insights = fixture.insights(StaleRatingsRule.self)
        #expect(insights.map(\.colleagueName) == ["Old"], "only colleagues who matter (vital 3 or more) are asked to re-rate")
        #expect(insights.first?.why == "Never rated; added 8w ago")
        #expect(insights.first?.action == "Rate Old: has anything changed?")
    }
}

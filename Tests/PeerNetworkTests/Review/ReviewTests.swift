import Foundation
import Testing
@testable import PeerNetwork

@Suite struct ReviewTests {
    @Test func weekTotalsCountEachInteractionOnceAndChartEightWeeks() {
        var fixture = ReviewFixture()
        fixture.person(1, "A")
        fixture.person(2, "B")
        fixture.log(.gave, with: [1, 2], daysAgo: 0.1, minutes: 60)
        fixture.log(.received, with: [1], daysAgo: 1, minutes: 30)
        fixture.log(.mutual, with: [2], daysAgo: 1)
        fixture.log(.gave, with: [1], daysAgo: 3, minutes: 45)   // W47
        fixture.log(.gave, with: [1], daysAgo: 50, minutes: 15)  // Monday of W41, the oldest charted
        fixture.log(.gave, with: [1], daysAgo: 51, minutes: 15)  // Sunday of W40, before the chart
        let review = fixture.review
        #expect(review.weekLabel == "2026-W48")
        #expect(review.thisWeek.givenCount == 1)
        #expect(review.thisWeek.givenMinutes == 60)
        #expect(review.thisWeek.receivedCount == 1)
        #expect(review.thisWeek.receivedMinutes == 30)
        #expect(review.thisWeek.mutualCount == 1)
        #expect(review.budget.usedMinutes == 60)
        #expect(review.history.map(\.label) == (41...48).map { "2026-W\($0)" })
        #expect(review.history.map(\.givenMinutes) == [15, 0, 0, 0, 0, 0, 45, 60])
    }

    @Test func decisionsHideInsightsForTheirTime() {
        var fixture = ReviewFixture()
        fixture.person(1, "Omar", stance: .antiSponsor, lastContactDaysAgo: nil)
        fixture.person(2, "Sam", stance: .skeptic, lastContactDaysAgo: nil)
        fixture.person(3, "Ivy", stance: .skeptic, lastContactDaysAgo: nil)
        fixture.input.decisions = [
            ReviewDecision(key: "engage:1", choice: .snoozed, at: ReviewFixture.ago(6.9)),  // back tomorrow
            ReviewDecision(key: "engage:2", choice: .snoozed, at: ReviewFixture.ago(7)),    // back now
            ReviewDecision(key: "engage:3", choice: .dismissed, at: ReviewFixture.ago(400)),
        ]
        let review = fixture.review
        #expect(review.insights.filter { $0.kind == .engage }.map(\.colleagueName) == ["Sam"])
        #expect(review.hidden == [.snoozed: 1, .dismissed: 1])
        #expect(review.hiddenInsights.map(\.key) == ["engage:1", "engage:3"], "kept, with what hides them")
        #expect(review.hiddenInsights.map { $0.decision?.choice } == [.snoozed, .dismissed])
        #expect(review.insights.allSatisfy { $0.decision == nil })
    }

    @Test func doneComesBackAfterFourWeeksIfStillTrue() {
        var fixture = ReviewFixture()
        fixture.person(1, "Omar", stance: .antiSponsor, lastContactDaysAgo: nil)
        fixture.input.decisions = [ReviewDecision(key: "engage:1", choice: .done, at: ReviewFixture.ago(27))]
        #expect(fixture.review.insights.filter { $0.kind == .engage }.isEmpty)
        fixture.input.decisions = [ReviewDecision(key: "engage:1", choice: .done, at: ReviewFixture.ago(28))]
        #expect(fixture.review.insights.filter { $0.kind == .engage }.count == 1)
    }

    @Test func aDecisionMadeLaterDoesNotHideAnEarlierWeek() {
        var fixture = ReviewFixture()
        fixture.person(1, "Omar", stance: .antiSponsor, lastContactDaysAgo: nil)
        fixture.input.decisions = [ReviewDecision(key: "engage:1", choice: .dismissed, at: ReviewFixture.now.addingTimeInterval(60))]
        #expect(fixture.review.insights.contains { $0.key == "engage:1" })
    }

    @Test func theQueueIsOrderedByUrgency() {
        var fixture = ReviewFixture()
        fixture.person(1, "Dana", vital: 5, trust: 1, stance: .skeptic, ratedDaysAgo: 100, lastContactDaysAgo: 40)
        fixture.input.promises = [Promise(id: 1, colleagueID: 1, direction: .mine, what: "the deck", dueAt: ReviewFixture.ago(1), createdAt: ReviewFixture.ago(9))]
        let kinds = fixture.review.insights.map(\.kind)
        #expect(kinds.first == .promise)
        #expect(kinds.last == .staleRatings)
    }

    /// What the user wrote over several lines (in `E`'s document, say) is quoted on one line:
    /// a card, a table row and a line of `rapport review` hold one.
    @Test func everySentenceIsOneLine() {
        var fixture = ReviewFixture()
        fixture.person(1, "Dana Whitfield", vital: 5, frequency: 2, quality: 2, trust: 2, lastContactDaysAgo: 60,
                       agenda: "A five-day close\r\nand audit", valuedInfo: "Churn numbers\nRetention by cohort")
        fixture.input.needs = [Need(id: 1, colleagueID: 1, what: "the budget\nsign-off", dueAt: ReviewFixture.ago(-10), createdAt: ReviewFixture.ago(5))]
        fixture.input.promises = [Promise(id: 1, colleagueID: 1, direction: .mine, what: "the Q3\ndeck", dueAt: ReviewFixture.ago(-2), createdAt: ReviewFixture.ago(5))]
        let insights = fixture.review.insights
        #expect(insights.count >= 3)
        for insight in insights {
            let text = insight.why + insight.action
            #expect(!text.contains { $0.isNewline }, "\(insight.action) / \(insight.why)")
        }
        #expect(insights.contains { $0.action.contains("churn numbers Retention by cohort") || $0.why.contains("churn numbers Retention by cohort") })
    }
}

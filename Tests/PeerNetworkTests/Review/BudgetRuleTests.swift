import Foundation
import Testing
@testable import PeerNetwork

@Suite struct BudgetRuleTests {
    // Tuesday noon: this ISO week began Monday, 1.5 days ago.
    @Test func overBudgetNamesWhoTookTheMostTime() throws {
        var fixture = ReviewFixture()
        fixture.input.weeklyBudgetHours = 2
        fixture.person(1, "Marcus Webb")
        fixture.person(2, "Kenji Sato")
        fixture.log(.gave, with: [1], daysAgo: 0.5, minutes: 90)
        fixture.log(.gave, with: [2], daysAgo: 1, minutes: 31)
        fixture.log(.received, with: [2], daysAgo: 1, minutes: 300)
        fixture.log(.gave, with: [1], daysAgo: 2, minutes: 600)  // last week
        let insight = try #require(fixture.insights(BudgetRule.self).first)
        #expect(insight.key == "budget:over:2026-W48")
        #expect(insight.colleagueName == "Marcus Webb")
        #expect(insight.why == "2h1m of help given this week against a 2h budget; 1h30m went to Marcus")
        #expect(insight.action == "Defer new requests to next week, and ask Marcus what can wait")
    }

    @Test func exactlyOnBudgetIsNotOver() {
        var fixture = ReviewFixture()
        fixture.input.weeklyBudgetHours = 1.5
        fixture.person(1, "Marcus Webb")
        fixture.log(.gave, with: [1], daysAgo: 0.5, minutes: 90)
        #expect(fixture.insights(BudgetRule.self).isEmpty)
    }

    @Test func noHelpForTwoWeeksSuggestsWhomToHelp() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Vital Vera", vital: 5)
        fixture.person(2, "Kenji Sato", vital: 3)
        fixture.log(.received, with: [2], daysAgo: 3)
        fixture.log(.gave, with: [1], daysAgo: 15)
        let insight = try #require(fixture.insights(BudgetRule.self).first)
        #expect(insight.key == "budget:none:2026-W48")
        #expect(insight.why == "No help given for 2w")
        #expect(insight.colleagueName == "Kenji Sato", "the person you owe comes before the most vital")
        #expect(insight.action == "Offer Kenji an hour of help this week")
    }

    @Test func helpWithinFourteenDaysIsEnough() {
        var fixture = ReviewFixture()
        fixture.person(1, "Vital Vera", vital: 5)
        fixture.log(.gave, with: [1], daysAgo: 14)
        #expect(fixture.insights(BudgetRule.self).isEmpty)
    }

    @Test func neverHelpingPicksTheMostVital() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Three", vital: 3)
        fixture.person(2, "Five", vital: 5)
        let insight = try #require(fixture.insights(BudgetRule.self).first)
        #expect(insight.why == "No help given yet")
        #expect(insight.colleagueName == "Five")
        #expect(ReviewFixture().insights(BudgetRule.self).isEmpty, "an empty network has nobody to help")
    }
}

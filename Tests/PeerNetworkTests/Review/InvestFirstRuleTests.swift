import Foundation
import Testing
@testable import PeerNetwork

@Suite struct InvestFirstRuleTests {
    @Test func vitalWithALowRatingIsAnInvestment() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Dana Whitfield", vital: 5, frequency: 3, quality: 3, trust: 2, agenda: "Hold opex flat")
        let insight = try #require(fixture.insights(InvestFirstRule.self).first)
        #expect(insight.key == "invest-first:1")
        #expect(insight.colleagueName == "Dana Whitfield")
        #expect(insight.why == "vital 5, but trust 2")
        #expect(insight.action == "Offer Dana something concrete towards “Hold opex flat”")
    }

    @Test func stockActionsVaryFromOneColleagueToTheNext() {
        var fixture = ReviewFixture()
        for id in 1...3 { fixture.person(Int64(id), "P\(id)", vital: 5, frequency: 3, quality: 3, trust: 2, agenda: "Ship it") }
        let actions = fixture.insights(InvestFirstRule.self).map(\.action)
        #expect(Set(actions).count == 3, "\(actions)")
        #expect(actions.allSatisfy { $0.contains("“Ship it”") }, "each one uses their agenda")
    }

    @Test func thresholdsSitAtVitalFourAndRatingTwo() {
        var fixture = ReviewFixture()
        fixture.person(1, "Three", vital: 3, frequency: 1, quality: 1, trust: 1)
        fixture.person(2, "Four", vital: 4, frequency: 3, quality: 3, trust: 2)
        fixture.person(3, "Solid", vital: 5, frequency: 3, quality: 3, trust: 3)
        fixture.person(4, "Unrated", vital: 5)
        #expect(fixture.insights(InvestFirstRule.self).map(\.colleagueName) == ["Four"])
    }

    @Test func silenceCountsSoonerTheMoreVital() {
        var fixture = ReviewFixture()
        fixture.person(1, "Five at 21 days", vital: 5, frequency: 3, quality: 3, trust: 3, lastContactDaysAgo: 21)
        fixture.person(2, "Five at 22 days", vital: 5, frequency: 3, quality: 3, trust: 3, lastContactDaysAgo: 22)
        fixture.person(3, "Four at 42 days", vital: 4, frequency: 3, quality: 3, trust: 3, lastContactDaysAgo: 42)
        fixture.person(4, "Four at 43 days", vital: 4, frequency: 3, quality: 3, trust: 3, lastContactDaysAgo: 43)
        fixture.person(5, "Four never", vital: 4, frequency: 3, quality: 3, trust: 3, lastContactDaysAgo: nil)
        let insights = fixture.insights(InvestFirstRule.self)
        #expect(insights.map(\.colleagueName) == ["Five at 22 days", "Four at 43 days", "Four never"])
        #expect(insights[0].why == "vital 5; last contact Mon 2 Nov")
        #expect(insights[0].action == "Learn what Five is measured on this quarter, and where you could help")
        #expect(insights[2].why == "vital 4; never contacted")
    }

    @Test func theGapScalesWithVital() {
        var fixture = ReviewFixture()
        fixture.person(1, "Four", vital: 4, frequency: 3, quality: 3, trust: 1)
        fixture.person(2, "Five", vital: 5, frequency: 3, quality: 3, trust: 1)
        fixture.person(3, "Five, worse", vital: 5, frequency: 1, quality: 2, trust: 1, lastContactDaysAgo: 60)
        let ordered = fixture.review.insights.filter { $0.kind == .investFirst }.map(\.colleagueName)
        #expect(ordered == ["Five, worse", "Five", "Four"])
    }
}

import Foundation
import Testing
@testable import PeerNetwork

@Suite struct OneWayRuleTests {
    @Test func givingOnlyIsADependencyRisk() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Marcus Webb")
        for day in [1.0, 5, 9] { fixture.log(.gave, with: [1], daysAgo: day, minutes: 30) }
        let insight = try #require(fixture.insights(OneWayRule.self).first)
        #expect(insight.key == "one-way:giving:1")
        #expect(insight.why == "Help runs one way: you gave 3 and received 0 in 90 days")
        #expect(insight.action == "Ask Marcus for their view on something you are working on")
    }

    @Test func receivingOnlyOffersWhatTheyValue() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Kenji Sato", valuedInfo: "early warning on schema changes")
        for day in [1.0, 5, 9, 20] { fixture.log(.received, with: [1], daysAgo: day) }
        fixture.log(.gave, with: [1], daysAgo: 60)
        let insight = try #require(fixture.insights(OneWayRule.self).first)
        #expect(insight.key == "one-way:receiving:1")
        #expect(insight.why == "You mostly receive: you gave 1 and received 4 in 90 days")
        #expect(insight.action == "Give Kenji something back: “early warning on schema changes”")
    }

    @Test func twoExchangesAreNotYetAPattern() {
        var fixture = ReviewFixture()
        fixture.person(1, "Two")
        fixture.log(.gave, with: [1], daysAgo: 1)
        fixture.log(.gave, with: [1], daysAgo: 2)
        fixture.log(.mutual, with: [1], daysAgo: 3)
        #expect(fixture.insights(OneWayRule.self).isEmpty)
    }

    @Test func theScoreThresholdIsPointSix() {
        // Same day, so weights are equal: 4 against 1 is exactly 0.6; 3 against 1 is 0.5.
        var fixture = ReviewFixture()
        fixture.person(1, "At threshold")
        fixture.person(2, "Below threshold")
        for _ in 0..<4 { fixture.log(.gave, with: [1], daysAgo: 2) }
        fixture.log(.received, with: [1], daysAgo: 2)
        for _ in 0..<3 { fixture.log(.gave, with: [2], daysAgo: 2) }
        fixture.log(.received, with: [2], daysAgo: 2)
        #expect(fixture.insights(OneWayRule.self).map(\.colleagueName) == ["At threshold"])
    }

    @Test func exchangesOutsideTheWindowDoNotCount() {
        var fixture = ReviewFixture()
        fixture.person(1, "Old")
        for day in [91.0, 95, 100] { fixture.log(.gave, with: [1], daysAgo: day) }
        #expect(fixture.insights(OneWayRule.self).isEmpty)
    }
}

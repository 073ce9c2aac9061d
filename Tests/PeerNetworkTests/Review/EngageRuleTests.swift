import Foundation
import Testing
@testable import PeerNetwork

@Suite struct EngageRuleTests {
    @Test func detractorsWithoutRecentContactAreEngaged() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Omar Haddad", stance: .antiSponsor, lastContactDaysAgo: 31)
        fixture.person(2, "Sam Skeptic", stance: .skeptic, lastContactDaysAgo: nil)
        fixture.person(3, "Recent Skeptic", stance: .skeptic, lastContactDaysAgo: 30)
        fixture.person(4, "Quiet Neutral", stance: .neutral, lastContactDaysAgo: 100)
        let insights = fixture.insights(EngageRule.self)
        #expect(insights.map(\.colleagueName) == ["Omar Haddad", "Sam Skeptic"])
        #expect(insights[0].why == "anti-sponsor; last contact Sat 24 Oct")
        #expect(insights[0].action == "Invite Omar into the next discussion that touches their area, before decisions are made")
        #expect(insights[1].action == "Find out what Sam would need to see to back you, over a coffee rather than in a meeting", "phrasings vary")
        #expect(insights[1].why == "skeptic; never contacted")
        #expect(insights[0].priority > insights[1].priority, "anti-sponsors come before skeptics")
    }
}

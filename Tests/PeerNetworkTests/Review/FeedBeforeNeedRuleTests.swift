import Foundation
import Testing
@testable import PeerNetwork

@Suite struct FeedBeforeNeedRuleTests {
    func fixture(needDueInDays days: Double, lastInfoDaysAgo: Double?) -> ReviewFixture {
        var fixture = ReviewFixture()
        fixture.person(1, "Dana Whitfield", lastInfoDaysAgo: lastInfoDaysAgo, valuedInfo: "Churn numbers before the close")
        fixture.input.needs = [Need(
            id: 7, colleagueID: 1, what: "sign-off on the platform budget",
            dueAt: ReviewFixture.calendar.startOfDay(for: ReviewFixture.ago(-days)), createdAt: ReviewFixture.ago(10))]
        return fixture
    }

    @Test func anUpcomingNeedWithoutRecentInfoSaysFeedThem() throws {
        let insight = try #require(fixture(needDueInDays: 30, lastInfoDaysAgo: 45).insights(FeedBeforeNeedRule.self).first)
        #expect(insight.key == "feed-before-need:7")
        #expect(insight.why == "Needed by Thu 24 Dec: “sign-off on the platform budget”; last shared info Sat 10 Oct")
        #expect(insight.action == "Share “churn numbers before the close” with Dana")
    }

    @Test func infoSharedWithinThirtyDaysIsEnough() {
        #expect(fixture(needDueInDays: 30, lastInfoDaysAgo: 30).insights(FeedBeforeNeedRule.self).isEmpty)
        #expect(fixture(needDueInDays: 30, lastInfoDaysAgo: 31).insights(FeedBeforeNeedRule.self).count == 1)
        #expect(fixture(needDueInDays: 30, lastInfoDaysAgo: nil).insights(FeedBeforeNeedRule.self).first?.why.hasSuffix("no information shared yet") == true)
    }

    @Test func theHorizonIsNinetyDays() {
        #expect(fixture(needDueInDays: 90, lastInfoDaysAgo: nil).insights(FeedBeforeNeedRule.self).count == 1)
        #expect(fixture(needDueInDays: 91, lastInfoDaysAgo: nil).insights(FeedBeforeNeedRule.self).isEmpty)
    }

    @Test func aPastNeedStillOpenStaysAndClosedOnesGo() throws {
        var past = fixture(needDueInDays: -3, lastInfoDaysAgo: nil)
        #expect(try #require(past.insights(FeedBeforeNeedRule.self).first).why.hasPrefix("Needed since Sat 21 Nov:"))
        past.input.needs[0].closedAt = ReviewFixture.ago(1)
        #expect(past.insights(FeedBeforeNeedRule.self).isEmpty)
    }

    @Test func soonerNeedsRankHigher() {
        var fixture = fixture(needDueInDays: 60, lastInfoDaysAgo: nil)
        fixture.input.needs.append(Need(id: 8, colleagueID: 1, what: "soon", dueAt: ReviewFixture.ago(-5), createdAt: ReviewFixture.ago(1)))
        #expect(fixture.review.insights.filter { $0.kind == .feedBeforeNeed }.map(\.key) == ["feed-before-need:8", "feed-before-need:7"])
    }
}

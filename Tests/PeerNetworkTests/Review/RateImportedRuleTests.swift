import Foundation
import Testing
@testable import PeerNetwork

@Suite struct RateImportedRuleTests {
    @Test func oneItemForEveryoneAnImportBroughtInUnrated() {
        var fixture = ReviewFixture()
        for (id, name) in [(1, "Ana Lima"), (2, "Ben Adler"), (3, "Cy Young"), (4, "Di Prince")] {
            fixture.person(Int64(id), name, ratedDaysAgo: nil, addedDaysAgo: 2)
            fixture.input.people[id - 1].importedAt = ReviewFixture.ago(2)
        }
        fixture.person(5, "Rated Already", vital: 3, addedDaysAgo: 2)
        fixture.input.people[4].importedAt = ReviewFixture.ago(2)
        fixture.person(6, "Added By Hand", ratedDaysAgo: nil, addedDaysAgo: 2)
        let insights = fixture.insights(RateImportedRule.self)
        #expect(insights.count == 1)
        #expect(insights.first?.colleagueIDs == [1, 2, 3, 4])
        #expect(insights.first?.action == "Rate the 4 colleagues you imported, so the map and the review can place them")
        #expect(insights.first?.why == "Imported 2d ago with no ratings: Ana Lima, Ben Adler, Cy Young, …")
        #expect(insights.first?.key == "rate-imported:\(Int(ReviewFixture.ago(2).timeIntervalSince1970))")
    }

    /// Colleagues added by hand are asked for too, in an item of their own, keyed by the newest
    /// of them: dismissed, it comes back only when someone else arrives unrated.
    @Test func oneItemForEveryoneAddedByHandUnrated() {
        var fixture = ReviewFixture()
        fixture.person(1, "Ana Lima", ratedDaysAgo: nil, addedDaysAgo: 9)
        fixture.person(2, "Ben Adler", ratedDaysAgo: nil, addedDaysAgo: 2)
        fixture.person(3, "Rated Already", vital: 3, addedDaysAgo: 2)
        fixture.person(4, "Imported Unrated", ratedDaysAgo: nil, addedDaysAgo: 2)
        fixture.input.people[3].importedAt = ReviewFixture.ago(2)
        let insights = fixture.insights(RateNewRule.self)
        #expect(insights.count == 1)
        #expect(insights.first?.kind == .rateNew)
        #expect(insights.first?.colleagueIDs == [1, 2])
        #expect(insights.first?.action == "Rate the 2 colleagues you added, so the map and the review can place them")
        #expect(insights.first?.why == "Added 2d ago with no ratings: Ana Lima, Ben Adler")
        #expect(insights.first?.key == "rate-new:\(Int(ReviewFixture.ago(2).timeIntervalSince1970))")
        #expect(fixture.insights(RateImportedRule.self).first?.colleagueIDs == [4])
    }

    @Test func nothingWhenEveryImportIsRated() {
        var fixture = ReviewFixture()
        fixture.person(1, "Ana Lima", vital: 4)
        fixture.input.people[0].importedAt = ReviewFixture.ago(2)
        #expect(fixture.insights(RateImportedRule.self).isEmpty)
    }
}

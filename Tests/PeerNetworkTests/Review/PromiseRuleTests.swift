import Foundation
import Testing
@testable import PeerNetwork

@Suite struct PromiseRuleTests {
    func fixture(_ promises: [Promise]) -> ReviewFixture {
        var fixture = ReviewFixture()
        fixture.person(1, "Dana Whitfield")
        fixture.input.promises = promises
        return fixture
    }

    func day(_ offset: Int) -> Date {
        ReviewFixture.calendar.date(byAdding: .day, value: offset, to: ReviewFixture.calendar.startOfDay(for: ReviewFixture.now))!
    }

    @Test func bothDirectionsComeUpWhenDueOrOverdue() {
        let insights = fixture([
            Promise(id: 1, colleagueID: 1, direction: .mine, what: "the Q3 deck", dueAt: day(3), createdAt: day(-5)),
            Promise(id: 2, colleagueID: 1, direction: .theirs, what: "an intro to procurement", dueAt: day(-2), createdAt: day(-20)),
            Promise(id: 3, colleagueID: 1, direction: .mine, what: "later", dueAt: day(4), createdAt: day(-5)),
        ]).insights(PromiseRule.self)
        #expect(insights.map(\.key) == ["promise:1", "promise:2"])
        #expect(insights[0].why == "You promised Dana “the Q3 deck”, due in 3 days (Fri 27 Nov)")
        #expect(insights[0].action == "Deliver “the Q3 deck” to Dana, or agree a new date")
        #expect(insights[1].why == "Dana promised you “an intro to procurement”, 2 days overdue (Sun 22 Nov)")
        #expect(insights[1].action == "Check in with Dana about “an intro to procurement”, and offer help if it's stuck")
    }

    @Test func undatedPromisesComeUpAfterTwoWeeks() {
        let insights = fixture([
            Promise(id: 1, colleagueID: 1, direction: .theirs, what: "an intro", createdAt: ReviewFixture.ago(15)),
            Promise(id: 2, colleagueID: 1, direction: .theirs, what: "a call", createdAt: ReviewFixture.ago(14)),
        ]).insights(PromiseRule.self)
        #expect(insights.map(\.key) == ["promise:1"])
        #expect(insights[0].why == "Dana promised you “an intro”, open for 2w")
    }

    @Test func keptPromisesAreGone() {
        var promise = Promise(id: 1, colleagueID: 1, direction: .mine, what: "x", dueAt: day(-1), createdAt: day(-5))
        promise.keptAt = day(0)
        #expect(fixture([promise]).insights(PromiseRule.self).isEmpty)
    }
}

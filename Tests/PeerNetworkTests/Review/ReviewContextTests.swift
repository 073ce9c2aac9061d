import Foundation
import Testing
@testable import PeerNetwork

/// The rules read people in place, through pointers; what they find must be what the array's
/// own `filter` and `max(by:)` find, ties and an empty network included.
@Suite struct ReviewContextTests {
    func context(_ count: Int) -> ReviewContext {
        var fixture = ReviewFixture()
        for index in 0..<count {
            fixture.person(ColleagueID(index + 1), "Person \(index % 7)", team: "Team \(index % 3)", vital: index % 6 == 5 ? nil : index % 6,
                           trust: index % 4, stance: index % 5 == 0 ? .skeptic : .neutral)
        }
        return ReviewContext(input: fixture.input, now: ReviewFixture.now, calendar: ReviewFixture.calendar)
    }

    @Test(arguments: [0, 1, 2, 50])
    func peopleReadInPlaceAreThoseTheArrayFinds(count: Int) {
        let context = context(count)
        let vital: (ReviewInput.Person) -> Bool = { ($0.colleague.ratings.vital ?? 0) >= 4 }
        #expect(context.people(where: { vital($0.pointee) }) == context.people.filter(vital))
        // Trust, then the name backwards: many ties, and the first of equals must win.
        let order: (ReviewInput.Person, ReviewInput.Person) -> Bool = { a, b in
            (a.colleague.ratings.trust ?? 0, b.colleague.name) < (b.colleague.ratings.trust ?? 0, a.colleague.name)
        }
        #expect(context.person(maxBy: { order($0.pointee, $1.pointee) }) == context.people.max(by: order))
        #expect(context.person(maxBy: { $0.pointee.colleague.stance == $1.pointee.colleague.stance }) == context.people.max { $0.colleague.stance == $1.colleague.stance })
        #expect(context.teams == context.people.map(\.colleague.team))
    }
}

import Foundation
import Testing
@testable import PeerNetwork

@Suite struct CommitmentLineTests {
    let now = ReviewFixture.now
    let calendar = ReviewFixture.calendar

    func parse(_ line: String, requiringDay: Bool = false) throws -> (String, String?) {
        let parsed = try CommitmentLine.parse(line, requiringDay: requiringDay, now: now, calendar: calendar)
        return (parsed.what, parsed.due.map { QuickLogSummary.isoDay($0, calendar: calendar) })
    }

    @Test func theDayComesAfterTheLastBy() throws {
        #expect(try parse("the Q3 deck by friday") == ("the Q3 deck", "2026-11-27"))
        #expect(try parse("sign-off on the budget   by March") == ("sign-off on the budget", "2027-03-01"))
        #expect(try parse("a review by legal by 2026-12-15") == ("a review by legal", "2026-12-15"))
        #expect(try parse("a review by legal") == ("a review by legal", nil), "a by that is not a day stays in the text")
        #expect(try parse("an intro") == ("an intro", nil))
    }

    @Test func theTextKeepsItsSpacing() throws {
        #expect(try parse("the Q3  deck\tand notes by friday") == ("the Q3  deck\tand notes", "2026-11-27"))
        #expect(try parse("  two\nlines  ") == ("two\nlines", nil))
    }

    @Test func mistakesSayWhatToDo() {
        #expect(throws: CommitmentLine.Error.empty) { try parse("  ") }
        #expect(throws: CommitmentLine.Error.empty) { try parse("by friday") }
        #expect(throws: CommitmentLine.Error.needsDay) { try parse("sign-off", requiringDay: true) }
        #expect(CommitmentLine.Error.needsDay.description.contains("by march"))
        #expect(throws: CommitmentLine.Error.badDay(DueDate.Error(text: "2027-02-30"))) { try parse("sign-off by 2027-02-30", requiringDay: true) }
        #expect(throws: CommitmentLine.Error.needsDay) { try parse("a review by legal", requiringDay: true) }
    }
}

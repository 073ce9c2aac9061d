import Foundation
import PeerNetwork
import PeerStore
import Testing
@testable import Dashboard
@testable import RapportApp

/// Review changes through the data source the dashboard uses: applied in one step, undone whole.
@Suite struct StoreDataSourceReviewTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)

    @Test func doneOnAPromiseIsUndoneWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now).id!
        let promise = try database.addPromise(Promise(colleagueID: dana, direction: .mine, what: "the deck", dueAt: now, createdAt: now))
        let data = StoreDataSource(database: database)
        let snooze = ReviewDecision(key: "promise:\(promise.id!)", choice: .snoozed, at: now.addingTimeInterval(-86_400))
        try database.decide(snooze)

        let done = try data.apply(.decide(ReviewDecision(key: snooze.key, choice: .done, at: now), keeping: promise.id), now: now)
        #expect(try database.promises().isEmpty)
        #expect(try database.decisions().map(\.choice) == [.done])
        #expect(try data.undo(done.inverse) == .reviewItem(snooze.key))
        #expect(try database.promises().map(\.id) == [promise.id], "the promise is open again")
        #expect(try database.decisions() == [snooze], "the earlier decision is back")

        let forget = try data.apply(.forgetDecision(snooze.key), now: now)
        #expect(try database.decisions().isEmpty)
        _ = try data.undo(forget.inverse)
        #expect(try database.decisions() == [snooze])
    }

    /// The review read ahead is the review `4` would read, at the revision it was read at; a
    /// second connection that failed quietly would leave `4` reading it again every time.
    @Test func theReviewReadAheadIsTheReviewAtItsRevision() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        let dana = try database.addColleague(Colleague(name: "Dana", stance: .skeptic), at: now.addingTimeInterval(-90 * 86_400)).id!
        _ = try database.addNeed(Need(colleagueID: dana, what: "sign-off", dueAt: now.addingTimeInterval(86_400), createdAt: now))
        let data = StoreDataSource(database: database)
        let read = try #require(data.reviewReadAhead(now: now))
        let ahead = try #require(read())
        #expect(ahead.page == (try data.review(now: now)))
        #expect(!ahead.page.review.insights.isEmpty)
        #expect(ahead.revision == (try data.revision()))
        #expect(StoreDataSource(database: try AppDatabase(inMemoryNamed: "test")).reviewReadAhead(now: now) == nil, "no file to open twice")
    }
}

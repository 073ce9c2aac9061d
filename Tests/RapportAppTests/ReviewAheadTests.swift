import Foundation
import PeerNetwork
import PeerStore
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// The review read ahead on a second connection: what 4 shows, and only while nothing was
/// written since.
@Suite struct ReviewAheadTests {
    let now = SnapshotTests.now

    func network() throws -> (AppDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ahead-\(UUID().uuidString)")
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        for (name, vital) in [("Dana Ortiz", 5), ("Omar Haddad", 4), ("Lee Park", 2)] {
            _ = try database.addColleague(Colleague(name: name, team: "Sales", ratings: Ratings(vital: vital, frequency: 2)), at: now.addingTimeInterval(-90 * 86_400))
        }
        return (database, folder)
    }

    @Test func theReviewReadAsideIsTheOneReadInPlace() throws {
        let (database, folder) = try network()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = StoreDataSource(database: database)
        let read = try #require(data.reviewReadAside())
        let aside = try read(now)
        #expect(aside.page == (try data.review(now: now)))
        #expect(aside.revision == (try data.revision()))
        #expect(!aside.page.review.insights.isEmpty)
    }

    @Test func theReviewReadAheadIsShownOnlyWhileNothingWasWritten() {
        let page = ReviewPage(review: Review.build(ReviewInput(people: []), now: now), colleagues: [:], calendar: .iso8601Local)
        #expect(ReviewAhead(reading: { _ in ReviewRead(page: page, revision: 7) }, now: now).page(ifStillAt: 7) == page)
        #expect(ReviewAhead(reading: { _ in ReviewRead(page: page, revision: 7) }, now: now).page(ifStillAt: 8) == nil, "written since")
        #expect(ReviewAhead(reading: { _ in throw CancellationError() }, now: now).page(ifStillAt: 7) == nil, "read in place instead")
    }

    @Test func fourAfterAWriteShowsTheWriteWhateverTheReadAheadSaw() throws {
        let (database, folder) = try network()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runtime = DashboardRuntime(terminal: ScriptedTerminal(width: 100, height: 30), data: StoreDataSource(database: database), clock: { now })
        runtime.dispatch(.start)
        runtime.dispatch(.firstFrameShown)
        runtime.completeList()
        // Another process adds someone vital while the review is being read ahead.
        let other = try AppDatabase(path: database.path)
        _ = try other.addColleague(Colleague(name: "Zara Quinn", team: "Legal", ratings: Ratings(vital: 5, frequency: 1)), at: now.addingTimeInterval(-90 * 86_400))
        runtime.dispatchKey(.char("4"))
        #expect(runtime.state.screen == .review)
        #expect(runtime.state.review?.review.insights.contains { $0.colleagueName == "Zara Quinn" } == true)
    }

    @Test func aDatabaseInMemoryReadsTheReviewInPlace() throws {
        let database = try AppDatabase(inMemoryNamed: "ahead-\(UUID().uuidString)")
        _ = try database.addColleague(Colleague(name: "Dana Ortiz", ratings: Ratings(vital: 5)), at: now.addingTimeInterval(-90 * 86_400))
        let data = StoreDataSource(database: database)
        #expect(data.reviewReadAside() == nil)
        let runtime = DashboardRuntime(terminal: ScriptedTerminal(width: 100, height: 30), data: data, clock: { now })
        runtime.dispatch(.start)
        runtime.dispatch(.firstFrameShown)
        #expect(runtime.state.review != nil, "read at once, on the one connection")
    }
}

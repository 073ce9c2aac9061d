import Foundation
import PeerNetwork
import PeerStore
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// The first frame reads one screen of a big list and its count; the rest is read before any
/// key, so keys act on the whole list.
@Suite struct FirstFrameTests {
    @Test func theFirstFrameReadsOneScreenThenTheWholeList() throws {
        let now = SnapshotTests.now
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-first-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        try database.restore(NetworkArchive(
            people: (0..<300).map { index in
                NetworkArchive.Person(
                    colleague: Colleague(id: Int64(index + 1), name: String(format: "Person %03d", index), team: index.isMultiple(of: 2) ? "Sales" : "Legal"),
                    createdAt: now, importedAt: nil, ratingHistory: [], stanceHistory: [])
            },
            interactions: []))
        let runtime = DashboardRuntime(terminal: ScriptedTerminal(width: 80, height: 24), data: StoreDataSource(database: database), clock: { now })
        runtime.dispatch(.start)
        let screen = runtime.state.layout.tableRows
        #expect(runtime.state.colleagues.entries.count == screen)
        #expect(runtime.state.colleagues.rows.count == screen)
        let frame = DashboardView.render(runtime.state).text
        #expect(frame.contains("300 colleagues") && frame.contains("Person 000"))

        runtime.dispatch(.frameDrawn)
        #expect(runtime.state.colleagues.entries.count == 300 && runtime.state.colleagues.isComplete)
        #expect(runtime.state.departments.map(\.name).sorted() == ["Legal", "Sales"])
        #expect(DashboardView.render(runtime.state).text == frame, "the rest of the list changes nothing on screen")
        runtime.dispatchKey(.char("G"))
        #expect(runtime.state.selectedColleague?.colleague.name == "Person 299")
    }
}

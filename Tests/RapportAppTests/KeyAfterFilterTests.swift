import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// A key typed right after a filter, in the same burst, acts on the list the filter asked for,
/// rows and all: the loads held while the filter was typed, and what they ask for in turn, run
/// before the key is taken again.
@Suite struct KeyAfterFilterTests {
    @Test func rRightAfterAFilterRatesTheColleagueItFound() throws {
        let (runtime, folder) = try SnapshotTests.demoRuntime(width: 100, height: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        for key: Key in [.char("/"), .char("d"), .char("a"), .char("n"), .char("a"), .enter, .char("r")] { runtime.dispatchKey(key) }
        guard case .rate(let popup)? = runtime.state.popup else {
            Issue.record("no rating popup: \(String(describing: runtime.state.popup)), status \(String(describing: runtime.state.status))")
            return
        }
        #expect(popup.name == "Dana Whitfield")
    }
}

import Foundation
import PeerNetwork
import Testing
@testable import Dashboard

/// A new user's first screen says how to start from there, every way whole at every size.
@Suite struct FirstStepsTests {
    @Test(arguments: [(60, 16), (80, 24)]) func anEmptyNetworkListsTheWaysToStart(width: Int, height: Int) {
        var state = AppState(width: width, height: height, now: Date(timeIntervalSince1970: 1_795_521_600))
        _ = update(&state, .colleaguesLoaded(ColleagueList([]), departments: []))
        let text = DashboardView.render(state).text
        for line in ColleaguesScreen.firstSteps where !line.isEmpty {
            #expect(text.contains(width < 80 ? String(line.prefix(width - 6)) : line), "\(line)\n\(text)")
        }
        #expect(width < 80 || !text.contains("…"), "nothing cut at 80 columns")
    }
}

import Foundation
import PeerStore
import Testing
@testable import RapportApp

/// The demo network (`DemoNetwork+Data.swift`, its one source) loads whole, at any moment.
@Suite struct DemoNetworkTests {
    // Tuesday noon, twenty minutes into a Monday, and a Sunday in May.
    @Test(arguments: [1_795_521_600.0, 1_795_479_600.0, 1_810_900_800.0] as [Double])
    func theDemoLoadsWhole(at seconds: Double) throws {
        let now = Date(timeIntervalSince1970: seconds)
        let database = try DemoNetwork.inMemory(now: now)
        #expect(try database.colleagueCount() == DemoNetwork.bundled.colleagues.count)
        #expect(try database.interactionCount() == DemoNetwork.bundled.interactions.count)
        #expect(DemoNetwork.bundled.colleagues.count == 26)
        let review = try database.reviewWithCharter(now: now)
        #expect(!review.insights.isEmpty, "the demo has something to review")
    }

    @Test func theDemoFillsOnlyAnEmptyDatabase() throws {
        let database = try DemoNetwork.inMemory()
        #expect(throws: (any Error).self) { try DemoNetwork.fill(database) }
    }
}

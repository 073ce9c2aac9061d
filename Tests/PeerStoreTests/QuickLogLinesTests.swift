import Foundation
import PeerNetwork
import Testing
@testable import PeerStore

/// The quick-log lines kept for ↑ after a restart: the last 200, in order, no line twice in a row.
@Suite struct QuickLogLinesTests {
    @Test func theLastTwoHundredAreKeptInOrder() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let now = Date(timeIntervalSince1970: 1_795_532_400)
        for index in 0..<230 { try database.rememberQuickLogLine("dana gave \(index)m", at: now) }
        try database.rememberQuickLogLine("dana gave 229m", at: now)
        try database.rememberQuickLogLine("   ", at: now)
        let lines = try temp.open().quickLogLines()
        #expect(lines.count == AppDatabase.keptQuickLogLines)
        #expect(lines.first == "dana gave 30m" && lines.last == "dana gave 229m")
    }

    /// A line is kept exactly or refused, as every stored text is.
    @Test func aLineThatCannotBeStoredIsRefused() throws {
        let database = try AppDatabase(inMemoryNamed: "lines")
        #expect(throws: UnstorableText.self) { try database.rememberQuickLogLine("dana gave\u{0} 30m", at: Date()) }
        #expect(try database.quickLogLines().isEmpty)
    }
}

import Foundation
import Testing

/// A save with nothing changed changes nothing: every command that saves, run a second time
/// with the same words, leaves every file byte for byte as the first left it, so the
/// dashboard sees no revision move, and says that nothing changed.
@Suite struct NothingChangedTests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    /// Every command that saves a setting or a state, as a user would type it.
    static func saves(calendar: String) -> [[String]] { [
        ["organisation", "Northwind"], ["budget", "4"], ["week-start", "tuesday"], ["departments", "--add", "Finance"],
        ["calendar", "set", "--window-days", "5", "--attendees", "2-6"], ["calendar", "me", "me@example.com", "Me@Home.example"],
        ["calendar", "add", calendar], ["calendar", "me", "--clear"], ["edit", "dana", "--role", "CFO", "--tag", "board"],
        ["edit", "dana", "--untag", "board"], ["rate", "dana", "--vital", "5", "--trust", "3"], ["archive", "kenji"], ["archive", "kenji", "--restore"],
        ["need", "done", "1"], ["promise", "kept", "1"],
    ] }

    @Test func everySaveRunTwiceChangesNothingTheSecondTime() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let calendar = rapport.folder.appendingPathComponent("cal.ics").path
        #expect(FileManager.default.createFile(atPath: calendar, contents: Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)))
        for command in Self.saves(calendar: calendar) {
            let first = try rapport.run(command, environment: at)
            #expect(first.status == 0, "\(command): \(first.stderr)")
            let before = try rapport.files()
            let again = try rapport.run(command, environment: at)
            #expect(again.status == 0, "\(command): \(again.stderr)")
            #expect(try rapport.files() == before, "\(command) wrote again")
        }
    }

    @Test func aSecondSaveSaysNothingChanged() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let calendar = rapport.folder.appendingPathComponent("cal.ics").path
        #expect(FileManager.default.createFile(atPath: calendar, contents: Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8)))
        for command in [["edit", "dana", "--role", "CFO"], ["archive", "kenji"], ["need", "done", "1"], ["promise", "kept", "1"], ["calendar", "add", calendar]] {
            try rapport.run(command, environment: at)
            #expect(try rapport.run(command, environment: at).stdout.contains("nothing changed"), "\(command)")
        }
        // A need closed before keeps the day it was closed.
        let closed = try #require(try rapport.json(["need", "list", "--all"]) as? [[String: Any]]).first { $0["id"] as? Int == 1 }
        try rapport.run(["need", "done", "1"], environment: ["RAPPORT_NOW": "2026-12-24T12:00:00Z", "TZ": "UTC"])
        let still = try #require(try rapport.json(["need", "list", "--all"]) as? [[String: Any]]).first { $0["id"] as? Int == 1 }
        #expect(still?["closedAt"] as? String == closed?["closedAt"] as? String)
    }
}

import Foundation
import PeerNetwork
import Testing
@testable import PeerStore

/// The shell's one step of undo: kept with the change in one transaction, exact through its JSON,
/// and refused when another program changed the rows since.
@Suite struct ShellUndoTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400.123_456_7)

    @Test func anEditComesBackToTheBitThroughItsStoredInverse() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        let logged = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 30, note: "x"))
        var edited = logged
        edited.note = "y"
        edited.occurredAt = now.addingTimeInterval(0.000_1)
        try database.recordingForShell("Updated") { try database.updateInteraction(edited) }
        #expect(try database.undoLastShellChange() == "Updated")
        #expect(try database.interaction(logged.id!) == logged, "times and text exactly as they were")
        #expect(try database.undoLastShellChange() == nil, "one step")
    }

    /// A log from the shell watches only what a log inserts; the same connection then records a
    /// delete that cascades through every table as exactly as ever.
    @Test func aLogWatchesItsOwnTablesAndLaterChangesStillWatchEveryTable() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", tags: ["exec"], ratings: Ratings(vital: 4)), at: now)
        let logged = try database.recordingForShell("Logged", watching: .newInteractions) {
            try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help))
        }
        #expect(try database.undoLastShellChange() == "Logged")
        #expect(try database.interaction(logged.id!) == nil)
        let (_, inverse) = try database.recording { try database.deleteColleague(dana.id!) }
        try database.undo(inverse)
        #expect(try database.colleague(dana.id!)?.tags == ["exec"], "the tags came back: their table was watched too")
        #expect(try database.colleague(dana.id!)?.ratings.vital == 4)
    }

    @Test func anUndoRefusesWhenAnotherProgramChangedTheRowSince() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        let logged = try database.recordingForShell("Logged") {
            try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help))
        }
        var changed = logged
        changed.note = "written by another program"
        try temp.open().updateInteraction(changed)
        #expect(throws: StoreError.undoConflict(subject: "That interaction")) { try database.undoLastShellChange() }
        #expect(try database.interaction(logged.id!) == changed, "nothing undone")
    }
}

import Foundation
import GRDB
import PeerNetwork
import Testing
@testable import PeerStore

/// Undo takes back exactly what a change wrote, and nothing another process wrote since.
@Suite struct UndoTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    @Test func undoingADeleteBringsEverythingBackWithTheSameIDs() throws {
        // Given Dana with tags, ratings, a stance, a solo and a shared interaction
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", tags: ["exec"], stance: .skeptic, ratings: Ratings(vital: 5)), at: now)
        let lee = try database.addColleague(Colleague(name: "Lee"), at: now)
        let solo = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 30))
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!, lee.id!], direction: .received, kind: .info))
        let before = try dump(database)
        // When she is deleted, then the delete undone
        let (_, inverse) = try database.recording { try database.deleteColleague(dana.id!) }
        #expect(try database.interactionCount() == 1)
        try database.undo(inverse)
        // Then every row is back as it was, ids included
        #expect(try dump(database) == before)
        #expect(try database.interaction(solo.id!) == solo)
        #expect(try database.colleague(dana.id!) == dana.with(tags: ["exec"]))
    }

    @Test func undoingARatingKeepsWhatAnotherProcessWroteSince() throws {
        // Given the dashboard re-rated Dana
        let temp = TemporaryDatabase()
        let dashboard = try temp.open()
        let dana = try dashboard.addColleague(Colleague(name: "Dana", ratings: Ratings(vital: 3)), at: now).id!
        let (_, inverse) = try dashboard.recording { try dashboard.rate(dana, Ratings(vital: 4), at: now) }
        // And a shell then logged with her and added a need
        let shell = try temp.open()
        let logged = try shell.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana], direction: .gave, kind: .help, minutes: 30, note: "X"))
        let need = try shell.addNeed(Need(colleagueID: dana, what: "Y", dueAt: now, createdAt: now))
        // When the dashboard undoes the rating
        try dashboard.undo(inverse)
        // Then the rating is back, and the interaction keeps its participant and the need stays
        #expect(try dashboard.colleague(dana)?.ratings.vital == 3)
        #expect(try dashboard.ratingHistory(of: dana).map(\.value) == [3])
        #expect(try dashboard.interaction(logged.id!) == logged)
        #expect(try dashboard.needs(of: dana) == [need])
    }

    @Test func undoRefusesWhenAnotherProcessChangedTheSameField() throws {
        let temp = TemporaryDatabase()
        let dashboard = try temp.open()
        let dana = try dashboard.addColleague(Colleague(name: "Dana", role: "Analyst"), at: now)
        var edited = dana
        edited.role = "Director"
        let (_, inverse) = try dashboard.recording { try dashboard.updateColleague(edited, at: now) }
        var elsewhere = edited
        elsewhere.role = "VP"
        try temp.open().updateColleague(elsewhere, at: now)
        let before = try dump(dashboard)
        #expect(throws: StoreError.undoConflict(subject: "Dana")) { try dashboard.undo(inverse) }
        #expect(try dump(dashboard) == before, "a refused undo changes nothing")
    }

    @Test func undoOfOneFieldIgnoresAnotherFieldChangedElsewhere() throws {
        let temp = TemporaryDatabase()
        let dashboard = try temp.open()
        let dana = try dashboard.addColleague(Colleague(name: "Dana", role: "Analyst"), at: now)
        let (_, inverse) = try dashboard.recording { try dashboard.setStance(dana.id!, .ally, at: now) }
        var elsewhere = try #require(try dashboard.colleague(dana.id!))
        elsewhere.role = "VP"
        try temp.open().updateColleague(elsewhere, at: now)
        try dashboard.undo(inverse)
        let after = try #require(try dashboard.colleague(dana.id!))
        #expect(after.stance == .unknown)
        #expect(after.role == "VP")
    }

    @Test func undoingAnAddRefusesWhenItWouldTakeRowsAddedSince() throws {
        // Given the dashboard added Kim, and a shell then added a need from Kim
        let temp = TemporaryDatabase()
        let dashboard = try temp.open()
        let (kim, inverse) = try dashboard.recording { try dashboard.addColleague(Colleague(name: "Kim", tags: ["ops"]), at: now) }
        _ = try temp.open().addNeed(Need(colleagueID: kim.id!, what: "budget", dueAt: now, createdAt: now))
        // Then undoing the add would cascade to that need: it is refused, and Kim stays
        #expect(throws: StoreError.undoConflict(subject: "Kim")) { try dashboard.undo(inverse) }
        #expect(try dashboard.colleague(kim.id!) != nil)
        #expect(try dashboard.needs(of: kim.id!).count == 1)
    }

    @Test func undoingADeletedInteractionRefusesWhenItsPersonIsGone() throws {
        let temp = TemporaryDatabase()
        let dashboard = try temp.open()
        let dana = try dashboard.addColleague(Colleague(name: "Dana"), at: now).id!
        let lee = try dashboard.addColleague(Colleague(name: "Lee"), at: now).id!
        let shared = try dashboard.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana, lee], direction: .gave, kind: .help))
        let (_, inverse) = try dashboard.recording { try dashboard.deleteInteraction(shared.id!) }
        try temp.open().deleteColleague(lee)
        #expect(throws: StoreError.undoConflict(subject: "Someone in that interaction")) { try dashboard.undo(inverse) }
        #expect(try dashboard.interaction(shared.id!) == nil)
    }

    @Test func aBatchIsOneTransactionAndOneInverse() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now).id!
        let before = try dump(database)
        let (_, inverse) = try database.recording {
            try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana], direction: .gave, kind: .help))
            try database.decide(ReviewDecision(key: "engage:\(dana)", choice: .done, at: now))
        }
        #expect(try database.decisions().count == 1)
        try database.undo(inverse)
        #expect(try dump(database) == before)
    }

    @Test func aFailedBatchWritesNothing() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now).id!
        let before = try dump(database)
        #expect(throws: StoreError.colleagueNotFound(.id(999))) {
            _ = try database.recording {
                try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana], direction: .gave, kind: .help))
                try database.setStance(999, .ally, at: now)
            }
        }
        #expect(try dump(database) == before)
    }

    @Test func timesRoundTripToTheBit() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let moment = StoredTime.rounded(Date(timeIntervalSinceReferenceDate: 786_000_000.123_456_7))
        let dana = try database.addColleague(Colleague(name: "Dana"), at: moment).id!
        try database.rate(dana, Ratings(trust: 3), at: moment)
        #expect(try database.colleague(dana)?.ratedAt == moment)
        #expect(try database.ratingHistory(of: dana).first?.changedAt == moment)
    }

    @Test func everyWriteMovesTheRevision() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let before = try database.revision()
        try database.addColleague(Colleague(name: "Dana"), at: now)
        #expect(try database.revision() > before)
    }
}

/// Every row of every table the dashboard can change, in a fixed order: two dumps are equal
/// when the databases hold the same data.
func dump(_ database: AppDatabase) throws -> [String] {
    try database.writer.read { db in
        try ChangeRecorder.tables.flatMap { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }.sorted()
        }
    }
}

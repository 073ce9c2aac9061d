import Foundation
import GRDB
import PeerNetwork
import Testing
@testable import PeerStore

@Suite struct ReviewStoreTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)  // Tuesday 2026-11-24 12:00 UTC
    func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @Test func needsAndPromisesAreAddedListedClosedAndDeleted() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now).id!
        let need = try database.addNeed(Need(colleagueID: dana, what: "  sign-off  ", dueAt: ago(-30), createdAt: now))
        #expect(need.what == "sign-off")
        let late = try database.addPromise(Promise(colleagueID: dana, direction: .mine, what: "the deck", dueAt: ago(-3), createdAt: now))
        let undated = try database.addPromise(Promise(colleagueID: dana, direction: .theirs, what: "an intro", createdAt: now))
        let soon = try database.addPromise(Promise(colleagueID: dana, direction: .mine, what: "notes", dueAt: ago(-1), createdAt: now))
        #expect(try database.promises(of: dana).map(\.id) == [soon.id, late.id, undated.id], "soonest first, undated last")
        #expect(try database.needs().map(\.what) == ["sign-off"])

        try database.keepPromise(late.id!, at: now)
        try database.closeNeed(need.id!, at: now)
        #expect(try database.promises().count == 2)
        #expect(try database.promises(includeKept: true).count == 3)
        #expect(try database.needs().isEmpty)
        #expect(try database.needs(includeClosed: true).first?.closedAt == now)

        try database.keepPromise(late.id!, at: nil)
        #expect(try database.promises().count == 3, "a kept promise can be reopened (undo)")
        try database.deletePromise(undated.id!)
        #expect(throws: StoreError.invalid("no promise with id \(undated.id!)")) { try database.deletePromise(undated.id!) }
        #expect(throws: StoreError.colleagueNotFound(.id(99))) {
            try database.addNeed(Need(colleagueID: 99, what: "x", dueAt: now, createdAt: now))
        }
        #expect(throws: StoreError.invalid("say what it is: the text is empty")) {
            try database.addPromise(Promise(colleagueID: dana, direction: .mine, what: " ", createdAt: now))
        }
    }

    @Test func undoingADeleteBringsNeedsAndPromisesBack() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now).id!
        _ = try database.addNeed(Need(colleagueID: dana, what: "sign-off", dueAt: now, createdAt: now))
        _ = try database.addPromise(Promise(colleagueID: dana, direction: .mine, what: "deck", createdAt: now))
        let (_, inverse) = try database.recording { try database.deleteColleague(dana) }
        #expect(try database.needs().isEmpty)
        try database.undo(inverse)
        #expect(try database.needs(of: dana).count == 1)
        #expect(try database.promises(of: dana).count == 1)
    }

    @Test func decisionsReplaceAndUndo() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let snooze = ReviewDecision(key: "engage:1", choice: .snoozed, at: ago(1))
        #expect(try database.decide(snooze) == nil)
        let previous = try database.decide(ReviewDecision(key: "engage:1", choice: .dismissed, at: now))
        #expect(previous == snooze)
        #expect(try database.decisions().map(\.choice) == [.dismissed])
        try database.decide(try #require(previous))
        #expect(try database.decisions() == [snooze])
        #expect(try database.forgetDecision("engage:1") == snooze)
        #expect(try database.decisions().isEmpty)
        #expect(try database.forgetDecision("engage:1") == nil)
    }

    @Test func weekStartAndDepartmentsAreSettings() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        #expect(try database.weekStart() == .monday)
        try database.setWeekStart(.sunday)
        #expect(try database.weekStart() == .sunday)
        #expect(try database.weekCalendar().firstWeekday == 1)
        try database.declareDepartment("Legal")
        try database.declareDepartment("legal")
        #expect(try database.declaredDepartments() == ["Legal"])
        try database.forgetDepartment("LEGAL")
        #expect(throws: StoreError.invalid("'Legal' is not a declared department")) { try database.forgetDepartment("Legal") }
    }

    @Test func reviewInputSeesTheNetworkAsOfItsMoment() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", team: "Finance"), at: ago(100)).id!
        let gone = try database.addColleague(Colleague(name: "Gone", team: "Legal"), at: ago(100)).id!
        try database.setArchived(gone, true)
        try database.declareDepartment("Procurement")
        _ = try database.logInteraction(Interaction(occurredAt: ago(10), colleagueIDs: [dana], direction: .gave, kind: .info))
        _ = try database.logInteraction(Interaction(occurredAt: ago(2), colleagueIDs: [dana], direction: .received, kind: .help))
        _ = try database.logInteraction(Interaction(occurredAt: ago(200), colleagueIDs: [dana], direction: .gave, kind: .help))
        _ = try database.addNeed(Need(colleagueID: dana, what: "later need", dueAt: now, createdAt: ago(1)))

        let input = try database.reviewInput(now: ago(5), calendar: .iso8601Local)
        #expect(input.people.map(\.colleague.name) == ["Dana"], "archived colleagues are not reviewed")
        #expect(input.people[0].lastContact == ago(10))
        #expect(input.people[0].lastInfoShared == ago(10))
        #expect(input.people[0].addedAt == ago(100))
        #expect(input.lastGiven == ago(10), "nothing after the moment")
        #expect(input.people[0].balance.weightedReceived == 0, "the balance as it was then")
        #expect(input.needs.isEmpty, "the need did not exist yet")
        #expect(Set(input.departments) == ["Finance", "Legal", "Procurement"])

        let today = try database.reviewInput(now: now, calendar: .iso8601Local)
        #expect(today.people[0].lastContact == ago(2))
        #expect(today.needs.count == 1)
    }

    /// The store reads what the rules may use for everyone, not only for those one rule picks:
    /// a colleague rated yesterday still has their history. Window counts are read where they
    /// can tip the balance (`windowCountsMatter`), as `ReviewInput.Person` says.
    @Test func theInputHoldsEveryonesHistoryAndCounts() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", ratings: Ratings(vital: 3)), at: ago(200))
        try database.rate(dana.id!, Ratings(vital: 5), at: ago(1))
        _ = try database.logInteraction(Interaction(occurredAt: ago(10), colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 30))
        _ = try database.logInteraction(Interaction(occurredAt: ago(20), colleagueIDs: [dana.id!], direction: .received, kind: .help, minutes: 30))
        let kim = try database.addColleague(Colleague(name: "Kim"), at: ago(200))
        for day in [5, 6, 7] {
            _ = try database.logInteraction(Interaction(occurredAt: ago(Double(day)), colleagueIDs: [kim.id!], direction: .gave, kind: .help, minutes: 10))
        }
        let people = try database.reviewInput(now: now, calendar: .iso8601Local).people
        let person = try #require(people.first { $0.colleague.name == "Dana" })
        #expect(person.ratingHistory.map(\.value) == [3, 5], "fresh ratings still have a history")
        #expect(!person.balance.windowCountsMatter && person.balance.leaning == .balanced)
        let leaning = try #require(people.first { $0.colleague.name == "Kim" })
        #expect(leaning.balance.givenCount == 3 && leaning.balance.givenMinutes == 30 && leaning.balance.leaning == .onlyGiving)
    }

    @Test func aVersionOneDatabaseIsMigrated() throws {
        let temp = TemporaryDatabase()
        try FileManager.default.createDirectory(at: temp.folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: temp.path)
        try AppDatabase.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO colleague (name, created_at) VALUES ('Dana', 0)")
        }
        try queue.close()
        let database = try temp.open()
        #expect(try database.colleagueCount() == 1)
        _ = try database.addNeed(Need(colleagueID: 1, what: "sign-off", dueAt: now, createdAt: now))
        #expect(try database.needs().count == 1)
    }
}

import Dashboard
import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
@testable import RapportApp
import Testing

/// Random sequences of dashboard changes, writes from a second connection (a `rapport` in
/// another shell), and undos. After every step the database must equal the model, and every
/// undo must succeed or be refused exactly when the model says.
@Suite struct UndoModelTests {
    /// 40 runs in `swift test`; `RAPPORT_MODEL_SEEDS=400 swift test --filter UndoModelTests` for a longer soak.
    static let seeds: [UInt64] = Array(1...(ProcessInfo.processInfo.environment["RAPPORT_MODEL_SEEDS"].flatMap(UInt64.init) ?? 40))
    static let steps = 60
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test(arguments: seeds) func databaseMatchesTheModel(seed: UInt64) throws {
        var run = try Run(seed: seed, now: now)
        var trace: [String] = []
        for step in 0..<Self.steps {
            trace.append("\(step): \(try run.step(step))")
            let expected = run.model
            let actual = try Run.project(run.dashboard)
            #expect(actual == expected.withoutCounters, "seed \(seed); steps so far:\n\(trace.joined(separator: "\n"))")
            if actual != expected.withoutCounters { return }
        }
    }
}

private struct Run {
    var random: SeededGenerator
    let now: Date
    let folder: URL
    let dashboard: AppDatabase
    let shell: AppDatabase
    let data: StoreDataSource
    var model = NetworkModel()
    var undoStack: [(inverse: Inverse, record: NetworkModel.Record)] = []

    init(seed: UInt64, now: Date) throws {
        random = SeededGenerator(seed: seed)
        self.now = now
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-model-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("db.sqlite").path
        dashboard = try AppDatabase(path: path)
        shell = try AppDatabase(path: path)
        data = StoreDataSource(database: dashboard)
        for name in ["Dana", "Lee", "Kim"] {
            try shell.addColleague(Colleague(name: name), at: now)
            _ = model.add(name)
        }
    }

    /// Performs one random step on both the database and the model; returns what it was.
    mutating func step(_ step: Int) throws -> String {
        let people = model.people.keys.sorted()
        let meetings = model.meetings.keys.sorted()
        let person = people.randomElement(using: &random)
        switch Int.random(in: 0..<20, using: &random) {
        case 0, 1:
            guard let id = person else { return "nothing" }
            let vital = Int.random(in: 1...5, using: &random)
            try dashboardChange(.rate(id, Ratings(vital: vital)), editing: [id]) { $0.rate(id, vital: vital) }
            return "dashboard rates #\(id) vital \(vital)"
        case 2:
            guard let id = person else { return "nothing" }
            let stance = [Stance.ally, .skeptic, .sponsor].randomElement(using: &random)!
            try dashboardChange(.setStance(id, stance), editing: [id]) { $0.setStance(id, stance) }
            return "dashboard sets #\(id) \(stance)"
        case 3:
            guard let id = person, let base = try dashboard.colleague(id) else { return "nothing" }
            var colleague = base
            colleague.role = ["Analyst", "Director", "VP"].randomElement(using: &random)!
            let role = colleague.role
            try dashboardChange(.updateColleague(colleague, from: base), editing: [id]) { $0.setRole(id, role) }
            return "dashboard edits #\(id) role \(role)"
        case 4:
            guard let id = person, let archived = model.people[id]?.archived else { return "nothing" }
            try dashboardChange(.setArchived(id, !archived), editing: [id]) { $0.setArchived(id, !archived) }
            return "dashboard archives #\(id): \(!archived)"
        case 5, 6:
            guard let id = person else { return "nothing" }
            let with = Set([id] + (people.randomElement(using: &random).map { [$0] } ?? []))
            let note = "note \(step)"
            var record = NetworkModel.Record()
            try dashboardChange(.log(meeting(with, note)), record: &record) { model, record in
                let meetingID = model.log(with, note: note)
                record.addedMeetings[meetingID] = model.meetings[meetingID]
            }
            return "dashboard logs with \(with.sorted())"
        case 7:
            guard let id = meetings.randomElement(using: &random) else { return "nothing" }
            var record = NetworkModel.Record()
            try dashboardChange(.deleteInteraction(id), record: &record) { model, record in
                record.removedMeetings[id] = model.meetings.removeValue(forKey: id)
            }
            return "dashboard deletes interaction #\(id)"
        case 8:
            guard let id = person else { return "nothing" }
            var record = NetworkModel.Record()
            try dashboardChange(.addNeed(Need(colleagueID: id, what: "need \(step)", dueAt: now, createdAt: now)), record: &record) { model, record in
                let needID = model.addNeed(id, "need \(step)")
                record.addedNeeds[needID] = model.needs[needID]
            }
            return "dashboard adds a need from #\(id)"
        case 9:
            let key = ["engage:1", "invest:2", "stale:3"].randomElement(using: &random)!
            let choice = [ReviewDecision.Choice.done, .snoozed, .dismissed].randomElement(using: &random)!
            var record = NetworkModel.Record()
            try dashboardChange(.decide(ReviewDecision(key: key, choice: choice, at: now)), record: &record) { model, record in
                record.decisions[key] = (model.decisions[key], choice)
                model.decisions[key] = choice
            }
            return "dashboard decides \(key) \(choice)"
        case 10:
            guard let id = person, Int.random(in: 0..<3, using: &random) == 0 else { return "nothing" }
            var record = NetworkModel.Record()
            try dashboardChange(.deleteColleague(id), record: &record) { model, record in model.delete(id, into: &record) }
            return "dashboard deletes colleague #\(id)"
        case 11:
            let name = "New \(step)"
            var record = NetworkModel.Record()
            try dashboardChange(.addColleague(Colleague(name: name)), record: &record) { model, record in
                let id = model.add(name)
                record.addedPeople[id] = model.people[id]
            }
            return "dashboard adds \(name)"
        case 12:
            guard let id = person else { return "nothing" }
            let note = "batch \(step)"
            let key = "engage:\(id)"
            var record = NetworkModel.Record()
            try dashboardChange(.batch([.log(meeting([id], note)), .decide(ReviewDecision(key: key, choice: .done, at: now))]), record: &record) { model, record in
                let meetingID = model.log([id], note: note)
                record.addedMeetings[meetingID] = model.meetings[meetingID]
                record.decisions[key] = (model.decisions[key], .done)
                model.decisions[key] = .done
            }
            return "dashboard logs and decides (batch) with #\(id)"
        case 13:
            guard let id = person else { return "nothing" }
            try shell.logInteraction(meeting([id], "shell \(step)"))
            _ = model.log([id], note: "shell \(step)")
            return "shell logs with #\(id)"
        case 14:
            guard let id = person else { return "nothing" }
            _ = try shell.addNeed(Need(colleagueID: id, what: "shell need \(step)", dueAt: now, createdAt: now))
            _ = model.addNeed(id, "shell need \(step)")
            return "shell adds a need from #\(id)"
        case 15:
            guard let id = person, var colleague = try shell.colleague(id) else { return "nothing" }
            colleague.role = ["Analyst", "Director", "VP"].randomElement(using: &random)!
            try shell.updateColleague(colleague, at: now)
            model.setRole(id, colleague.role)
            return "shell edits #\(id) role \(colleague.role)"
        case 16:
            guard let id = person else { return "nothing" }
            let vital = Int.random(in: 1...5, using: &random)
            try shell.rate(id, Ratings(vital: vital), at: now)
            model.rate(id, vital: vital)
            return "shell rates #\(id) vital \(vital)"
        case 17:
            guard let id = person, Int.random(in: 0..<4, using: &random) == 0 else { return "nothing" }
            try shell.deleteColleague(id)
            var ignored = NetworkModel.Record()
            model.delete(id, into: &ignored)
            return "shell deletes colleague #\(id)"
        default:
            guard let (inverse, record) = undoStack.popLast() else { return "nothing to undo" }
            let allowed = model.canUndo(record)
            do {
                _ = try data.undo(inverse)
                #expect(allowed, "the store undid what the model refuses")
                if allowed { model.undo(record) }
                return "undo (done)"
            } catch is UndoRefused {
                #expect(!allowed, "the store refused an undo the model allows")
                return "undo (refused)"
            }
        }
    }

    private func meeting(_ people: Set<Int64>, _ note: String) -> Interaction {
        Interaction(occurredAt: now, colleagueIDs: people.sorted(), direction: .gave, kind: .help, minutes: 15, note: note)
    }

    /// A change to colleagues' fields: the record keeps them before and after.
    private mutating func dashboardChange(_ change: Change, editing ids: [Int64], in model: (inout NetworkModel) -> Void) throws {
        var record = NetworkModel.Record()
        try dashboardChange(change, record: &record) { modelState, record in
            let before = ids.compactMap { id in modelState.people[id].map { (id, $0) } }
            model(&modelState)
            for (id, person) in before { record.edited[id] = (person, modelState.people[id]!) }
        }
    }

    private mutating func dashboardChange(
        _ change: Change, record: inout NetworkModel.Record, in model: (inout NetworkModel, inout NetworkModel.Record) -> Void
    ) throws {
        let applied = try data.apply(change, now: now)
        model(&self.model, &record)
        undoStack.append((applied.inverse, record))
    }

    /// The database read back in the model's terms.
    static func project(_ database: AppDatabase) throws -> NetworkModel {
        try database.writer.read { db in
            var model = NetworkModel()
            for row in try Row.fetchAll(db, sql: "SELECT * FROM colleague") {
                let id: Int64 = row["id"]
                model.people[id] = NetworkModel.Person(
                    name: row["name"], role: row["role"], stance: Stance(rawValue: row["stance"]) ?? .unknown, vital: row["vital"],
                    archived: row["archived"],
                    vitalHistory: try Int.fetchAll(db, sql: "SELECT value FROM rating_change WHERE colleague_id = ? AND dimension = 'vital' ORDER BY id", arguments: [id]),
                    stanceHistory: try String.fetchAll(db, sql: "SELECT stance FROM stance_change WHERE colleague_id = ? ORDER BY id", arguments: [id])
                        .compactMap(Stance.init(rawValue:)))
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM interaction") {
                let id: Int64 = row["id"]
                let people = try Int64.fetchAll(db, sql: "SELECT colleague_id FROM participant WHERE interaction_id = ?", arguments: [id])
                model.meetings[id] = NetworkModel.Meeting(people: Set(people), note: row["note"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM need") {
                model.needs[row["id"]] = NetworkModel.NeedEntry(colleague: row["colleague_id"], what: row["what"])
            }
            for row in try Row.fetchAll(db, sql: "SELECT key, choice FROM review_decision") {
                model.decisions[row["key"]] = ReviewDecision.Choice(rawValue: row["choice"])
            }
            return model
        }
    }
}

extension NetworkModel {
    /// The model without its id counters, which the database does not show.
    var withoutCounters: NetworkModel {
        var copy = self
        copy.nextPerson = 1
        copy.nextMeeting = 1
        copy.nextNeed = 1
        return copy
    }
}

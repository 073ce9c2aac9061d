import Foundation
import GRDB
import PeerNetwork
import Testing
@testable import PeerStore

@Suite struct AppDatabaseTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    @Test func migratesFromEmptyAndCreatesPrivateFiles() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        #expect(try database.colleagueCount() == 0)
        try database.addColleague(Colleague(name: "Dana"), at: now)
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: temp.path + suffix)
            #expect(attributes[.posixPermissions] as? Int == 0o600, "rapport.sqlite\(suffix)")
        }
        let folder = try FileManager.default.attributesOfItem(atPath: temp.folder.path)
        #expect(folder[.posixPermissions] as? Int == 0o700)
    }

    /// A name is kept single-spaced, however it was typed or pasted, so it reads, sorts and
    /// matches as the same person's (`rapport log dana whitfield` finds her).
    /// What the team screen asks of copies it made: which of these interactions are still there.
    @Test func existingInteractionsAreTheOnesStillInTheLog() throws {
        let database = try AppDatabase(inMemoryNamed: "existing")
        let dana = try database.addColleague(Colleague(name: "Dana Whitfield"), at: now).id!
        let logged = try (0..<3).map { _ in try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana], direction: .gave, kind: .help)).id! }
        try database.deleteInteraction(logged[1])
        #expect(try database.existingInteractions(logged + [999]) == [logged[0], logged[2]])
        #expect(try database.existingInteractions([]) == [])
    }

    @Test func namesAreKeptSingleSpaced() throws {
        let database = try AppDatabase(inMemoryNamed: "spaces")
        var dana = try database.addColleague(Colleague(name: " Dana  Whitfield\t"), at: now)
        #expect(dana.name == "Dana Whitfield")
        #expect(try database.colleague(dana.id!)?.name == "Dana Whitfield")
        dana.name = "Dana\u{00A0}\u{00A0}Whitfield-Ortiz \n"
        try database.updateColleague(dana, at: now)
        #expect(try database.colleague(dana.id!)?.name == "Dana Whitfield-Ortiz")
        #expect(try database.colleagueCandidates(named: "dana  whitfield-ortiz", includeArchived: false).map(\.foldedName) == ["dana whitfield-ortiz"])
    }

    @Test func theActiveCountLeavesTheArchivedOutAsTheyComeAndGo() throws {
        let database = try AppDatabase(inMemoryNamed: "count")
        let ids = try (0..<5).map { try database.addColleague(Colleague(name: "Person \($0)"), at: now).id! }
        try database.setArchived(ids[1], true)
        try database.setArchived(ids[3], true)
        #expect(try database.colleagueCount(includeArchived: false) == 3)
        #expect(try database.colleagueCount(includeArchived: true) == 5)
        try database.setArchived(ids[1], false)
        try database.deleteColleague(ids[3])
        #expect(try database.colleagueCount(includeArchived: false) == 4)
        #expect(try database.colleagueCount(includeArchived: false, matching: "person") == 4, "the filtered count agrees")
    }

    @Test func manyInteractionsGoInRowsAtATimeWithTheirOwnIdsAndPeople() throws {
        let database = try AppDatabase(inMemoryNamed: "batch")
        let people = try (0..<4).map { try database.addColleague(Colleague(name: "Person \($0)"), at: now).id! }
        let count = RowInserter.rowsPerStatement * 2 + 7
        let logged = try database.logInteractions((0..<count).map { index in
            Interaction(
                occurredAt: now.addingTimeInterval(-Double(index) * 60), colleagueIDs: [people[index % 4], people[(index + 1) % 4], people[index % 4]],
                direction: .gave, kind: .help, minutes: 1 + index % 50, note: "n\(index)")
        })
        let stored = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, note FROM interaction ORDER BY id").map { ($0[0] as Int64, $0[1] as String) }
        }
        #expect(stored.map(\.0) == logged.map { $0.id! })
        #expect(stored.map(\.1) == logged.map(\.note))
        let pairs = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant") }
        #expect(pairs == count * 2, "each interaction's two people, the repeated one once")
        let last = try database.read { db in
            try Int64.fetchAll(db, sql: "SELECT colleague_id FROM participant WHERE interaction_id = ? ORDER BY colleague_id", arguments: [logged.last!.id!])
        }
        #expect(last == [people[(count - 1) % 4], people[count % 4]].sorted())

        let before = try database.interactionCount()
        #expect(throws: StoreError.colleagueNotFound(.id(77))) {
            try database.logInteractions([
                Interaction(occurredAt: now, colleagueIDs: [people[0]], direction: .gave, kind: .help),
                Interaction(occurredAt: now, colleagueIDs: [people[1], 77], direction: .gave, kind: .help),
            ])
        }
        #expect(try database.interactionCount() == before, "all or nothing")
    }

    @Test func anArchiveWithoutTheLogHoldsEverythingElse() throws {
        let database = try AppDatabase(inMemoryNamed: "archive")
        let dana = try database.addColleague(Colleague(name: "Dana", tags: ["exec"], ratings: Ratings(vital: 4)), at: now).id!
        _ = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana], direction: .gave, kind: .info, minutes: 5))
        _ = try database.addNeed(Need(colleagueID: dana, what: "a budget", dueAt: now, createdAt: now))
        var whole = try database.archive()
        let light = try database.archive(withInteractions: false)
        #expect(whole.interactions.count == 1 && light.interactions.isEmpty)
        whole.interactions = []
        #expect(light == whole)
    }

    /// The list filter finds its text literally (`%` and `_` are no wildcards), folded as names
    /// are: any case, any accent, any width, in any script.
    @Test func theFilterFindsItsTextFoldedInAnyCaseAndAccent() throws {
        let database = try AppDatabase(inMemoryNamed: "filter")
        try database.addColleague(Colleague(name: "Dana", notes: "100% sure, under_score"), at: now)
        try database.addColleague(Colleague(name: "ÉMILE Zoë", tags: ["EMEA"]), at: now)
        try database.addColleague(Colleague(name: "Lee", team: "Sales"), at: now)
        let names = { (filter: String) in try database.colleagueEntries(matching: filter).map(\.name) }
        #expect(try names("DANA") == ["Dana"])
        #expect(try names("0% s") == ["Dana"])
        #expect(try names("_") == ["Dana"])
        #expect(try names("r_s") == ["Dana"])
        #expect(try names("emea") == ["ÉMILE Zoë"], "a tag")
        #expect(try names("mile zo") == ["ÉMILE Zoë"])
        #expect(try names("émile") == ["ÉMILE Zoë"], "É is é")
        for filter in ["ZOË", "zoe", "Zoë", "ｚｏｅ"] { #expect(try names(filter) == ["ÉMILE Zoë"], "\(filter)") }
        #expect(try names("SALES") == ["Lee"])
        #expect(try database.colleagueCount(includeArchived: true, matching: "EA") == 1, "the count filters alike")
    }

    @Test(arguments: [("a/b/rapport.sqlite", "a/b"), ("rapport.sqlite", "."), ("/rapport.sqlite", "/"), ("/home/x/.local/rapport.sqlite", "/home/x/.local")])
    func theFolderOfADatabaseIsEverythingBeforeTheLastSlash(path: String, folder: String) {
        #expect(AppDatabase.folder(of: path) == folder)
    }

    @Test func usesWalAndSecureDelete() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let (journal, secureDelete) = try database.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA secure_delete"))
        }
        #expect(journal == "wal")
        #expect(secureDelete == 1)
    }

    @Test func refusesADatabaseFromANewerVersion() throws {
        // Given a database migrated by a future Rapport
        let temp = TemporaryDatabase()
        _ = try temp.open()
        let queue = try DatabaseQueue(path: temp.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        // When it is opened, then it is refused and left as it was
        #expect(throws: StoreError.newerVersion(path: temp.path)) { try temp.open() }
        let count = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations")
        }
        #expect(count == AppDatabase.migrator.migrations.count + 1, "ours and the future one, nothing more")
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let temp = TemporaryDatabase()
        try FileManager.default.createDirectory(at: temp.folder, withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: temp.path))
        #expect(throws: StoreError.notADatabase(path: temp.path)) { try temp.open() }
    }

    @Test func twoConnectionsWriteAtOnce() async throws {
        // Given two independent connections to one file, as two processes would have
        let temp = TemporaryDatabase()
        let first = try temp.open()
        let second = try temp.open()
        let dana = try first.addColleague(Colleague(name: "Dana"), at: now)
        // When both log many interactions concurrently
        try await withThrowingTaskGroup(of: Void.self) { group in
            for database in [first, second] {
                group.addTask {
                    for index in 0..<200 {
                        try database.logInteraction(Interaction(
                            occurredAt: self.now, colleagueIDs: [dana.id!], direction: .gave, kind: .help,
                            minutes: 1, note: "\(index)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        // Then nothing is lost
        #expect(try first.interactionCount() == 400)
        #expect(try second.balance(of: dana.id!, now: now).givenCount == 400)
    }

    @Test func ratingHistoryKeepsOnlyChanges() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", ratings: Ratings(vital: 3, trust: 2)), at: now)
        let later = now.addingTimeInterval(86_400)
        let changed = try database.rate(dana.id!, Ratings(vital: 3, trust: 4), at: later)
        #expect(changed == [.trust])
        let history = try database.ratingHistory(of: dana.id!)
        #expect(history.map(\.value) == [3, 2, 4])
        let reloaded = try #require(try database.colleague(dana.id!))
        #expect(reloaded.ratings == Ratings(vital: 3, trust: 4))
        #expect(reloaded.ratedAt == later)
        #expect(throws: StoreError.invalid("vital must be 1 to 5, not 7")) {
            try database.rate(dana.id!, Ratings(vital: 7), at: later)
        }
    }

    /// An exchange's length, a week's budget and a keep-in-touch rhythm keep to the domain's
    /// ranges on every write, a restore included, whichever path it came by; and a restore
    /// refuses text the store cannot keep, as every other write does.
    @Test func lengthsBudgetsAndRhythmsOutsideTheirRangesAreRefused() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        let long = Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 1441)
        let refused = StoreError.invalid("an interaction lasts 1 minute to 24 hours, not 1441 minutes")
        #expect(throws: refused) { try database.logInteraction(long) }
        let day = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 1440))
        var edited = day
        edited.minutes = 1441
        #expect(throws: refused) { try database.updateInteraction(edited) }
        #expect(throws: StoreError.invalid("a weekly budget is 0 to 168 hours, not 169.0")) { try database.setWeeklyBudget(hours: 169) }
        let empty = try AppDatabase(inMemoryNamed: "restore")
        let person = NetworkArchive.Person(colleague: Colleague(id: 1, name: "Dana"), createdAt: now, importedAt: nil, ratingHistory: [], stanceHistory: [])
        var archive = NetworkArchive(people: [person], interactions: [Interaction(id: 1, occurredAt: now, colleagueIDs: [1], direction: .gave, kind: .help, minutes: 1441)],
                                     needs: [], promises: [], decisions: [], departments: [], weeklyBudgetHours: nil, weekStart: nil)
        #expect(throws: refused) { try empty.restore(archive) }
        archive.interactions = []
        archive.weeklyBudgetHours = -3
        #expect(throws: StoreError.invalid("a weekly budget is 0 to 168 hours, not -3.0")) { try empty.restore(archive) }
        archive.weeklyBudgetHours = nil
        archive.people[0].colleague.contactEveryWeeks = 53
        #expect(throws: StoreError.invalid("a keep-in-touch rhythm is 0 (none) to 52 weeks, not 53")) { try empty.restore(archive) }
        archive.people[0].colleague.contactEveryWeeks = nil
        archive.people[0].colleague.tags = ["a\u{0}b"]
        #expect(throws: UnstorableText.self) { try empty.restore(archive) }
        #expect(try empty.colleagueCount() == 0, "a refused restore writes nothing")
        archive.people[0].colleague.tags = []
        archive.people[0].colleague.name = " Dana\t Whitfield "
        try empty.restore(archive)
        #expect(try empty.colleague(1)?.name == "Dana Whitfield", "a name is single-spaced by every path")
    }

    @Test func stanceHistory() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        var dana = try database.addColleague(Colleague(name: "Dana", stance: .skeptic), at: now)
        dana.stance = .ally
        try database.updateColleague(dana, at: now.addingTimeInterval(60))
        try database.setStance(dana.id!, .ally, at: now.addingTimeInterval(120))
        #expect(try database.stanceHistory(of: dana.id!).map(\.stance) == [.skeptic, .ally])
    }

    @Test func sqlBalanceAgreesWithTheDomainFormula() throws {
        // Given a mix of exchanges across time
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        let lee = try database.addColleague(Colleague(name: "Lee"), at: now)
        var logged: [Interaction] = []
        for (index, direction) in [Direction.gave, .received, .gave, .mutual, .gave, .received].enumerated() {
            let interaction = Interaction(
                occurredAt: now.addingTimeInterval(-Double(index * 17) * 86_400),
                colleagueIDs: index.isMultiple(of: 2) ? [dana.id!, lee.id!] : [dana.id!],
                direction: direction, kind: .help, minutes: index == 3 ? nil : 15 * (index + 1))
            logged.append(try database.logInteraction(interaction))
        }
        // Then SQL and Swift compute the same balance, for one colleague and overall
        let expected = Balance.of(logged, now: now)
        let actual = try database.balance(of: dana.id!, now: now)
        #expect(actual.givenCount == expected.givenCount)
        #expect(actual.receivedMinutes == expected.receivedMinutes)
        #expect(abs(actual.weightedGiven - expected.weightedGiven) < 1e-9)
        #expect(abs(actual.weightedReceivedMinutes - expected.weightedReceivedMinutes) < 1e-9)
        #expect(try database.balance(now: now).totalCount == 6)
        #expect(try database.balance(of: lee.id!, now: now).givenCount == 3)
    }

    @Test func summariesSortAndFilter() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana", team: "Finance", tags: ["budget"], ratings: Ratings(vital: 5)), at: now)
        let lee = try database.addColleague(Colleague(name: "Lee", team: "Sales", ratings: Ratings(vital: 2)), at: now)
        try database.addColleague(Colleague(name: "Ann", team: "Legal"), at: now)
        try database.addColleague(Colleague(name: "Old", archived: true), at: now)
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help))
        try database.logInteraction(Interaction(occurredAt: now.addingTimeInterval(-86_400), colleagueIDs: [lee.id!], direction: .received, kind: .help))

        #expect(try database.colleagueSummaries(now: now).map(\.colleague.name) == ["Ann", "Dana", "Lee"])
        #expect(try database.colleagueSummaries(now: now, sort: .vital).map(\.colleague.name) == ["Dana", "Lee", "Ann"])
        #expect(try database.colleagueSummaries(now: now, sort: .balance).map(\.colleague.name) == ["Lee", "Dana", "Ann"])
        #expect(try database.colleagueSummaries(now: now, sort: .last).map(\.colleague.name) == ["Ann", "Lee", "Dana"])
        #expect(try database.colleagueSummaries(now: now, sort: .name, descending: true).map(\.colleague.name) == ["Lee", "Dana", "Ann"])
        #expect(try database.colleagueSummaries(now: now, includeArchived: true).count == 4)
        #expect(try database.colleagueSummaries(now: now, matching: "budg").map(\.colleague.name) == ["Dana"])
        #expect(try database.colleagueSummaries(now: now, matching: "sal").map(\.colleague.name) == ["Lee"])
        let summary = try #require(try database.colleagueSummaries(now: now, matching: "dana").first)
        #expect(summary.lastContact == now)
        #expect(summary.balance.givenCount == 1)
        #expect(summary.colleague.tags == ["budget"])
    }

    @Test func timelinePagesNewestFirst() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        for index in 0..<5 {
            try database.logInteraction(Interaction(
                occurredAt: now.addingTimeInterval(-Double(index) * 3_600), colleagueIDs: [dana.id!],
                direction: .gave, kind: .info, note: "note \(index)"))
        }
        let first = try database.interactions(limit: 2)
        #expect(first.map(\.note) == ["note 0", "note 1"])
        let last = try #require(first.last)
        let next = try database.interactions(before: (last.occurredAt, last.id!), limit: 2)
        #expect(next.map(\.note) == ["note 2", "note 3"])
        #expect(try database.interactions(matching: "note 4").count == 1)
        #expect(try database.interactions(matching: "dan").count == 5)
        // A name matches an exchange through any of its people, in any case.
        let lee = try database.addColleague(Colleague(name: "Lee"), at: now)
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [lee.id!, dana.id!], direction: .received, kind: .help, note: "pair"))
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [lee.id!], direction: .received, kind: .help, note: "solo"))
        #expect(try database.interactions(matching: "DAN").map(\.note).sorted() == ["note 0", "note 1", "note 2", "note 3", "note 4", "pair"])
        #expect(try database.interactions(matching: "lee").map(\.note).sorted() == ["pair", "solo"])
        #expect(try database.interactions(matching: "nobody").isEmpty)
        // A backslash is a character like any other, not LIKE's escape.
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [lee.id!], direction: .gave, kind: .info, note: #"C:\temp\x"#))
        #expect(try database.interactions(matching: #"p\x"#).map(\.note) == [#"C:\temp\x"#])
    }

    /// A filtered page looks through the newest few thousand, then scans the table in its own
    /// order; whatever the window, the page is the one looking through everyone gives.
    @Test func filteredPagesAreTheSameWhateverTheWindow() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let people = try ["Dana Whitfield", "Lee Park", "Ana Kowalczyk", "Sam O'Brien"].map { try database.addColleague(Colleague(name: $0), at: now).id! }
        let words = ["budget", "Q3 numbers", "intro to legal", "100% done", "under_score", "coffee"]
        var generator = SystemRandomNumberGenerator()
        for index in 0..<60 {
            let with = Array(people.shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator)))
            try database.logInteraction(Interaction(
                occurredAt: now.addingTimeInterval(-Double(index / 2) * 600), colleagueIDs: with,
                direction: [.gave, .received, .mutual].randomElement(using: &generator)!, kind: InteractionKind.allCases.randomElement(using: &generator)!,
                note: words.randomElement(using: &generator)!))
        }
        let everyone = try database.interactions(limit: 1_000)
        let cursors: [(Date, InteractionID)?] = [nil] + [everyone[7], everyone[30], everyone[58]].map { ($0.occurredAt, $0.id!) }
        for filter in ["budget", "BUDGET", "lee", "o'b", "%", "_", "intro", "nothing at all", "a", "help"] {
            for before in cursors {
                for limit in [1, 3, 100] {
                    let whole = try database.interactions(matching: filter, before: before, limit: limit, window: 1_000).map(\.id)
                    for window in [1, 2, 5, 20] {
                        #expect(try database.interactions(matching: filter, before: before, limit: limit, window: window).map(\.id) == whole,
                                "\(filter), window \(window), limit \(limit)")
                    }
                }
            }
        }
    }

    @Test func deletingAColleagueRemovesOrphanedInteractions() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        let lee = try database.addColleague(Colleague(name: "Lee"), at: now)
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help))
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!, lee.id!], direction: .gave, kind: .help))
        try database.deleteColleague(dana.id!)
        #expect(try database.interactionCount() == 1)
        #expect(throws: StoreError.colleagueNotFound(.id(dana.id!))) { try database.deleteColleague(dana.id!) }
    }

    @Test func budgetCountsThisWeeksGivenMinutes() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let dana = try database.addColleague(Colleague(name: "Dana"), at: now)
        try database.setWeeklyBudget(hours: 2)
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 90))
        try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .received, kind: .help, minutes: 60))
        try database.logInteraction(Interaction(occurredAt: now.addingTimeInterval(-8 * 86_400), colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 60))
        let budget = try database.helpBudget(now: now)
        #expect(budget.weeklyHours == 2)
        #expect(budget.usedMinutes == 90)
        #expect(throws: StoreError.self) { try database.setWeeklyBudget(hours: -1) }
    }

    @Test func loadIsAllOrNothing() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let network = NetworkArchive(
            people: [NetworkArchive.Person(colleague: Colleague(id: 1, name: "Dana"), createdAt: now, importedAt: nil, ratingHistory: [], stanceHistory: [])],
            interactions: [Interaction(id: 1, occurredAt: now, colleagueIDs: [5], direction: .gave, kind: .help)],
            weeklyBudgetHours: 3)
        #expect(throws: StoreError.self) { try database.restore(network) }
        #expect(try database.colleagueCount() == 0)
        // A restore refuses what declaring a department refuses.
        let unnamed = NetworkArchive(people: [], interactions: [], departments: ["  "])
        #expect(throws: StoreError.self) { try database.restore(unnamed) }
    }

    @Test func defaultPathFollowsXDG() {
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/rapport/rapport.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/rapport/rapport.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["HOME": ""]) == NSHomeDirectory() + "/.local/share/rapport/rapport.sqlite", "an empty HOME is none")
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/rapport/rapport.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["RAPPORT_DB": "/db.sqlite", "HOME": "/h"]) == "/db.sqlite")
    }
}

@Suite struct FilterTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    @Test func theFilterSearchesAgendaMotivatorsValuesAndNotes() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        try database.addColleague(Colleague(name: "Dana", agenda: "hold opex flat"), at: now)
        try database.addColleague(Colleague(name: "Lee", motivators: "public recognition"), at: now)
        try database.addColleague(Colleague(name: "Kim", valuedInfo: "pipeline numbers"), at: now)
        try database.addColleague(Colleague(name: "Ana", notes: "met at the offsite"), at: now)
        for (filter, name) in [("opex", "Dana"), ("recognition", "Lee"), ("pipeline", "Kim"), ("offsite", "Ana")] {
            #expect(try database.colleagueSummaries(now: now, matching: filter).map(\.colleague.name) == [name], "\(filter)")
        }
    }
}

extension Colleague {
    func with(tags: [String]) -> Colleague {
        var copy = self
        copy.tags = tags
        return copy
    }
}

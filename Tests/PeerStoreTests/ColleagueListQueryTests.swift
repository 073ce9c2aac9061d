import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// The dashboard lists entries in name order, re-sorts them in memory and loads rows by id; all
/// of it must agree with the one-query list the commands print, for every sort, both ways, and
/// a filter. The people tie on every key somewhere: same team in two spellings, equal ratings,
/// no ratings, never contacted, the same name twice.
@Suite struct ColleagueListQueryTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    /// Names sort with case and accents aside, in SQL and in memory alike: Ömer among the O's,
    /// not after Zoë.
    @Test func namesSortAmongTheirLettersWhateverTheirAccents() throws {
        let database = try AppDatabase(inMemoryNamed: "accents")
        for name in ["Zoë Laurent", "Ömer Yılmaz", "oscar nilsson", "Pat Kim", "Élodie Roux", "Emma Stone"] {
            _ = try database.addColleague(Colleague(name: name), at: now)
        }
        let expected = ["Élodie Roux", "Emma Stone", "Ömer Yılmaz", "oscar nilsson", "Pat Kim", "Zoë Laurent"]
        #expect(try database.colleagueSummaries(now: now).map(\.colleague.name) == expected)
        let entries = try database.colleagueEntries(includeArchived: false, matching: "")
        #expect(entries.map(\.name) == expected)
        #expect(ColleagueSort.name.ordered(entries.shuffled(), descending: true).map(\.name) == expected.reversed())
    }

    /// `rapport balance` reads only those leaning far enough; it must find every one-way
    /// relationship the whole list has, the borderline ones too.
    @Test func theLeaningFewAreEveryOneWayRelationship() throws {
        let database = try AppDatabase(inMemoryNamed: "leaning")
        var generator = SystemRandomNumberGenerator()
        let people = try (0..<40).map { try database.addColleague(Colleague(name: "Person \($0)"), at: now).id! }
        for (index, id) in people.enumerated() {
            // From all given to all received, through exactly 4 to 1 (a score of 0.6).
            let given = index % 6, received = (index / 6) % 6
            for step in 0..<(given + received) {
                _ = try database.logInteraction(Interaction(
                    occurredAt: now.addingTimeInterval(-Double(step) * 3_600 - Double(Int.random(in: 0..<60, using: &generator))),
                    colleagueIDs: [id], direction: step < given ? .gave : .received, kind: .help))
            }
        }
        let everyone = try database.colleagueSummaries(now: now, sort: .balance).filter { $0.balance.leaning != .balanced }
        let few = try database.colleagueSummaries(now: now, sort: .balance, leaningAtLeast: Balance.oneWayScore - 0.01)
        #expect(few.filter { $0.balance.leaning != .balanced }.map(\.id) == everyone.map(\.id))
        #expect(few.count < 40 && everyone.count > 5)
    }

    @Test func entriesSortedInMemoryAndRowsByIDMatchTheFullList() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        var ids: [ColleagueID] = []
        let names = ["Dana Whitfield", "omar Haddad", "Zoë Laurent", "Ben Adler", "Anna Kowalczyk", "ben adler", "Émile Roux", "Ana Lopez"]
        let teams = ["Finance", "", "finance", "Legal", "Finance", "legal", "Ops", ""]
        for (index, name) in names.enumerated() {
            let rating = index == 1 || index == 6 ? nil : 1 + index % 3
            let colleague = try database.addColleague(
                Colleague(name: name, team: teams[index], stance: Stance.allCases[index % Stance.allCases.count],
                          ratings: Ratings(vital: rating, frequency: rating.map { 6 - $0 }, quality: rating, trust: index % 2 == 0 ? 3 : nil)),
                at: now)
            ids.append(colleague.id!)
        }
        for (index, id) in ids.enumerated() where index != 3 && index != 5 {
            for day in 0..<(index % 4) {
                try database.logInteraction(Interaction(
                    occurredAt: now.addingTimeInterval(-Double(day * 9 + index) * 86_400), colleagueIDs: [id],
                    direction: day.isMultiple(of: 2) ? .gave : .received, kind: .help, minutes: 10))
            }
        }
        for sort in ColleagueSort.allCases {
            for descending in [false, true] {
                for filter in ["", "an"] {
                    let full = try database.colleagueSummaries(now: now, sort: sort, descending: descending, matching: filter)
                    let entries = sort.ordered(try database.colleagueEntries(matching: filter), descending: descending)
                    #expect(entries.map(\.id) == full.map(\.id), "\(sort) \(descending ? "descending" : "") '\(filter)'")
                    #expect(try database.colleagueSummaries(ids: entries.map(\.id), now: now) == full)
                    // Re-sorting from any other order gives the same.
                    let shuffled = ColleagueSort.stance.ordered(entries, descending: true)
                    #expect(sort.ordered(shuffled, descending: descending).map(\.id) == full.map(\.id))
                }
            }
        }
        let page = try database.colleagueSummaries(now: now, sort: .balance, limit: 2, offset: 1)
        #expect(page.map(\.id) == Array(try database.colleagueSummaries(now: now, sort: .balance).map(\.id)[1...2]))
    }
}

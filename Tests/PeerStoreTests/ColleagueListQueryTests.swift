import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// The dashboard lists entries and loads rows by id; both must agree with the one-query list
/// the commands print, for every sort and a filter.
@Suite struct ColleagueListQueryTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test func entriesAndRowsByIDMatchTheFullList() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        var ids: [ColleagueID] = []
        for (index, name) in ["Dana Whitfield", "omar Haddad", "Zoë Laurent", "Ben Adler", "Anna Kowalczyk"].enumerated() {
            let colleague = try database.addColleague(
                Colleague(name: name, team: index.isMultiple(of: 2) ? "Finance" : "", ratings: Ratings(vital: index == 1 ? nil : 1 + index)), at: now)
            ids.append(colleague.id!)
        }
        for (index, id) in ids.enumerated() where index != 3 {
            for day in 0..<index {
                try database.logInteraction(Interaction(
                    occurredAt: now.addingTimeInterval(-Double(day * 9) * 86_400), colleagueIDs: [id],
                    direction: day.isMultiple(of: 2) ? .gave : .received, kind: .help, minutes: 10))
            }
        }
        for sort in ColleagueSort.allCases {
            for descending in [false, true] {
                for filter in ["", "an"] {
                    let full = try database.colleagueSummaries(now: now, sort: sort, descending: descending, matching: filter)
                    let entries = try database.colleagueEntries(sort: sort, descending: descending, matching: filter)
                    #expect(entries.map(\.id) == full.map(\.id), "\(sort) \(descending ? "descending" : "") '\(filter)'")
                    #expect(try database.colleagueSummaries(ids: entries.map(\.id), now: now) == full)
                }
            }
        }
        let page = try database.colleagueSummaries(now: now, sort: .balance, limit: 2, offset: 1)
        #expect(page.map(\.id) == Array(try database.colleagueEntries(sort: .balance).map(\.id)[1...2]))
    }
}

import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// The dashboard filters a keystroke in memory; it must list exactly what the SQL filter lists,
/// in the same order with the same ranks, whatever the case, the accents, the field or the
/// characters SQL treats specially.
@Suite struct ColleagueSearchIndexTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    func network() throws -> (AppDatabase, TemporaryDatabase) {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let people: [Colleague] = [
            Colleague(name: "Dana Whitfield", role: "VP Finance", team: "Finance", tags: ["board", "EMEA"], notes: "Likes 100% clarity"),
            Colleague(name: "ÉLODIE Roux", team: "Ops", agenda: "A single_view of stock", motivators: "Ship it"),
            Colleague(name: "élodie roux", team: "ops", demotivators: "back\\slash jobs", valuedInfo: "Churn NUMBERS"),
            Colleague(name: "Zoë Laurent", team: "Legal", notes: "ZOË prefers email"),
            Colleague(name: "Ana Kowalczyk", team: "Finance", tags: ["émigré"]),
            Colleague(name: "田中 浩", team: "Tokyo", notes: "日本語のメモ"),
            Colleague(name: "Ben Adler", team: ""),
        ]
        for (index, person) in people.enumerated() {
            let added = try database.addColleague(person, at: now)
            if index == 6 { try database.setArchived(added.id!, true) }
        }
        return (database, temp)
    }

    @Test func aFilterInMemoryListsWhatSQLLists() throws {
        let (database, temp) = try network()
        defer { withExtendedLifetime(temp) {} }
        let filters = [
            "", "   ", "a", "A", "an", "ana k", "ANA K", "é", "É", "élodie", "ÉLODIE", "Elodie", "zoë", "ZOË", "100%", "%", "_", "single_view",
            "\\", "back\\slash", "emea", "board", "émigré", "ÉMIGRÉ", "田中", "メモ", "finance", "vp finance", "ship", "numbers",
            "\u{1F}", "roux\u{1F}ops", "ben", "nobody", " dana ", "a".padding(toLength: 40, withPad: "a", startingAt: 0),
        ]
        for includeArchived in [false, true] {
            let index = try database.colleagueSearchIndex(includeArchived: includeArchived)
            #expect(index.revision == (try database.revision()))
            for filter in filters {
                let expected = try database.colleagueEntries(includeArchived: includeArchived, matching: filter)
                #expect(index.entries(matching: filter) == expected, "'\(filter)', archived \(includeArchived)")
            }
            #expect(index.entries(matching: "da\u{0}na") == nil, "a NUL goes to SQL")
        }
    }

    @Test func theByteSearchFindsEveryPlace() {
        let text = Array("abcabd aab ab".utf8)
        for needle in ["", "a", "ab", "abd", "aab", "b ab", "ab ", "abcabd aab ab", "abcabd aab abx", "x", "bb", "dd"] {
            let found = text.withUnsafeBytes { haystack in Array(needle.utf8).withUnsafeBytes { ColleagueSearchIndex.contains(haystack, $0) } }
            #expect(found == (needle.isEmpty || String(decoding: text, as: UTF8.self).contains(needle)), "'\(needle)'")
        }
    }
}

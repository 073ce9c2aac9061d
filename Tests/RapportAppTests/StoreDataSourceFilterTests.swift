import Dashboard
import Foundation
import PeerNetwork
import PeerStore
import RapportApp
import Testing

/// The list filter answers from an index in memory while nothing is written; a write from
/// anywhere, another process included, must show at the next keystroke.
@Suite struct StoreDataSourceFilterTests {
    @Test func aWriteFromAnotherProcessShowsAtTheNextKeystroke() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-filter-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let now = Date(timeIntervalSince1970: 1_795_521_600)
        let database = try AppDatabase(path: path)
        for name in ["Ana Kowalczyk", "Dana Whitfield", "Omar Haddad"] { _ = try database.addColleague(Colleague(name: name), at: now) }
        let data = StoreDataSource(database: database)
        let names = { (filter: String, archived: Bool) in
            try data.colleagues(ColleagueQuery(includeArchived: archived, filter: filter), now: now, limit: nil).entries.map(\.name)
        }
        #expect(try names("ana", false) == ["Ana Kowalczyk", "Dana Whitfield"])

        // Another process: its own connection to the file.
        let other = try AppDatabase(path: path)
        let anatole = try other.addColleague(Colleague(name: "Anatole Brun"), at: now)
        #expect(try names("ana", false) == ["Ana Kowalczyk", "Anatole Brun", "Dana Whitfield"])
        try other.setArchived(anatole.id!, true)
        #expect(try names("anat", false) == [])
        #expect(try names("anat", true) == ["Anatole Brun"], "the archived are in the index that includes them")
        try other.updateColleague(Colleague(id: anatole.id, name: "Anatole Brun", notes: "Knows DANA's team", archived: true), at: now)
        #expect(try names("dana's", true) == ["Anatole Brun"])
        // Sorted lists come from the same index.
        let descending = try data.colleagues(ColleagueQuery(sort: .name, descending: true, filter: "an"), now: now, limit: nil)
        #expect(descending.entries.map(\.name) == ["Dana Whitfield", "Ana Kowalczyk"])
    }
}

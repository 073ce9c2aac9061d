import Foundation
import GRDB
import PeerNetwork
@testable import PeerStore
import Testing

/// A file from the last shipped version (schema v5) with people, tags, notes and a log: opening
/// it runs v6, which must fill every running total, bucket, search text and name index from what
/// is already there, so the upgraded file answers exactly as a new one would.
@Suite struct UpgradeTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test func aVersionFiveFileGetsEveryTotalAndIndexFromItsLog() throws {
        let temp = TemporaryDatabase()
        try FileManager.default.createDirectory(at: temp.folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: temp.path)
        try AppDatabase.migrator.migrate(queue, upTo: "v5")
        try queue.write { db in
            for (id, name, notes) in [(1, "Dana Whitfield", "owns the opex plan"), (2, "Zoë Laurent", ""), (3, "Sam O'Brien", "")] {
                try db.execute(sql: "INSERT INTO colleague (id, name, notes, created_at) VALUES (?, ?, ?, 0)", arguments: [id, name, notes])
            }
            try db.execute(sql: "INSERT INTO colleague_tag (colleague_id, tag) VALUES (2, 'emea')")
            for index in 0..<40 {
                let at = now.timeIntervalSince1970 - Double(index) * 36_000
                let direction = ["gave", "received", "mutual"][index % 3]
                try db.execute(
                    sql: "INSERT INTO interaction (id, occurred_at, direction, kind, minutes) VALUES (?, ?, ?, ?, ?)",
                    arguments: [index + 1, at, direction, index % 4 == 0 ? "info" : "help", index % 5 == 0 ? nil : 15])
                for colleague in [1 + index % 3, 1 + (index + 1) % 3] where index % 2 == 0 || colleague == 1 + index % 3 {
                    try db.execute(
                        sql: "INSERT INTO participant (interaction_id, colleague_id, occurred_at, direction, minutes) VALUES (?, ?, ?, ?, ?)",
                        arguments: [index + 1, colleague, at, direction, index % 5 == 0 ? nil : 15])
                }
            }
        }
        try queue.close()

        let database = try temp.open()
        try database.read { db in
            let stats = (["colleague_id"] + ExchangeStats.sumNames + ["last_contact", "last_info"]).joined(separator: ", ")
            let rows = { (sql: String) in try Row.fetchAll(db, sql: sql, arguments: ["now": Double.greatestFiniteMagnitude]).map { Array($0.databaseValues.map(\.description)) } }
            let pairs = [
                ("SELECT \(stats) FROM colleague_stats ORDER BY colleague_id", "SELECT \(stats) FROM (\(ExchangeStats.recountedAsOfNow)) ORDER BY colleague_id"),
                ("SELECT colleague_id, text FROM colleague_search ORDER BY colleague_id", ColleagueSearch.fromColleagues),
            ]
            for (kept, recounted) in pairs {
                let (keptRows, recountedRows) = (try rows(kept), try rows(recounted))
                #expect(!keptRows.isEmpty && keptRows == recountedRows, "\(kept)")
            }
            #expect(try String.fetchAll(db, sql: "SELECT folded_name FROM colleague ORDER BY id") == ["dana whitfield", "zoe laurent", "sam o'brien"])
        }
        try database.write { db in try db.execute(sql: "INSERT INTO colleague_name_word (colleague_name_word) VALUES ('integrity-check')") }
        #expect(try database.parseQuickLog("zoe gave info shared numbers", now: now).colleagues.map(\.name) == ["Zoë Laurent"])
        #expect(try database.parseQuickLog("o'b got help", now: now).colleagues.map(\.name) == ["Sam O'Brien"])
        #expect(try database.colleagueEntries(matching: "opex").map(\.name) == ["Dana Whitfield"])
        #expect(try database.colleagueEntries(matching: "emea").map(\.name) == ["Zoë Laurent"])
    }
}

import Foundation
import GRDB

extension AppDatabase {
    /// Moves a network opened from an image to new times. `snapshot` is the network the image
    /// was made from (`load` into an empty database), worked out again for now: its exchanges,
    /// needs and promises take their times from it, row by row (their ids are their places in
    /// it), since some follow the calendar (due days, this week's exchanges). Everything else
    /// was relative to the moment the image was made, and moves by `shift`. The totals and
    /// buckets are worked out again. The revision stays: this finishes making the network, as
    /// the load it stands for did, before anything has read it.
    public func retime(to snapshot: NetworkSnapshot, shiftingTheRestBy shift: TimeInterval) throws {
        try translatingErrors { try writer.write { db in
            try Self.checkImageHolds(snapshot, in: db)
            try TriggerFreeLoad.run(in: db, timesOnly: true) {
                try db.execute(sql: "UPDATE colleague SET created_at = created_at + ?1, rated_at = rated_at + ?1", arguments: [shift])
                try db.execute(sql: "UPDATE rating_change SET changed_at = changed_at + ?", arguments: [shift])
                try db.execute(sql: "UPDATE stance_change SET changed_at = changed_at + ?", arguments: [shift])
                try Self.setTimes(of: "interaction", ["occurred_at"], snapshot.interactions.map { [$0.occurredAt] }, in: db)
                try db.execute(sql: "UPDATE participant SET occurred_at = (SELECT occurred_at FROM interaction WHERE id = participant.interaction_id)")
                try Self.setTimes(of: "need", ["due_at", "created_at"], snapshot.needs.map { [$0.dueAt, $0.createdAt] }, in: db)
                try Self.setTimes(of: "promise", ["due_at", "created_at"], snapshot.promises.map { [$0.dueAt, $0.createdAt] }, in: db)
            }
        } }
    }

    /// The image must hold the snapshot's rows, numbered 1 on in its order.
    private static func checkImageHolds(_ snapshot: NetworkSnapshot, in db: Database) throws {
        for (table, count) in [("interaction", snapshot.interactions.count), ("need", snapshot.needs.count), ("promise", snapshot.promises.count)] {
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), IFNULL(MAX(id), 0) FROM \(table)")
            let rows: Int = row?[0] ?? 0, last: Int = row?[1] ?? 0
            guard rows == count, last == count else {
                throw StoreError.invalid("the image holds \(rows) rows of \(table), numbered to \(last), not the \(count) it is moved to")
            }
        }
    }

    /// Sets `columns` of row n of `table` to the times of `rows[n - 1]`, in one statement, the
    /// times as a JSON array: binding each value through GRDB costs more than the row's update.
    private static func setTimes(of table: String, _ columns: [String], _ rows: [[Date?]], in db: Database) throws {
        let assignments = columns.enumerated().map { index, column in "\(column) = json_extract(j.value, '$[\(index)]')" }
        try db.execute(
            sql: "UPDATE \(table) SET \(assignments.joined(separator: ", ")) FROM json_each(?) AS j WHERE \(table).id = j.key + 1",
            arguments: [jsonArray(rows)])
    }

    /// `[[t, t], ...]`, each time as seconds since 1970 (null for none), written as Swift writes a
    /// Double: the shortest text that reads back as the same number.
    private static func jsonArray(_ rows: [[Date?]]) -> String {
        "[" + rows.map { row in "[" + row.map { $0.map { "\($0.timeIntervalSince1970)" } ?? "null" }.joined(separator: ",") + "]" }
            .joined(separator: ",") + "]"
    }
}

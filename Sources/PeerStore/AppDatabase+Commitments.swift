import Foundation
import GRDB
import PeerNetwork

/// Needs ("I will need X from Dana by March") and promises, in both directions.
extension AppDatabase {
    public func addNeed(_ need: Need) throws -> Need {
        try write { db in try Self.insert(need, in: db) }
    }

    static func insert(_ need: Need, in db: Database) throws -> Need {
        try UnstorableText.check(need.textFields)
        try requireColleague(need.colleagueID, what: need.what, in: db)
        try db.execute(
            sql: "INSERT INTO need (colleague_id, what, due_at, created_at, closed_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [need.colleagueID, need.what.trimmed, need.dueAt.timeIntervalSince1970,
                        need.createdAt.timeIntervalSince1970, need.closedAt?.timeIntervalSince1970])
        var saved = need
        saved.id = db.lastInsertedRowID
        saved.what = need.what.trimmed
        return saved
    }

    public func addPromise(_ promise: Promise) throws -> Promise {
        try write { db in try Self.insert(promise, in: db) }
    }

    static func insert(_ promise: Promise, in db: Database) throws -> Promise {
        try UnstorableText.check(promise.textFields)
        try requireColleague(promise.colleagueID, what: promise.what, in: db)
        try db.execute(
            sql: "INSERT INTO promise (colleague_id, direction, what, due_at, created_at, kept_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [promise.colleagueID, promise.direction.rawValue, promise.what.trimmed,
                        promise.dueAt?.timeIntervalSince1970, promise.createdAt.timeIntervalSince1970,
                        promise.keptAt?.timeIntervalSince1970])
        var saved = promise
        saved.id = db.lastInsertedRowID
        saved.what = promise.what.trimmed
        return saved
    }

    private static func requireColleague(_ id: ColleagueID, what: String, in db: Database) throws {
        guard !what.trimmed.isEmpty else { throw StoreError.invalid("say what it is: the text is empty") }
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM colleague WHERE id = ?)", arguments: [id]) == true else {
            throw StoreError.colleagueNotFound(.id(id))
        }
    }

    /// Needs, soonest first; open ones only unless `includeClosed`.
    public func needs(of colleagueID: ColleagueID? = nil, includeClosed: Bool = false) throws -> [Need] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM need WHERE (:id IS NULL OR colleague_id = :id) AND (:all OR closed_at IS NULL)
                ORDER BY due_at, id
                """, arguments: ["id": colleagueID, "all": includeClosed]).map { $0.need() }
        }
    }

    /// Promises, undated ones last; open ones only unless `includeKept`.
    public func promises(of colleagueID: ColleagueID? = nil, includeKept: Bool = false) throws -> [Promise] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM promise WHERE (:id IS NULL OR colleague_id = :id) AND (:all OR kept_at IS NULL)
                ORDER BY due_at IS NULL, due_at, id
                """, arguments: ["id": colleagueID, "all": includeKept]).map { $0.promise() }
        }
    }

    public func need(_ id: NeedID) throws -> Need? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM need WHERE id = ?", arguments: [id])?.need() }
    }

    public func promise(_ id: PromiseID) throws -> Promise? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM promise WHERE id = ?", arguments: [id])?.promise() }
    }

    /// Marks a need met (or dropped); nil reopens it. One already closed keeps the day it was.
    public func closeNeed(_ id: NeedID, at date: Date?) throws {
        try settle("need", "closed_at", id, at: date)
    }

    /// Marks a promise kept; nil reopens it. One already kept keeps the day it was.
    public func keepPromise(_ id: PromiseID, at date: Date?) throws {
        try settle("promise", "kept_at", id, at: date)
    }

    private func settle(_ table: String, _ column: String, _ id: Int64, at date: Date?) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [id]) != nil else {
                throw StoreError.invalid("no \(table) with id \(id)")
            }
            try db.execute(
                sql: "UPDATE \(table) SET \(column) = :date WHERE id = :id AND (\(column) IS NULL) != (:date IS NULL)",
                arguments: ["date": date?.timeIntervalSince1970, "id": id])
        }
    }

    public func deleteNeed(_ id: NeedID) throws {
        try update("DELETE FROM need WHERE id = ?", [id], missing: "no need with id \(id)")
    }

    public func deletePromise(_ id: PromiseID) throws {
        try update("DELETE FROM promise WHERE id = ?", [id], missing: "no promise with id \(id)")
    }

    /// One statement that must touch exactly a row, or the id was wrong.
    private func update(_ sql: String, _ arguments: StatementArguments, missing: String) throws {
        try write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount > 0 else { throw StoreError.invalid(missing) }
        }
    }
}

extension Row {
    func need() -> Need {
        Need(
            id: self["id"], colleagueID: self["colleague_id"], what: self["what"], dueAt: date("due_at") ?? .distantPast,
            createdAt: date("created_at") ?? .distantPast, closedAt: date("closed_at"))
    }

    func promise() -> Promise {
        Promise(
            id: self["id"], colleagueID: self["colleague_id"], direction: PromiseDirection(rawValue: self["direction"]) ?? .mine,
            what: self["what"], dueAt: date("due_at"), createdAt: date("created_at") ?? .distantPast, keptAt: date("kept_at"))
    }
}

import Foundation
import GRDB
import PeerNetwork
import PeerStore
import TeamServer

/// The member's copy of their team, in a second local SQLite file beside their own database,
/// and the outbox of what they wrote and the server has not yet taken. Everything reads from
/// here, so nothing waits for the network; only `sync` talks to PostgreSQL.
public final class TeamCache {
    let queue: DatabaseQueue
    public let path: String

    /// The cache beside the personal database at `databasePath`.
    public static func path(beside databasePath: String) -> String {
        (databasePath as NSString).deletingPathExtension + ".team.sqlite"
    }

    public init(path: String) throws {
        self.path = path
        // As the personal database: private from its first byte, never opened through a link.
        try AppDatabase.refuseLinks(at: path)
        try AppDatabase.createPrivateFile(at: path)
        // Made private again if its mode was opened up; it is the team's log, as private as the user's.
        _ = AppDatabase.tightenPermissions(of: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // WAL, as the personal database: a sync's commit is one write, not a journal's fsyncs.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL") }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE team (id TEXT NOT NULL, name TEXT NOT NULL, my_role TEXT NOT NULL, weekly_budget_minutes INTEGER NOT NULL, synced_at REAL);
                CREATE TABLE member (role TEXT PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE ask (id TEXT PRIMARY KEY, author TEXT NOT NULL, what TEXT NOT NULL, due TEXT NOT NULL, done_means TEXT NOT NULL, created_at REAL NOT NULL, closed_at REAL);
                CREATE TABLE offer (id TEXT PRIMARY KEY, author TEXT NOT NULL, what TEXT NOT NULL, for_ask TEXT, created_at REAL NOT NULL);
                CREATE TABLE exchange (id TEXT PRIMARY KEY, proposer TEXT NOT NULL, giver TEXT NOT NULL, receiver TEXT NOT NULL, minutes INTEGER NOT NULL,
                    what TEXT NOT NULL, occurred_on TEXT NOT NULL, corrects TEXT);
                CREATE TABLE confirmation (exchange_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (exchange_id, role));
                CREATE TABLE thanks (id TEXT PRIMARY KEY, author TEXT NOT NULL, recipient TEXT NOT NULL, what TEXT NOT NULL, created_at REAL NOT NULL);
                CREATE TABLE norm (id TEXT PRIMARY KEY, what TEXT NOT NULL, review_on TEXT NOT NULL);
                -- What the member wrote, in order, as the server INSERT it becomes; replayed with
                -- ON CONFLICT DO NOTHING, so a replay cut short and run again adds nothing twice.
                CREATE TABLE outbox (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL, parameters TEXT NOT NULL, what TEXT NOT NULL);
                """)
        }
        migrator.registerMigration("v2") { db in
            // Incremental fetches: the server's time of the last fetch, and of the last whole one.
            try db.execute(sql: "ALTER TABLE team ADD COLUMN fetched_through TEXT; ALTER TABLE team ADD COLUMN whole_at REAL")
        }
        migrator.registerMigration("v3") { db in
            // Exchanges copied into the private log from this machine: never sent anywhere.
            try db.execute(sql: "CREATE TABLE copied (exchange_id TEXT PRIMARY KEY)")
        }
        migrator.registerMigration("v4") { db in
            // The interaction each copy became: undone or deleted there, the exchange is no
            // longer in the log. Copies made before have none, and count as still there.
            try db.execute(sql: "ALTER TABLE copied ADD COLUMN interaction_id INTEGER")
        }
        try migrator.migrate(queue)
    }

    /// The team this cache is for, once `join` has filled it.
    public func team() throws -> (id: String, name: String, myRole: String, syncedAt: Date?)? {
        try queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM team").map { row in
                (row["id"], row["name"], row["my_role"], (row["synced_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    /// Remembers that `exchange` was copied into the private log as `interaction`.
    public func markCopied(_ exchange: String, as interaction: Int64) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO copied (exchange_id, interaction_id) VALUES (?, ?)", arguments: [exchange, interaction])
        }
    }

    /// Each exchange copied into the private log, with the interaction it became (nil for a copy
    /// made before that was kept).
    public func copied() throws -> [String: Int64?] {
        try queue.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT exchange_id, interaction_id FROM copied").map { row in
                (row["exchange_id"] as String, row["interaction_id"] as Int64?)
            })
        }
    }

    public func pendingCount() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") ?? 0 }
    }

    /// The charter alone, for the weekly review: it reads no exchange.
    public func norms(calendar: Calendar = .iso8601Local) throws -> [TeamRows.Norm] {
        try queue.read { db in try Self.norms(in: db, calendar: calendar) }
    }

    private static func norms(in db: Database, calendar: Calendar) throws -> [TeamRows.Norm] {
        try Row.fetchAll(db, sql: "SELECT * FROM norm ORDER BY review_on, id").map { row in
            TeamRows.Norm(id: row["id"], what: row["what"], reviewOn: TeamDay.date(row["review_on"], calendar: calendar))
        }
    }

    /// The team as the board shows it: the server's rows as last fetched, with the member's own
    /// writes not yet sent.
    public func rows(calendar: Calendar = .iso8601Local) throws -> TeamRows {
        try queue.read { db in
            guard let team = try Row.fetchOne(db, sql: "SELECT * FROM team") else { throw TeamFailure("this network has joined no team: rapport team join LINE") }
            // Days repeat across thousands of rows; each is worked out once.
            var days: [String: Date] = [:]
            func day(_ text: String) -> Date {
                if let known = days[text] { return known }
                let date = TeamDay.date(text, calendar: calendar)
                days[text] = date
                return date
            }
            var confirmations: [String: Set<String>] = [:]
            let confirmed = try Row.fetchCursor(db, sql: "SELECT exchange_id, role FROM confirmation")
            while let row = try confirmed.next() { confirmations[row["exchange_id"], default: []].insert(row["role"]) }
            // Read through cursors: a team's years of exchanges are never copied row by row first.
            func all<T>(_ sql: String, _ make: (Row) throws -> T) throws -> [T] {
                var values: [T] = []
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() { values.append(try make(row)) }
                return values
            }
            return TeamRows(
                team: team["name"], weeklyBudgetMinutes: team["weekly_budget_minutes"],
                members: try all("SELECT role, name FROM member") { TeamRows.Member(role: $0["role"], name: $0["name"]) },
                asks: try all("SELECT * FROM ask ORDER BY created_at, id") { row in
                    TeamRows.Ask(
                        id: row["id"], author: row["author"], what: row["what"], due: day(row["due"]), doneMeans: row["done_means"],
                        createdAt: Date(timeIntervalSince1970: row["created_at"]), closedAt: (row["closed_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
                },
                offers: try all("SELECT * FROM offer ORDER BY created_at, id") { row in
                    TeamRows.Offer(id: row["id"], author: row["author"], what: row["what"], forAsk: row["for_ask"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
                },
                exchanges: try all("SELECT * FROM exchange ORDER BY occurred_on, id") { row in
                    TeamRows.Exchange(
                        id: row["id"], proposer: row["proposer"], giver: row["giver"], receiver: row["receiver"], minutes: row["minutes"],
                        what: row["what"], occurredOn: day(row["occurred_on"]), corrects: row["corrects"], confirmedBy: confirmations[row["id"]] ?? [])
                },
                thanks: try all("SELECT * FROM thanks ORDER BY created_at, id") { row in
                    TeamRows.Thanks(id: row["id"], author: row["author"], recipient: row["recipient"], what: row["what"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
                },
                norms: try Self.norms(in: db, calendar: calendar))
        }
    }
}

/// Why a team command could not do what it was asked.
public struct TeamFailure: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

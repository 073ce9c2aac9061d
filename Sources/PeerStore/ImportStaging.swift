import Foundation
import GRDB
import PeerNetwork

/// An import being decided, kept in a private temporary SQLite database rather than in memory:
/// each contact is matched (`ImportMerge`) and merged as it is read, so a file of 200,000 cards
/// costs the pages SQLite caches, not a copy of every colleague. Nothing reaches the user's
/// database until `apply`, which writes every outcome in one transaction; a dry run reports
/// from here and drops it.
public final class ImportStaging {
    private let staging: DatabaseQueue
    private let tag: String?
    private let overwrite: Bool

    /// Starts from the colleagues already in `database` (none when it is nil: a new file).
    public init(existing database: AppDatabase?, tag: String? = nil, overwrite: Bool = false) throws {
        self.tag = tag
        self.overwrite = overwrite
        var configuration = Configuration()
        configuration.label = "import staging"
        // One transaction from the first contact to the last: nothing here is ever committed.
        configuration.allowsUnsafeTransactions = true
        configuration.prepareDatabase { db in
            // Thrown away at the end, so it needs no journal and no durable writes.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        // An empty path is SQLite's private temporary database: on disk, deleted when closed.
        staging = try DatabaseQueue(path: "", configuration: configuration)
        try staging.inDatabase { db in
            let fields = "name TEXT NOT NULL, role TEXT NOT NULL, team TEXT NOT NULL, organisation TEXT NOT NULL, email TEXT NOT NULL, tags TEXT NOT NULL, notes TEXT NOT NULL, uid TEXT, archived INTEGER NOT NULL"
            try db.execute(sql: """
                CREATE TABLE target (id INTEGER PRIMARY KEY, colleague_id INTEGER, \(fields));
                CREATE TABLE original (target_id INTEGER PRIMARY KEY, \(fields));
                CREATE TABLE match_key (kind INTEGER NOT NULL, key TEXT NOT NULL, target_id INTEGER NOT NULL, PRIMARY KEY (kind, key, target_id)) WITHOUT ROWID;
                CREATE TABLE source (target_id INTEGER NOT NULL, source TEXT NOT NULL);
                CREATE INDEX source_by_target ON source(target_id);
                CREATE TABLE skip (source TEXT NOT NULL, reason TEXT NOT NULL);
                """)
            try db.execute(sql: "BEGIN")
        }
        if let database {
            try database.forEachColleague { colleague in
                try staging.inDatabase { db in
                    let id = try Self.insert(colleague, into: "target", key: ("colleague_id", colleague.id), in: db)
                    try Self.insert(colleague, into: "original", key: ("target_id", id), in: db)
                    try Self.index(colleague, as: id, in: db)
                }
            }
        }
    }

    public func add(_ candidate: ImportCandidate) throws {
        var candidate = candidate
        if let tag { candidate.tags.append(tag) }
        try staging.inDatabase { db in
            switch try Self.target(for: candidate, in: db) {
            case .found(let id):
                guard let current = try Self.colleague(in: "target", id: id, in: db) else { return }
                let merged = ImportMerge.merged(candidate, into: current, overwrite: overwrite)
                if merged != current {
                    try db.cachedStatement(sql: "UPDATE target SET name = ?, role = ?, team = ?, organisation = ?, email = ?, tags = ?, notes = ?, uid = ?, archived = ? WHERE id = ?")
                        .execute(arguments: Self.values(of: merged) + [id])
                    try Self.index(merged, as: id, in: db)
                }
                try db.cachedStatement(sql: "INSERT INTO source (target_id, source) VALUES (?, ?)").execute(arguments: [id, candidate.source])
            case .none:
                let colleague = ImportMerge.colleague(from: candidate)
                let id = try Self.insert(colleague, into: "target", key: ("colleague_id", nil), in: db)
                try Self.index(colleague, as: id, in: db)
                try db.cachedStatement(sql: "INSERT INTO source (target_id, source) VALUES (?, ?)").execute(arguments: [id, candidate.source])
            case .ambiguous(let count):
                try Self.skip(candidate.source, "\(count) colleagues are named \(candidate.name); give the contact an email or a UID to tell which", in: db)
            }
        }
    }

    public func skip(source: String, reason: String) throws {
        try staging.inDatabase { db in try Self.skip(source, reason, in: db) }
    }

    /// Each outcome in turn, read as it is asked for: the colleagues already there that a
    /// contact matched, in their order, then the ones the import creates, then the skipped.
    public func forEachOutcome(_ body: (ImportOutcome) throws -> Void) throws {
        try staging.inDatabase { db in
            let targets = try Row.fetchCursor(db, sql: "SELECT * FROM target WHERE id IN (SELECT target_id FROM source) ORDER BY id")
            while let row = try targets.next() {
                let current = try Self.colleague(from: row)
                let sources = try String.fetchAll(db.cachedStatement(sql: "SELECT source FROM source WHERE target_id = ? ORDER BY rowid"), arguments: [row["id"]])
                guard let before = try Self.colleague(in: "original", id: row["id"], in: db) else {
                    try body(.create(current, sources: sources))
                    continue
                }
                let fields = ImportMerge.changedFields(before, current)
                try body(fields.isEmpty ? .unchanged(before, sources: sources) : .update(before: before, after: current, fields: fields, sources: sources))
            }
            let skips = try Row.fetchCursor(db, sql: "SELECT source, reason FROM skip ORDER BY rowid")
            while let row = try skips.next() { try body(.skip(source: row["source"], reason: row["reason"])) }
        }
    }

    public struct Counts: Equatable, Sendable {
        public var created = 0, updated = 0, unchanged = 0, skipped = 0
    }

    public func counts() throws -> Counts {
        var counts = Counts()
        try forEachOutcome { outcome in
            switch outcome {
            case .create: counts.created += 1
            case .update: counts.updated += 1
            case .unchanged: counts.unchanged += 1
            case .skip: counts.skipped += 1
            }
        }
        return counts
    }

    private enum Match { case found(Int64), none, ambiguous(Int) }

    private static func target(for candidate: ImportCandidate, in db: Database) throws -> Match {
        for (kind, key) in ImportMerge.keys(of: candidate.colleague) {
            // The most recently indexed colleague wins a UID or an email, as a later card's does.
            let ids = try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT target_id FROM match_key WHERE kind = ? AND key = ? ORDER BY target_id DESC"), arguments: [kind.rawValue, key])
            switch (kind, ids.count) {
            case (_, 0): continue
            case (.name, 1), (.uid, _), (.email, _): return .found(ids[0])
            case (.name, let count): return .ambiguous(count)
            }
        }
        return .none
    }

    private static func index(_ colleague: Colleague, as id: Int64, in db: Database) throws {
        for (kind, key) in ImportMerge.keys(of: colleague) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO match_key (kind, key, target_id) VALUES (?, ?, ?)").execute(arguments: [kind.rawValue, key, id])
        }
    }

    private static func skip(_ source: String, _ reason: String, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO skip (source, reason) VALUES (?, ?)").execute(arguments: [source, reason])
    }

    private static func values(of colleague: Colleague) throws -> StatementArguments {
        let tags = colleague.tags.isEmpty ? "[]" : String(decoding: try JSONEncoder().encode(colleague.tags), as: UTF8.self)
        return [colleague.name, colleague.role, colleague.team, colleague.organisation, colleague.email, tags, colleague.notes, colleague.uid, colleague.archived]
    }

    /// A colleague's import fields as a row of `table`, whose first column is `key`.
    @discardableResult
    private static func insert(_ colleague: Colleague, into table: String, key: (column: String, value: Int64?), in db: Database) throws -> Int64 {
        try db.cachedStatement(
            sql: "INSERT INTO \(table) (\(key.column), name, role, team, organisation, email, tags, notes, uid, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [key.value] + values(of: colleague))
        return db.lastInsertedRowID
    }

    private static func colleague(in table: String, id: Int64, in db: Database) throws -> Colleague? {
        let key = table == "target" ? "id" : "target_id"
        return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table) WHERE \(key) = ?"), arguments: [id]).map(colleague(from:))
    }

    private static func tags(_ json: String) throws -> [String] {
        json == "[]" ? [] : try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    private static func colleague(from row: Row) throws -> Colleague {
        Colleague(
            id: row["colleague_id"], name: row["name"], role: row["role"], team: row["team"], organisation: row["organisation"], email: row["email"],
            tags: try tags(row["tags"]),
            notes: row["notes"], archived: row["archived"], uid: row["uid"])
    }
}

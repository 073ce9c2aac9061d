import Foundation
import GRDB
import PeerNetwork
import TeamServer

/// What a member publishes: the only things that ever leave their machine. Each is written to
/// the cache at once and queued as the server INSERT it becomes (`TeamCache.record`).
public enum TeamWrite: Equatable, Sendable {
    case ask(what: String, due: Date, doneMeans: String)
    case offer(what: String, forAsk: String?)
    /// Proposed with another member (by role): `gave` when the member gave; `corrects`, an
    /// earlier exchange this one stands in for once both sides confirm it.
    case exchange(with: String, gave: Bool, minutes: Int, what: String, on: Date, corrects: String? = nil)
    case confirm(exchange: String)
    case thanks(to: String, what: String)
    case norm(what: String, reviewOn: Date)
    case close(ask: String, note: String)
}

extension TeamCache {
    /// Fills an empty cache for the team just joined.
    public func join(teamID: String, name: String, myRole: String, weeklyBudgetMinutes: Int) throws {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM team")
            try db.execute(
                sql: "INSERT INTO team (id, name, my_role, weekly_budget_minutes) VALUES (?, ?, ?, ?)",
                arguments: [teamID, name, myRole, weeklyBudgetMinutes])
        }
    }

    /// Records `write` in the cache and queues it for the server, in one local transaction.
    /// Returns the new row's id (a UUID made here, so a replay can never add it twice).
    @discardableResult
    public func record(_ write: TeamWrite, now: Date, calendar: Calendar = .iso8601Local) throws -> String {
        let id = UUID().uuidString.lowercased()
        return try queue.write { db in
            guard let team = try Row.fetchOne(db, sql: "SELECT id, my_role FROM team") else { throw TeamFailure("this network has joined no team: rapport team join LINE") }
            let teamID: String = team["id"], me: String = team["my_role"]
            let at = now.timeIntervalSince1970
            func queue(_ sql: String, _ parameters: [String?], _ what: String) throws {
                try db.execute(
                    sql: "INSERT INTO outbox (sql, parameters, what) VALUES (?, ?, ?)",
                    arguments: [sql + " ON CONFLICT DO NOTHING", String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self), what])
            }
            switch write {
            case .ask(let what, let due, let doneMeans):
                let day = TeamDay.text(due, calendar: calendar)
                try db.execute(sql: "INSERT INTO ask (id, author, what, due, done_means, created_at) VALUES (?, ?, ?, ?, ?, ?)", arguments: [id, me, what, day, doneMeans, at])
                try queue("INSERT INTO rapport_team.ask (team_id, id, what, due, done_means) VALUES ($1, $2, $3, $4, $5)", [teamID, id, what, day, doneMeans], "ask “\(what)”")
            case .offer(let what, let forAsk):
                try db.execute(sql: "INSERT INTO offer (id, author, what, for_ask, created_at) VALUES (?, ?, ?, ?, ?)", arguments: [id, me, what, forAsk, at])
                try queue("INSERT INTO rapport_team.offer (team_id, id, what, for_ask) VALUES ($1, $2, $3, $4)", [teamID, id, what, forAsk], "offer “\(what)”")
            case .exchange(let other, let gave, let minutes, let what, let on, let corrects):
                let (giver, receiver) = gave ? (me, other) : (other, me)
                let day = TeamDay.text(on, calendar: calendar)
                try db.execute(
                    sql: "INSERT INTO exchange (id, proposer, giver, receiver, minutes, what, occurred_on, corrects) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [id, me, giver, receiver, minutes, what, day, corrects])
                try db.execute(sql: "INSERT INTO confirmation (exchange_id, role) VALUES (?, ?)", arguments: [id, me])
                try queue("""
                    INSERT INTO rapport_team.exchange (team_id, id, giver, receiver, minutes, what, occurred_on, corrects) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """, [teamID, id, giver, receiver, String(minutes), what, day, corrects], "exchange “\(what)”")
                try queue("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [teamID, id], "your confirmation of “\(what)”")
            case .confirm(let exchange):
                try db.execute(sql: "INSERT OR IGNORE INTO confirmation (exchange_id, role) VALUES (?, ?)", arguments: [exchange, me])
                try queue("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [teamID, exchange], "confirmation")
                return exchange
            case .thanks(let recipient, let what):
                try db.execute(sql: "INSERT INTO thanks (id, author, recipient, what, created_at) VALUES (?, ?, ?, ?, ?)", arguments: [id, me, recipient, what, at])
                try queue("INSERT INTO rapport_team.thanks (team_id, id, recipient, what) VALUES ($1, $2, $3, $4)", [teamID, id, recipient, what], "thanks")
            case .norm(let what, let reviewOn):
                let day = TeamDay.text(reviewOn, calendar: calendar)
                try db.execute(sql: "INSERT INTO norm (id, what, review_on) VALUES (?, ?, ?)", arguments: [id, what, day])
                try queue("INSERT INTO rapport_team.norm (team_id, id, what, review_on) VALUES ($1, $2, $3, $4)", [teamID, id, what, day], "norm “\(what)”")
            case .close(let ask, let note):
                try db.execute(sql: "UPDATE ask SET closed_at = ? WHERE id = ?", arguments: [at, ask])
                try queue("INSERT INTO rapport_team.ask_closed (team_id, ask_id, note) VALUES ($1, $2, $3)", [teamID, ask, note], "closing an ask")
                return ask
            }
            return id
        }
    }

    public struct SyncReport: Equatable, Sendable {
        public var sent = 0
        public var refused: [String] = []
    }

    /// Sends the outbox, in order, then fetches the team whole. Each row sent leaves the
    /// outbox once the server has it; a client killed between the two sends it again, and the
    /// server keeps one. A refusal (a rule the server enforces) is reported, not retried; a
    /// lost connection stops the sync and keeps the rest for next time.
    @discardableResult
    public func sync(_ conninfo: String) throws -> SyncReport {
        let server: PGConnection
        do { server = try PGConnection(conninfo) } catch { throw TeamFailure("offline: \(error)") }
        var report = SyncReport()
        while let next = try queue.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM outbox ORDER BY seq LIMIT 1") }) {
            let seq: Int64 = next["seq"]
            let parameters = try JSONDecoder().decode([String?].self, from: Data((next["parameters"] as String).utf8))
            do {
                try server.execute(next["sql"], parameters)
                report.sent += 1
                try queue.write { db in try db.execute(sql: "DELETE FROM outbox WHERE seq = ?", arguments: [seq]) }
            } catch let failure as PGConnection.Failure where failure.sqlState != nil && !failure.sqlState!.hasPrefix("08") && !failure.sqlState!.hasPrefix("57") {
                report.refused.append("\(next["what"] as String): \(failure.message)")
                try queue.write { db in try db.execute(sql: "DELETE FROM outbox WHERE seq = ?", arguments: [seq]) }
            } catch {
                throw TeamFailure("offline: \(error)")
            }
        }
        // A refusal leaves the member's own copy of what was refused in the cache: fetch whole.
        do { try fetch(from: server, whole: !report.refused.isEmpty) } catch { throw TeamFailure("offline: \(error)") }
        return report
    }

    /// How far before the last fetch the next one looks again: a row whose transaction began
    /// before that fetch but committed after it carries the earlier time. Members' statements
    /// and idle transactions time out in seconds (`TeamAdmin.invite`), far inside it.
    static let overlap = "1 minute"
    /// A fetch this long after the last whole one is whole again, whatever happened between.
    static let wholeEvery: TimeInterval = 86_400

    /// The team's rows as the server shows this member, in one snapshot: what is new since the
    /// last fetch (history is only ever added to), or everything when `whole`, on the first
    /// sync, or once a day.
    private func fetch(from server: PGConnection, whole asked: Bool) throws {
        guard let team = try queue.read({ db in try Row.fetchOne(db, sql: "SELECT id, fetched_through, whole_at FROM team") }) else { return }
        let teamID: String = team["id"]
        let whole = asked || (team["fetched_through"] as String?) == nil
            || Date().timeIntervalSince1970 - ((team["whole_at"] as Double?) ?? 0) > Self.wholeEvery
        try server.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? server.execute("COMMIT") }
        let through = try server.execute("SELECT now()::text").rows[0][0]!
        let p = [teamID, whole ? "-infinity" : (team["fetched_through"] as String)]
        let since = "> $2::timestamptz - interval '\(Self.overlap)'"
        let budget = try server.execute("SELECT weekly_budget_minutes::text FROM rapport_team.team WHERE id = $1", [teamID])
        let members = try server.execute("SELECT role_name, display_name FROM rapport_team.member WHERE team_id = $1 AND joined_at \(since)", p)
        let asks = try server.execute("""
            SELECT a.id::text, a.author, a.what, to_char(a.due, 'YYYY-MM-DD'), a.done_means, extract(epoch FROM a.created_at)::float8::text,
                   extract(epoch FROM c.closed_at)::float8::text
            FROM rapport_team.ask a LEFT JOIN rapport_team.ask_closed c ON c.team_id = a.team_id AND c.ask_id = a.id
            WHERE a.team_id = $1 AND a.created_at \(since)
            """, p)
        let closed = try server.execute(
            "SELECT extract(epoch FROM closed_at)::float8::text, ask_id::text FROM rapport_team.ask_closed WHERE team_id = $1 AND closed_at \(since)", p)
        let offers = try server.execute("""
            SELECT id::text, author, what, for_ask::text, extract(epoch FROM created_at)::float8::text FROM rapport_team.offer
            WHERE team_id = $1 AND created_at \(since)
            """, p)
        let exchanges = try server.execute("""
            SELECT id::text, proposer, giver, receiver, minutes::text, what, to_char(occurred_on, 'YYYY-MM-DD'), corrects::text
            FROM rapport_team.exchange WHERE team_id = $1 AND created_at \(since)
            """, p)
        let confirmations = try server.execute(
            "SELECT exchange_id::text, role_name FROM rapport_team.confirmation WHERE team_id = $1 AND confirmed_at \(since)", p)
        let thanks = try server.execute("""
            SELECT id::text, author, recipient, what, extract(epoch FROM created_at)::float8::text FROM rapport_team.thanks
            WHERE team_id = $1 AND created_at \(since)
            """, p)
        let norms = try server.execute(
            "SELECT id::text, what, to_char(review_on, 'YYYY-MM-DD') FROM rapport_team.norm WHERE team_id = $1 AND created_at \(since)", p)
        try queue.write { db in
            if whole {
                for table in ["member", "ask", "offer", "exchange", "confirmation", "thanks", "norm"] { try db.execute(sql: "DELETE FROM \(table)") }
            }
            func insert(_ table: String, _ columns: String, _ result: PGResult) throws {
                let marks = Array(repeating: "?", count: result.columns.count).joined(separator: ", ")
                let statement = try db.makeStatement(sql: "INSERT OR REPLACE INTO \(table) (\(columns)) VALUES (\(marks))")
                for row in result.rows { try statement.execute(arguments: StatementArguments(row.map { $0?.databaseValue ?? .null })) }
            }
            try insert("member", "role, name", members)
            try insert("ask", "id, author, what, due, done_means, created_at, closed_at", asks)
            let close = try db.makeStatement(sql: "UPDATE ask SET closed_at = ? WHERE id = ?")
            for row in closed.rows { try close.execute(arguments: StatementArguments(row.map { $0?.databaseValue ?? .null })) }
            try insert("offer", "id, author, what, for_ask, created_at", offers)
            try insert("exchange", "id, proposer, giver, receiver, minutes, what, occurred_on, corrects", exchanges)
            try insert("confirmation", "exchange_id, role", confirmations)
            try insert("thanks", "id, author, recipient, what, created_at", thanks)
            try insert("norm", "id, what, review_on", norms)
            try db.execute(
                sql: """
                    UPDATE team SET synced_at = ?, fetched_through = ?, whole_at = CASE WHEN ? THEN ? ELSE whole_at END,
                        weekly_budget_minutes = COALESCE(?, weekly_budget_minutes)
                    """,
                arguments: [Date().timeIntervalSince1970, through, whole, Date().timeIntervalSince1970, budget.rows.first?[0].flatMap(Int.init)])
        }
    }
}

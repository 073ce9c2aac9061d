import Foundation
import PeerNetwork
import Synchronization
import TeamServer
import TeamStore

/// Team mode under load, on loopback: `rapport-bench --team CONNINFO` (an administrator's
/// connection, for example the cluster Scripts/pg-test-cluster starts). It makes 100 teams of
/// 20 members with five years of weekly exchanges, then has 50 members of different teams sync
/// at once, and prints the sync's and the board's p50 and p99, the server's connection count,
/// and what an idle connection costs the server.
enum TeamLoad {
    static let teams = 100, membersPerTeam = 20, years = 5, syncing = 50

    static func run(admin conninfo: String) throws {
        let admin = try PGConnection(conninfo)
        let started = Date()
        var members: [(team: String, invitation: TeamInvitation)] = []
        let prefix = "load-" + String(UUID().uuidString.prefix(6)).lowercased()
        for index in 0..<teams {
            let name = "\(prefix)-\(index)"
            let administration = TeamAdmin(admin)
            try administration.initialize(team: name)
            for member in 0..<membersPerTeam {
                members.append((name, try administration.invite("Member \(member)", team: name)))
            }
        }
        // Five years of weekly exchanges per member, confirmed by both sides and dated when
        // they happened, written as the administrator in one statement.
        try admin.execute("""
            WITH m AS (
                SELECT team_id, role_name, row_number() OVER (PARTITION BY team_id ORDER BY role_name) AS n, count(*) OVER (PARTITION BY team_id) AS size
                FROM rapport_team.member m JOIN rapport_team.team t ON t.id = m.team_id WHERE t.name LIKE $1),
            e AS (
                SELECT gen_random_uuid() AS id, a.team_id, a.role_name AS giver, b.role_name AS receiver, week
                FROM m a JOIN m b ON a.team_id = b.team_id AND b.n = a.n % a.size + 1, generate_series(1, $2::int * 52) AS week),
            inserted AS (
                INSERT INTO rapport_team.exchange (team_id, id, proposer, giver, receiver, minutes, what, occurred_on, created_at)
                SELECT team_id, id, giver, giver, receiver, 15 + week % 90, 'weekly help', current_date - week * 7, now() - week * interval '7 days'
                FROM e RETURNING team_id, id, giver, receiver, created_at)
            INSERT INTO rapport_team.confirmation (team_id, exchange_id, role_name, confirmed_at)
                SELECT team_id, id, giver, created_at FROM inserted UNION ALL SELECT team_id, id, receiver, created_at FROM inserted
            """, ["\(prefix)-%", String(years)])
        let exchanges = try admin.execute("SELECT count(*) FROM rapport_team.exchange e JOIN rapport_team.team t ON t.id = e.team_id WHERE t.name LIKE $1", ["\(prefix)-%"]).rows[0][0] ?? "?"
        print(String(format: "Team load: %d teams of %d members, %@ exchanges, made in %.0f s.", teams, membersPerTeam, exchanges, Date().timeIntervalSince(started)))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-team-load-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // One member from each of 50 teams, each with a cache of their own.
        var syncers: [(cache: String, conninfo: String)] = []
        for index in 0..<syncing {
            let (team, invitation) = members[index * membersPerTeam]
            let path = folder.appendingPathComponent("\(index).team.sqlite").path
            let cache = try TeamCache(path: path)
            let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team]).rows[0][0]!
            try cache.join(teamID: id, name: team, myRole: invitation.role, weeklyBudgetMinutes: 120)
            syncers.append((path, invitation.conninfo + " password=\(invitation.password)"))
        }
        let syncTimes = Mutex<[Double]>([]), firstSyncTimes = Mutex<[Double]>([]), failures = Mutex<[String]>([])
        let peakConnections = Mutex(0)
        let done = DispatchGroup()
        for syncer in syncers {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    let cache = try TeamCache(path: syncer.cache)
                    // The first sync fetches the team whole; the next ones, what is new.
                    for round in 0..<4 {
                        let start = DispatchTime.now().uptimeNanoseconds
                        try cache.sync(syncer.conninfo)
                        let synced = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                        if round == 0 { firstSyncTimes.withLock { $0.append(synced) } } else { syncTimes.withLock { $0.append(synced) } }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        // The server's connections while they sync.
        let monitor = try PGConnection(conninfo)
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if let count = Int(try monitor.execute("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'").rows[0][0] ?? "") {
                peakConnections.withLock { $0 = max($0, count) }
            }
        }
        let fails = failures.withLock { $0 }
        if !fails.isEmpty { print("  \(fails.count) syncs failed, first: \(fails[0])") }
        func percentiles(_ values: [Double]) -> String {
            let sorted = values.sorted()
            guard !sorted.isEmpty else { return "–" }
            return String(format: "p50 %.1f ms, p99 %.1f ms", sorted[sorted.count / 2], sorted[min(sorted.count - 1, sorted.count * 99 / 100)])
        }
        let rowsPerTeam = (Int(exchanges) ?? 0) / teams
        print("  \(syncing) members of different teams syncing at once (about \(rowsPerTeam) exchanges a team, fetched whole):")
        print("  first sync, the team whole: " + percentiles(firstSyncTimes.withLock { $0 }))
        print("  later syncs, what is new:   " + percentiles(syncTimes.withLock { $0 }))
        // One member's sync with nothing else running.
        var alone: [Double] = []
        for _ in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            try TeamCache(path: syncers[0].cache).sync(syncers[0].conninfo)
            alone.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print("  one member's sync alone:    " + percentiles(alone))
        // The board on one member's machine, alone: its cache read and the board worked out.
        var boardTimes: [Double] = []
        let cache = try TeamCache(path: syncers[0].cache)
        for _ in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            let rows = try cache.rows()
            _ = TeamFlag.all(rows, now: Date())
            _ = TeamBalance.of(rows)
            boardTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print("  board, from the local cache: " + percentiles(boardTimes))
        print("  the server's client connections at the peak: \(peakConnections.withLock { $0 })")
        print("  an idle connection costs the server: " + idleBackendCost(monitor))
    }

    /// The proportional memory (PSS) of idle client backends, read from /proc when the server
    /// runs on this machine.
    static func idleBackendCost(_ connection: PGConnection) -> String {
        // Fresh connections that ran one query each, as a member's idle dashboard holds.
        let idle = (0..<5).compactMap { _ in try? PGConnection("host=\(connection.host) port=\(connection.port) user=\(connection.user) dbname=postgres") }
        let pids = idle.compactMap { try? $0.execute("SELECT pg_backend_pid()::text").rows[0][0] }
        guard !pids.isEmpty else { return "unknown" }
        let kilobytes = pids.compactMap { pid -> Int? in
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Pss:") }) else { return nil }
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        guard !kilobytes.isEmpty else { return "unknown (the server is not on this machine, or /proc is closed to us)" }
        return String(format: "%.1f MB PSS each (%d idle backends)", Double(kilobytes.reduce(0, +)) / Double(kilobytes.count) / 1024, kilobytes.count)
    }
}

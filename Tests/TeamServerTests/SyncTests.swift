import Foundation
import PeerNetwork
import Testing
@testable import TeamServer
@testable import TeamStore

/// Members' caches syncing with a real server: writes wait in the outbox while it is away, a
/// replay cut short adds nothing twice, and the balances equal a recount from the confirmations.
@Suite(.serialized) struct SyncTests {
    let now = Date()

    struct Device {
        var cache: TeamCache
        var conninfo: String
        var role: String
        func sync() throws { try cache.sync(conninfo) }
    }

    func device(_ member: TestServer.Member, admin: PGConnection, team: String, folder: URL) throws -> Device {
        let cache = try TeamCache(path: folder.appendingPathComponent("\(UUID().uuidString).team.sqlite").path)
        let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team]).rows[0][0]!
        try cache.join(teamID: id, name: team, myRole: member.role, weeklyBudgetMinutes: 120)
        let conninfo = member.invitation.conninfo + " password=\(member.invitation.password)"
        try cache.sync(conninfo)
        return Device(cache: cache, conninfo: conninfo, role: member.role)
    }

    /// A team of `names`, each member with a device synced once, in `folder` (removed by the caller).
    func team(_ admin: PGConnection, _ names: [String]) throws -> (name: String, members: [String: TestServer.Member], devices: [String: Device], folder: URL) {
        let team = try TestServer.team(admin, members: names)
        let dir = try folder()
        var devices: [String: Device] = [:]
        for name in names { devices[name] = try device(team.members[name]!, admin: admin, team: team.name, folder: dir) }
        return (team.name, team.members, devices, dir)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theCacheIsPrivateAndNeverOpenedThroughALink() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.team.sqlite").path
        _ = try TeamCache(path: path)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let target = dir.appendingPathComponent("elsewhere").path
        #expect(FileManager.default.createFile(atPath: target, contents: Data()))
        let linked = dir.appendingPathComponent("b.team.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: target)
        #expect(throws: (any Error).self) { _ = try TeamCache(path: linked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("elsewhere") } == ["elsewhere"], "nothing written through the link")
        // Opened up by hand, it is private again the next time it opens, while another
        // connection in this process has it open.
        let open = try TeamCache(path: path)
        chmod(path, 0o644)
        _ = try TeamCache(path: path)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        _ = open
    }

    @Test func anExchangeCountsOnceBothSidesConfirm() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let ana = team.devices["Ana"]!
        let ben = team.devices["Ben"]!
        let exchange = try ben.cache.record(.exchange(with: ana.role, gave: true, minutes: 45, what: "deck review", on: now), now: now)
        try ben.sync()
        try ana.sync()
        #expect(try ana.cache.rows().counted.isEmpty, "proposed, not yet confirmed")
        try ana.cache.record(.confirm(exchange: exchange), now: now)
        try ana.sync()
        try ben.sync()
        let balances = TeamBalance.of(try ben.cache.rows())
        #expect(balances.map(\.member.name) == ["Ana", "Ben"], "sorted by name")
        #expect(balances[0].receivedMinutes == 45 && balances[1].givenMinutes == 45 && balances[1].givenCount == 1)
    }

    @Test func aCorrectionIsANewExchangeThatCountsInsteadOnceBothConfirmIt() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let ana = team.devices["Ana"]!, ben = team.devices["Ben"]!
        let first = try ben.cache.record(.exchange(with: ana.role, gave: true, minutes: 30, what: "review", on: now), now: now)
        try ben.sync()
        try ana.sync()
        try ana.cache.record(.confirm(exchange: first), now: now)
        try ana.sync()
        let fixed = try ben.cache.record(.exchange(with: ana.role, gave: true, minutes: 45, what: "review, in fact 45m", on: now, corrects: first), now: now)
        try ben.sync()
        try ana.sync()
        #expect(TeamBalance.of(try ana.cache.rows()).first { $0.member.name == "Ben" }?.givenMinutes == 30, "until both confirm, the first counts")
        try ana.cache.record(.confirm(exchange: fixed), now: now)
        try ana.sync()
        let rows = try ana.cache.rows()
        #expect(TeamBalance.of(rows).first { $0.member.name == "Ben" }?.givenMinutes == 45)
        #expect(rows.exchanges.count == 2, "the corrected exchange is still there: history is never rewritten")
    }

    @Test func offlineWritesWaitAndAReplayCutShortAddsNothingTwice() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        var ana = team.devices["Ana"]!
        let live = ana.conninfo
        // The server is away: a port nothing listens on.
        ana.conninfo = "host=127.0.0.1 port=1 connect_timeout=2 user=\(ana.role)"
        try ana.cache.record(.ask(what: "a review", due: now.addingTimeInterval(86_400 * 3), doneMeans: "comments"), now: now)
        try ana.cache.record(.norm(what: "ask first", reviewOn: now.addingTimeInterval(86_400 * 30)), now: now)
        #expect(throws: TeamFailure.self) { try ana.sync() }
        #expect(try ana.cache.pendingCount() == 2)
        #expect(try ana.cache.rows().asks.count == 1, "the board shows the write at once, offline too")
        // Back, and killed after the server took the first row but before the outbox forgot it:
        // the same INSERT runs twice.
        ana.conninfo = live
        let server = try PGConnection(live)
        let first = try ana.cache.queue.read { db in try String.fetchAll(db, sql: "SELECT sql FROM outbox ORDER BY seq") }[0]
        let parameters = try ana.cache.queue.read { db in try String.fetchAll(db, sql: "SELECT parameters FROM outbox ORDER BY seq") }[0]
        try server.execute(first, try JSONDecoder().decode([String?].self, from: Data(parameters.utf8)))
        try ana.sync()
        #expect(try ana.cache.pendingCount() == 0)
        let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team.name]).rows[0][0]!
        #expect(try admin.execute("SELECT count(*) FROM rapport_team.ask WHERE team_id = $1", [id]).rows[0][0] == "1")
        #expect(try admin.execute("SELECT count(*) FROM rapport_team.norm WHERE team_id = $1", [id]).rows[0][0] == "1")
    }

    @Test func twoDevicesOfOneMemberNeitherLoseNorDouble() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let laptop = team.devices["Ana"]!
        // A second device of Ana's: a cache of its own, the same role.
        let phone = try device(team.members["Ana"]!, admin: admin, team: team.name, folder: team.folder)
        let ben = team.members["Ben"]!.role
        for index in 0..<5 {
            try laptop.cache.record(.exchange(with: ben, gave: true, minutes: 10 + index, what: "laptop \(index)", on: now), now: now)
            try phone.cache.record(.exchange(with: ben, gave: false, minutes: 20 + index, what: "phone \(index)", on: now), now: now)
        }
        try laptop.sync()
        try phone.sync()
        try laptop.sync()
        #expect(try laptop.cache.rows().exchanges.count == 10)
        #expect(try laptop.cache.rows() == (try phone.cache.rows()))
    }

    @Test func theServerRefusesWhatTheRulesForbidAndTheSyncSaysSo() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben", "Eve"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let ana = team.devices["Ana"]!
        let eve = team.devices["Eve"]!
        let exchange = try ana.cache.record(.exchange(with: team.members["Ben"]!.role, gave: true, minutes: 30, what: "x", on: now), now: now)
        try ana.sync()
        // Eve is not part of it; her client is tampered with to try anyway.
        try eve.cache.record(.confirm(exchange: exchange), now: now)
        let report = try eve.cache.sync(eve.conninfo)
        #expect(report.refused.count == 1)
        #expect(try eve.cache.pendingCount() == 0, "a refusal is reported, not retried forever")
        #expect(try eve.cache.rows().exchanges.first?.confirmedBy == [ana.role], "the fetch shows what the server holds")
    }

    @Test func eachSyncFetchesWhatIsNewIncludingRowsThatCommittedLate() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let ana = team.devices["Ana"]!
        let ben = team.devices["Ben"]!
        try ben.cache.record(.ask(what: "a review", due: now.addingTimeInterval(86_400), doneMeans: "comments"), now: now)
        try ben.sync()
        try ana.sync()
        #expect(try ana.cache.rows().asks.map(\.what) == ["a review"])
        // A row stamped before Ana's last fetch, as a transaction that began earlier and
        // committed after it would be.
        let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team.name]).rows[0][0]!
        try admin.execute("""
            INSERT INTO rapport_team.thanks (team_id, id, author, recipient, what, created_at) VALUES ($1, gen_random_uuid(), $2, $3, 'late', now() - interval '20 seconds')
            """, [id, ben.role, ana.role])
        try ana.sync()
        #expect(try ana.cache.rows().thanks.map(\.what) == ["late"])
        #expect(try ana.cache.rows().asks.count == 1, "an incremental fetch keeps what it fetched before")
    }

    /// A write tells every listener to refetch, and says nothing more: channels cross teams.
    @Test func aWriteNotifiesListenersWithAPayloadThatSaysOnlyRefetch() throws {
        guard let admin = try TestServer.admin() else { return }
        let ours = try TestServer.team(admin, members: ["Ana", "Ben"])
        let theirs = try TestServer.team(admin, members: ["Cy"])
        let ana = ours.members["Ana"]!.connection, cy = theirs.members["Cy"]!.connection
        try ana.execute("LISTEN rapport_team")
        try cy.execute("LISTEN rapport_team")
        let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [ours.name]).rows[0][0]!
        try ours.members["Ben"]!.connection.execute(
            "INSERT INTO rapport_team.ask (team_id, id, what, due, done_means) VALUES ($1, gen_random_uuid(), 'secret plan', '2027-01-01', 'x')", [id])
        var heard: [String] = []
        for _ in 0..<20 where heard.isEmpty { heard = try ana.notifications(waiting: 0.25) }
        #expect(heard.contains("refetch"))
        var overheard: [String] = []
        for _ in 0..<20 where overheard.isEmpty { overheard = try cy.notifications(waiting: 0.25) }
        #expect(Set(overheard).isSubset(of: ["refetch"]), "another team hears that something changed, never what")
    }

    /// Balances equal a recount from the server's confirmations, for random histories.
    @Test func balancesEqualARecountFromTheConfirmations() throws {
        guard let admin = try TestServer.admin() else { return }
        let team = try team(admin, ["Ana", "Ben", "Cy"])
        defer { try? FileManager.default.removeItem(at: team.folder) }
        let devices = ["Ana", "Ben", "Cy"].map { team.devices[$0]! }
        var generator = SystemRandomNumberGenerator()
        for index in 0..<30 {
            let from = devices.randomElement(using: &generator)!
            let to = devices.filter { $0.role != from.role }.randomElement(using: &generator)!
            let id = try from.cache.record(.exchange(with: to.role, gave: Bool.random(using: &generator), minutes: Int.random(in: 5...120, using: &generator), what: "e\(index)", on: now), now: now)
            try from.sync()
            if Bool.random(using: &generator) {
                try to.sync()
                try to.cache.record(.confirm(exchange: id), now: now)
                try to.sync()
            }
        }
        try devices[0].sync()
        let id = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team.name]).rows[0][0]!
        for balance in TeamBalance.of(try devices[0].cache.rows()) {
            let given = try admin.execute(
                "SELECT coalesce(sum(minutes), 0)::text FROM rapport_team.confirmed_exchange WHERE team_id = $1 AND giver = $2", [id, balance.member.role]).rows[0][0]
            let received = try admin.execute(
                "SELECT coalesce(sum(minutes), 0)::text FROM rapport_team.confirmed_exchange WHERE team_id = $1 AND receiver = $2", [id, balance.member.role]).rows[0][0]
            #expect(String(balance.givenMinutes) == given && String(balance.receivedMinutes) == received, "\(balance.member.name)")
        }
    }
}

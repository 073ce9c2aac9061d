import Foundation
import Testing
@testable import TeamServer

/// Members connected as themselves try to cheat. Every attempt must fail on the server, and
/// leave no row behind.
@Suite(.serialized) struct AttackTests {
    static let readable = [
        "team", "membership", "member", "ask", "ask_closed", "offer", "exchange", "confirmation", "thanks", "norm", "confirmed_exchange",
    ]

    /// Two teams: Alice and Bob in one, Carol in the other, each with a row in every table.
    func twoTeams(_ admin: PGConnection) throws -> (ours: (name: String, members: [String: TestServer.Member]), theirs: (name: String, members: [String: TestServer.Member])) {
        let ours = try TestServer.team(admin, members: ["Alice", "Bob"])
        let theirs = try TestServer.team(admin, members: ["Carol", "Dan"])
        for team in [ours, theirs] {
            let sorted = team.members.values.sorted { $0.invitation.role < $1.invitation.role }
            try Self.fill(team: try teamID(admin, team.name), by: sorted[0], with: sorted[1])
        }
        return (ours, theirs)
    }

    func teamID(_ admin: PGConnection, _ name: String) throws -> String {
        try admin.execute("SELECT id FROM rapport_team.team WHERE name = $1", [name]).rows[0][0]!
    }

    /// One row of each kind, written the way a member's client writes them.
    static func fill(team: String, by member: TestServer.Member, with other: TestServer.Member) throws {
        let db = member.connection
        let ask = UUID().uuidString, exchange = UUID().uuidString
        try db.execute("INSERT INTO rapport_team.ask (team_id, id, what, due, done_means) VALUES ($1, $2, 'a review', '2026-12-20', 'comments in the doc')", [team, ask])
        try db.execute("INSERT INTO rapport_team.offer (team_id, id, what, for_ask) VALUES ($1, $2, 'an hour', $3)", [team, UUID().uuidString, ask])
        try db.execute("""
            INSERT INTO rapport_team.exchange (team_id, id, giver, receiver, minutes, what, occurred_on) VALUES ($1, $2, $3, $4, 30, 'pairing', '2026-12-01')
            """, [team, exchange, member.role, other.role])
        try db.execute("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [team, exchange])
        try other.connection.execute("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [team, exchange])
        try db.execute("INSERT INTO rapport_team.thanks (team_id, id, recipient, what) VALUES ($1, $2, $3, 'thank you')", [team, UUID().uuidString, other.role])
        try db.execute("INSERT INTO rapport_team.norm (team_id, id, what, review_on) VALUES ($1, $2, 'ask first', '2027-03-01')", [team, UUID().uuidString])
        try db.execute("INSERT INTO rapport_team.ask_closed (team_id, ask_id, note) VALUES ($1, $2, 'done')", [team, ask])
    }

    /// Every table's row count, as the administrator sees it: what an attack must leave alone.
    /// Other suites write other teams meanwhile, so these are the test's own teams' rows.
    func counts(_ admin: PGConnection, _ teams: String...) throws -> [String: String] {
        var counts: [String: String] = [:]
        let names = "{" + teams.joined(separator: ",") + "}"
        for table in Self.readable {
            let column = table == "team" ? "id" : "team_id"
            counts[table] = try admin.execute(
                "SELECT count(*) FROM rapport_team.\(table) WHERE \(column) IN (SELECT id FROM rapport_team.team WHERE name = ANY($1::text[]))", [names]
            ).rows[0][0]
        }
        return counts
    }

    func refused(_ connection: PGConnection, _ sql: String, _ parameters: [String?] = [], _ comment: Comment) {
        #expect(throws: PGConnection.Failure.self, comment) { try connection.execute(sql, parameters) }
    }

    @Test func aMemberSeesOnlyTheirOwnTeamInEveryTableAndView() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, theirs) = try twoTeams(admin)
        let carol = theirs.members["Carol"]!.connection
        let ourID = try teamID(admin, ours.name), theirID = try teamID(admin, theirs.name)
        for table in Self.readable {
            let column = table == "team" ? "id" : "team_id"
            let seen = try carol.execute("SELECT DISTINCT \(column)::text FROM rapport_team.\(table)").rows.compactMap { $0[0] }
            #expect(!seen.contains(ourID), "Carol reads another team's rows in \(table)")
            if !["membership", "team"].contains(table) { #expect(seen == [theirID], "Carol should read her own team's \(table)") }
        }
        // Membership shows each member their own row only.
        #expect(try carol.execute("SELECT role_name FROM rapport_team.membership").rows.map { $0[0] } == [theirs.members["Carol"]!.role])
    }

    @Test func nobodyWritesIntoAnotherTeamOrAsSomeoneElse() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, theirs) = try twoTeams(admin)
        let before = try counts(admin, ours.name, theirs.name)
        let carol = theirs.members["Carol"]!, alice = ours.members["Alice"]!, bob = ours.members["Bob"]!
        let ourID = try teamID(admin, ours.name)
        refused(carol.connection, "INSERT INTO rapport_team.ask (team_id, id, what, due, done_means) VALUES ($1, $2, 'x', '2026-12-20', 'y')",
                [ourID, UUID().uuidString], "inserting into another team")
        refused(carol.connection, "INSERT INTO rapport_team.exchange (team_id, id, giver, receiver, minutes, what, occurred_on) VALUES ($1, $2, $3, $4, 30, 'x', '2026-12-01')",
                [ourID, UUID().uuidString, alice.role, bob.role], "proposing an exchange between two members of another team")
        refused(alice.connection, "INSERT INTO rapport_team.ask (team_id, id, author, what, due, done_means) VALUES ($1, $2, $3, 'x', '2026-12-20', 'y')",
                [ourID, UUID().uuidString, bob.role], "posting as someone else")
        refused(alice.connection, "INSERT INTO rapport_team.ask (team_id, id, what, due, done_means, created_at) VALUES ($1, $2, 'x', '2026-12-20', 'y', '2020-01-01')",
                [ourID, UUID().uuidString], "back-dating a row")
        refused(alice.connection, "INSERT INTO rapport_team.member (team_id, role_name, display_name) VALUES ($1, $2, 'Mallory')",
                [ourID, carol.role], "adding a member")
        refused(alice.connection, "INSERT INTO rapport_team.thanks (team_id, id, recipient, what) VALUES ($1, $2, $3, 'x')",
                [ourID, UUID().uuidString, carol.role], "thanking someone outside the team")
        #expect(try counts(admin, ours.name, theirs.name) == before, "a refused write left a row")
    }

    @Test func eachSideConfirmsOnlyItsOwnSide() throws {
        guard let admin = try TestServer.admin() else { return }
        let ours = try TestServer.team(admin, members: ["Alice", "Bob", "Eve"])
        let ourID = try teamID(admin, ours.name)
        let alice = ours.members["Alice"]!, bob = ours.members["Bob"]!, eve = ours.members["Eve"]!
        let exchange = UUID().uuidString
        try alice.connection.execute("""
            INSERT INTO rapport_team.exchange (team_id, id, giver, receiver, minutes, what, occurred_on) VALUES ($1, $2, $3, $4, 45, 'review', '2026-12-02')
            """, [ourID, exchange, alice.role, bob.role])
        try alice.connection.execute("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [ourID, exchange])
        let before = try counts(admin, ours.name)
        refused(alice.connection, "INSERT INTO rapport_team.confirmation (team_id, exchange_id, role_name) VALUES ($1, $2, $3)",
                [ourID, exchange, bob.role], "confirming the other side")
        refused(eve.connection, "INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)",
                [ourID, exchange], "confirming an exchange one is not part of")
        refused(eve.connection, "INSERT INTO rapport_team.exchange (team_id, id, giver, receiver, minutes, what, occurred_on) VALUES ($1, $2, $3, $4, 30, 'x', '2026-12-01')",
                [ourID, UUID().uuidString, alice.role, bob.role], "proposing an exchange between two others")
        #expect(try counts(admin, ours.name) == before)
        #expect(try alice.connection.execute("SELECT id FROM rapport_team.confirmed_exchange").rows.isEmpty, "one side is not both")
        try bob.connection.execute("INSERT INTO rapport_team.confirmation (team_id, exchange_id) VALUES ($1, $2)", [ourID, exchange])
        #expect(try alice.connection.execute("SELECT id::text FROM rapport_team.confirmed_exchange").rows.map { $0[0] } == [exchange.lowercased()])
    }

    @Test func historyIsNeverRewrittenOrDeleted() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, theirs) = try twoTeams(admin)
        let before = try counts(admin, ours.name, theirs.name)
        let alice = ours.members["Alice"]!.connection
        for table in ["exchange", "confirmation", "ask", "offer", "thanks", "norm", "ask_closed", "member", "membership", "team"] {
            refused(alice, "UPDATE rapport_team.\(table) SET team_id = team_id", [], "updating \(table)")
            refused(alice, "DELETE FROM rapport_team.\(table)", [], "deleting from \(table)")
        }
        refused(alice, "TRUNCATE rapport_team.exchange", [], "truncating")
        #expect(try counts(admin, ours.name, theirs.name) == before)
    }

    @Test func theRulesCannotBeSwitchedOff() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, theirs) = try twoTeams(admin)
        let alice = ours.members["Alice"]!.connection
        refused(alice, "SET ROLE \(theirs.members["Carol"]!.role)", [], "becoming another member")
        refused(alice, "SET ROLE rapport_admin", [], "becoming the administrator")
        refused(alice, "ALTER TABLE rapport_team.exchange DISABLE ROW LEVEL SECURITY", [], "disabling row-level security")
        refused(alice, "ALTER TABLE rapport_team.exchange NO FORCE ROW LEVEL SECURITY", [], "unforcing row-level security")
        refused(alice, "DROP POLICY read_my_teams ON rapport_team.exchange", [], "dropping a policy")
        refused(alice, "CREATE TABLE rapport_team.mine (x int)", [], "creating a table in the team schema")
        // With row_security off, a query that policies would filter is an error, never a bypass.
        try alice.execute("SET row_security = off")
        refused(alice, "SELECT * FROM rapport_team.exchange", [], "reading with row security off")
        try alice.execute("RESET row_security")
        // The member group itself is in no team: as it, nothing is visible.
        try alice.execute("SET ROLE rapport_member")
        #expect(try alice.execute("SELECT * FROM rapport_team.exchange").rows.isEmpty)
        try alice.execute("RESET ROLE")
    }

    @Test func aRunawayQueryIsStopped() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, _) = try twoTeams(admin)
        let alice = ours.members["Alice"]!.connection
        #expect(try alice.execute("SHOW statement_timeout").rows[0][0] == "1s")
        #expect(throws: PGConnection.Failure.self) { try alice.execute("SELECT count(*) FROM generate_series(1, 1000000000)") }
    }

    @Test func noTeamTableHasAColumnForPrivateFields() throws {
        guard let admin = try TestServer.admin() else { return }
        _ = try TestServer.team(admin, members: ["Alice"])
        let columns = try admin.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'rapport_team'").rows.compactMap { $0[0] }
        for private_ in ["rating", "vital", "frequency", "quality", "trust", "stance", "notes", "agenda", "motivators", "demotivators", "valued", "values"] {
            #expect(!columns.contains { $0.contains(private_) }, "a team column holds \(private_)")
        }
    }

    @Test func aValueWithANulIsRefusedNotCut() throws {
        guard let admin = try TestServer.admin() else { return }
        let (ours, _) = try twoTeams(admin)
        let alice = ours.members["Alice"]!.connection
        #expect(throws: PGConnection.Failure.self) {
            try alice.execute("INSERT INTO rapport_team.norm (team_id, id, what, review_on) VALUES ($1, $2, $3, '2027-01-01')",
                              [try teamID(admin, ours.name), UUID().uuidString, "before\0after"])
        }
    }

    @Test func initTwiceMakesASecondTeamOnTheSameSchema() throws {
        guard let admin = try TestServer.admin() else { return }
        let first = try TestServer.team(admin, members: ["Alice"])
        let second = try TestServer.team(admin, members: ["Bob"])
        #expect(first.name != second.name)
        #expect(throws: PGConnection.Failure.self) { try TeamAdmin(admin).initialize(team: first.name) }
        #expect(try admin.execute("SELECT version FROM rapport_team.schema_version").rows.map { $0[0] } == ["1"])
    }
}

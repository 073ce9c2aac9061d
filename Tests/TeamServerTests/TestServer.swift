import Foundation
import Testing
@testable import TeamServer

/// The PostgreSQL the team tests run against: `RAPPORT_TEST_PG`, an administrator's connection
/// (`.ci/run` starts a throwaway cluster with Scripts/pg-test-cluster and sets it). Without it
/// the tests say loudly that they were skipped; with CI=true, they fail.
enum TestServer {
    static func admin() throws -> PGConnection? {
        guard let conninfo = ProcessInfo.processInfo.environment["RAPPORT_TEST_PG"] else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("RAPPORT_TEST_PG is not set: CI must run the team tests against PostgreSQL (.ci/run starts one)")
            } else {
                print("⚠️  SKIPPED: team tests need PostgreSQL. Run: eval \"$(Scripts/pg-test-cluster start)\" before swift test")
            }
            return nil
        }
        return try PGConnection(conninfo)
    }

    /// A team with a name no other test uses, and its members connected as themselves.
    static func team(_ admin: PGConnection, members names: [String]) throws -> (name: String, members: [String: Member]) {
        let name = "team-" + TeamAdmin.randomHex(4)
        let admin = TeamAdmin(admin)
        try admin.initialize(team: name)
        var members: [String: Member] = [:]
        for member in names {
            let invitation = try admin.invite(member, team: name, statementTimeout: "1s")
            members[member] = Member(invitation: invitation, connection: try PGConnection(invitation.conninfo + " password=\(invitation.password)"))
        }
        return (name, members)
    }

    struct Member {
        var invitation: TeamInvitation
        var connection: PGConnection
        var role: String { invitation.role }
    }
}

import Foundation
import Testing
@testable import TeamServer
@testable import TeamStore

/// The server goes away and comes back, on a cluster of the test's own (the shared one stays
/// up for the other suites): writes wait, and nothing is lost or doubled.
@Suite struct ServerFaultTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scripts/pg-test-cluster").path

    /// Runs the cluster script through a shell with posix_spawn and waitpid: Foundation's
    /// Process did not notice it end here once the server it started was running.
    @discardableResult
    static func cluster(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pg-test-cluster-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let command = ([script] + arguments).map { "'\($0)'" }.joined(separator: " ") + " > '\(output)' 2>/dev/null"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { throw TeamFailure("cannot run \(script)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw TeamFailure("pg-test-cluster \(arguments.joined(separator: " ")) failed") }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    @Test func writesWaitWhileTheServerIsDownAndGoInOnceWhenItIsBack() throws {
        // Only where the shared cluster runs too: the same PostgreSQL makes this one.
        guard try TestServer.admin() != nil else { return }
        let started = try Self.cluster(["start"])
        func value(_ name: String) -> String {
            started.split(separator: "\n").first { $0.contains("export \(name)=") }
                .map { String($0.split(separator: "=", maxSplits: 1)[1].dropFirst().dropLast()) } ?? ""
        }
        let conninfo = value("RAPPORT_TEST_PG"), folder = value("RAPPORT_TEST_PG_DIR")
        defer { _ = try? Self.cluster(["stop", folder]) }
        let admin = try PGConnection(conninfo)
        let team = try TestServer.team(admin, members: ["Ana", "Ben"])
        let ana = team.members["Ana"]!
        let cachePath = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-fault-\(UUID().uuidString).team.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: cachePath) }
        let cache = try TeamCache(path: cachePath)
        let teamID = try admin.execute("SELECT id::text FROM rapport_team.team WHERE name = $1", [team.name]).rows[0][0]!
        try cache.join(teamID: teamID, name: team.name, myRole: ana.role, weeklyBudgetMinutes: 120)
        let member = ana.invitation.conninfo + " password=\(ana.invitation.password)"
        try cache.sync(member)

        let now = Date()
        for index in 0..<3 { try cache.record(.exchange(with: team.members["Ben"]!.role, gave: true, minutes: 10 + index, what: "before \(index)", on: now), now: now) }
        try Self.cluster(["pause", folder])
        #expect(throws: TeamFailure.self) { try cache.sync(member) }
        #expect(try cache.pendingCount() == 6, "three exchanges and Ana's three confirmations wait")
        try cache.record(.thanks(to: team.members["Ben"]!.role, what: "while it was down"), now: now)
        try Self.cluster(["resume", folder])
        let report = try cache.sync(member)
        #expect(report.sent == 7 && report.refused.isEmpty)
        let fresh = try PGConnection(conninfo)
        #expect(try fresh.execute("SELECT count(*) FROM rapport_team.exchange WHERE team_id = $1", [teamID]).rows[0][0] == "3")
        #expect(try fresh.execute("SELECT count(*) FROM rapport_team.confirmation WHERE team_id = $1", [teamID]).rows[0][0] == "3")
        #expect(try fresh.execute("SELECT count(*) FROM rapport_team.thanks WHERE team_id = $1", [teamID]).rows[0][0] == "1")
        #expect(try cache.rows().exchanges.count == 3)
    }
}

import Foundation
import Testing

/// `team join` puts the password where libpq reads it. Here the member's `HOME` is not the
/// account's home, as under `sudo -E`, in a container or in a sandboxed session, and the server
/// asks for a password over TCP: a password written anywhere else fails the sync that follows.
@Suite struct TeamPasswordFileTests {
    @Test func theJoinedPasswordIsTheOneLibpqReads() throws {
        guard let admin = TeamTestServer.conninfo(for: "the password file test") else { return }
        let ana = RapportBinary()
        defer { ana.remove() }
        let home = ana.folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        // An empty PGPASSFILE is no file, for libpq as for Rapport.
        let environment = ["HOME": home.path, "PGPASSFILE": ""]
        func run(_ arguments: [String]) throws -> String {
            let result = try ana.run(arguments, environment: environment, useDatabase: false)
            #expect(result.status == 0, "rapport \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        let team = "pgpass-" + UUID().uuidString.prefix(8).lowercased()
        _ = try run(["team", "init", admin, "--team", team])
        let line = try #require(try run(["team", "invite", "Ana Lima", "--team", team, "--server", admin]).split(separator: "\n").last)
        let joined = try run(["team", "join", try overTCP(String(line)), "--db", ana.database])
        #expect(joined.contains("The password is in \(home.path)/.pgpass"), "\(joined)")
        #expect(try run(["team", "sync", "--db", ana.database]).contains("Synced"))
    }

    /// The invitation with the server's TCP address instead of its socket, where the test
    /// cluster asks for a password.
    private func overTCP(_ line: String) throws -> String {
        let body = String(line.dropFirst("rapport-team:".count)).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        let data = try #require(Data(base64Encoded: body))
        var fields = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        fields["host"] = "127.0.0.1"
        return "rapport-team:" + (try JSONSerialization.data(withJSONObject: fields)).base64EncodedString()
    }
}

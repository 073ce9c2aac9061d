import Foundation
import Testing

/// A join that cannot finish writes nothing: no database, no line in the password file.
@Suite struct TeamJoinRefusedTests {
    /// An invitation line as `rapport team invite` prints it.
    func invitation(host: String, port: String) throws -> String {
        let fields = ["team": "core", "role": "rapport_ana", "password": "secret", "database": "team", "host": host, "port": port]
        let body = try JSONSerialization.data(withJSONObject: fields).base64EncodedString()
        return "rapport-team:" + body.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    @Test func aServerThatRefusesLeavesNoDatabaseAndNoPassword() throws {
        let cli = RapportBinary()
        defer { try? FileManager.default.removeItem(at: cli.folder) }
        let pgpass = cli.folder.appendingPathComponent("pgpass").path
        // Port 1 on this machine: nothing listens, so the connection is refused at once.
        let refused = try cli.run(
            ["team", "join", try invitation(host: "127.0.0.1", port: "1"), "--db", cli.database], environment: ["PGPASSFILE": pgpass], useDatabase: false)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("127.0.0.1"), "the server's refusal: \(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1 && !refused.stderr.contains("␉"), "libpq's lines on one: \(refused.stderr)")
        #expect(try cli.files().isEmpty, "\(refused.stderr)")
    }

    @Test func aPasswordFileThatIsALinkIsRefusedFirst() throws {
        let cli = RapportBinary()
        defer { try? FileManager.default.removeItem(at: cli.folder) }
        let real = cli.folder.appendingPathComponent("real").path, pgpass = cli.folder.appendingPathComponent("pgpass").path
        try "other:5432:*:me:pw\n".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: pgpass, withDestinationPath: real)
        let before = try cli.files()
        let refused = try cli.run(
            ["team", "join", try invitation(host: "127.0.0.1", port: "1"), "--db", cli.database], environment: ["PGPASSFILE": pgpass], useDatabase: false)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is a symbolic link"), "\(refused.stderr)")
        #expect(try cli.files() == before)
    }
}

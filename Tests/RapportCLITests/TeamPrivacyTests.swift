import Foundation
import Testing

/// Privacy by construction: every private field of a member's network holds a marker, every
/// team command runs, and a dump of the whole server holds no marker. Needs RAPPORT_TEST_PG.
@Suite struct TeamPrivacyTests {
    @Test func noPrivateFieldReachesTheServer() throws {
        guard let admin = TeamTestServer.conninfo(for: "the team privacy test") else { return }
        let ana = RapportBinary(), ben = RapportBinary()
        defer { ana.remove(); ben.remove() }
        let environment = ["PGPASSFILE": ana.folder.appendingPathComponent("pgpass").path, "RAPPORT_NOW": "2026-12-06T12:00:00Z"]
        func run(_ binary: RapportBinary, _ arguments: [String], database: Bool = true) throws -> String {
            let result = try binary.run(arguments + (database ? ["--db", binary.database] : []), environment: environment, useDatabase: false)
            #expect(result.status == 0, "rapport \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        // A personal network full of markers.
        let fields = ["role", "team", "email", "agenda", "motivators", "demotivators", "values", "notes"]
        var add = ["add", "Dana MARKER-name", "--tag", "marker-tag", "--stance", "ally", "--vital", "5", "--trust", "4"]
        for field in fields { add += ["--\(field)", "MARKER-\(field)"] }
        _ = try run(ana, add)
        _ = try run(ana, ["log", "dana gave 30m MARKER-interaction"])
        _ = try run(ana, ["need", "add", "dana", "MARKER-need", "--by", "friday"])

        let team = "privacy-" + UUID().uuidString.prefix(8).lowercased()
        _ = try run(ana, ["team", "init", admin, "--team", team], database: false)
        let anaLine = try run(ana, ["team", "invite", "Ana", "--team", team, "--server", admin], database: false).split(separator: "\n").last.map(String.init) ?? ""
        let benLine = try run(ana, ["team", "invite", "Ben", "--team", team, "--server", admin], database: false).split(separator: "\n").last.map(String.init) ?? ""
        let joined = try run(ana, ["team", "join", anaLine])
        #expect(joined.contains("Your weekly help budget is the team's: 2h"), "\(joined)")
        _ = try run(ben, ["team", "join", benLine])
        _ = try run(ana, ["team", "ask", "Review the deck", "--by", "friday", "--done-means", "comments in the doc"])
        _ = try run(ben, ["team", "sync"])
        let board = try JSONSerialization.jsonObject(with: Data(try run(ben, ["team", "board", "--json"]).utf8)) as? [String: Any]
        let ask = ((board?["asks"] as? [[String: Any]])?.first?["id"] as? String ?? "").prefix(8)
        _ = try run(ben, ["team", "offer", "Thursday works", "--for", String(ask)])
        _ = try run(ben, ["team", "exchange", "Ana", "gave", "45m", "reviewed the deck"])
        _ = try run(ana, ["team", "sync"])
        let waiting = try JSONSerialization.jsonObject(with: Data(try run(ana, ["team", "board", "--json"]).utf8)) as? [String: Any]
        let exchange = (waiting?["awaitingYourConfirmation"] as? [String])?.first?.prefix(8) ?? ""
        _ = try run(ana, ["team", "confirm", String(exchange)])
        _ = try run(ana, ["team", "thanks", "Ben", "the review"])
        _ = try run(ana, ["team", "charter", "add", "Ask first", "--review", "3w"])
        _ = try run(ana, ["team", "close", String(ask), "done"])
        for read in [["team", "board"], ["team", "balance"], ["team", "round"], ["team", "members"], ["team", "charter"], ["team", "balance", "--json"]] {
            _ = try run(ana, read)
        }
        _ = try run(ben, ["team", "sync"])
        // Three weeks on, the review brings the norm up.
        let later = try ana.run(["review", "--db", ana.database], environment: environment.merging(["RAPPORT_NOW": "2027-01-10T12:00:00Z"]) { $1 }, useDatabase: false)
        #expect(later.stdout.contains("Team charter") && later.stdout.contains("Ask first"), "\(later.stdout)")
        let balance = try run(ben, ["team", "balance"])
        #expect(balance.contains("Ben") && balance.contains("1 · 45m"), "\(balance)")

        _ = try run(ben, ["team", "exchange", "Ana", "gave", "50m", "reviewed the deck, in fact", "--corrects", String(exchange)])
        _ = try run(ana, ["team", "charter", "--json"])
        _ = try run(ben, ["team", "leave"])

        // The whole server, every schema, as its administrator sees it.
        let dump = Process()
        dump.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dump.arguments = ["pg_dump", "--enable-row-security", "--dbname", admin]
        let out = Pipe()
        dump.standardOutput = out
        try dump.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        dump.waitUntilExit()
        #expect(dump.terminationStatus == 0)
        #expect(text.contains("Review the deck"), "the dump holds what was published")
        #expect(!text.contains("MARKER"), "a private field reached the server")
        #expect(!text.contains("marker-tag"))
    }
}

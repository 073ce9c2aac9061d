import Foundation
import Testing

@Suite struct CLITests {
    let rapport = RapportBinary()

    @Test func addRateLogShowRoundTrip() throws {
        defer { rapport.remove() }
        let added = try rapport.run(["add", "Dana Whitfield", "--team", "Finance", "--tag", "exec", "--stance", "skeptic", "--vital", "5"])
        #expect(added.status == 0)
        #expect(added.stdout == "Added Dana Whitfield (#1)\n")
        #expect(try rapport.run(["rate", "dana", "--trust", "2", "--quality", "3"]).stdout == "Dana Whitfield: quality –→3, trust –→2\n")
        let logged = try rapport.run(["log", "dana", "gave", "info", "30m", "shared the Q3 churn numbers"])
        #expect(logged.status == 0)
        #expect(logged.stdout.hasPrefix("Logged #1: gave info · Dana Whitfield · 30m · today — shared the Q3 churn numbers"))

        let shown = try #require(try rapport.json(["show", "dana"]) as? [String: Any])
        #expect(shown["name"] as? String == "Dana Whitfield")
        #expect(shown["stance"] as? String == "skeptic")
        #expect(shown["tags"] as? [String] == ["exec"])
        let ratings = try #require(shown["ratings"] as? [String: Any])
        #expect(ratings["vital"] as? Int == 5)
        #expect(ratings["trust"] as? Int == 2)
        #expect(ratings["frequency"] is NSNull)
        let balance = try #require(shown["balance"] as? [String: Any])
        #expect(balance["given"] as? Int == 1)
        #expect(balance["givenMinutes"] as? Int == 30)
        let recent = try #require(shown["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "shared the Q3 churn numbers")
        #expect(recent.first?["kind"] as? String == "info")

        // The balance in words: one favour is no pattern yet; three one way are.
        #expect(try rapport.run(["show", "dana"]).stdout.contains("+1.00 by count, +1.00 by time (too few exchanges to tell)"))
        for note in ["a", "b"] { try rapport.run(["log", "dana", "gave", note]) }
        #expect(try rapport.run(["show", "dana"]).stdout.contains("+1.00 by count, +1.00 by time (one-way: you give)"))
        try rapport.run(["log", "dana", "got", "c"])
        try rapport.run(["log", "dana", "got", "d"])
        #expect(try rapport.run(["show", "dana"]).stdout.contains("(two-way)"))

        // Everyone an interaction was with is named, archived colleagues too.
        #expect(try rapport.run(["add", "Omar Haddad"]).status == 0)
        #expect(try rapport.run(["log", "dana", "omar", "received", "help", "budget review"]).status == 0)
        #expect(try rapport.run(["archive", "omar"]).status == 0)
        let shared = try #require((try rapport.json(["show", "dana"]) as? [String: Any])?["recentInteractions"] as? [[String: Any]])
        let names = (shared.first?["colleagues"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Dana Whitfield", "Omar Haddad"])
    }

    @Test func listJSONIsStableAndSorted() throws {
        defer { rapport.remove() }
        try rapport.run(["add", "Zoë Laurent", "--vital", "3"])
        try rapport.run(["add", "Ann Berg", "--vital", "5"])
        let byName = try #require(try rapport.json(["list"]) as? [[String: Any]])
        #expect(byName.map { $0["name"] as? String } == ["Ann Berg", "Zoë Laurent"])
        let keys = try rapport.run(["list", "--json"]).stdout
            .split(separator: "\n").filter { $0.hasPrefix("    \"") }.map { $0.split(separator: ":")[0].trimmingCharacters(in: .whitespaces) }
        #expect(Array(keys.prefix(12)) == ["\"id\"", "\"name\"", "\"role\"", "\"team\"", "\"organisation\"", "\"email\"", "\"tags\"", "\"stance\"", "\"archived\"", "\"ratings\"", "\"ratedAt\"", "\"lastContact\""])
        let byVital = try #require(try rapport.json(["list", "--sort", "vital"]) as? [[String: Any]])
        #expect(byVital.map { $0["name"] as? String } == ["Ann Berg", "Zoë Laurent"])
        let reversed = try #require(try rapport.json(["list", "--sort", "vital", "--reverse"]) as? [[String: Any]])
        #expect(reversed.map { $0["name"] as? String } == ["Zoë Laurent", "Ann Berg"])
    }

    @Test func ambiguousNameIsAnErrorListingCandidates() throws {
        defer { rapport.remove() }
        try rapport.run(["add", "Dana Whitfield"])
        try rapport.run(["add", "Daniel Okafor"])
        let result = try rapport.run(["log", "dan", "gave", "help"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'dan' matches 2 colleagues: Dana Whitfield, Daniel Okafor"))
        let rate = try rapport.run(["rate", "dan", "--vital", "3"])
        #expect(rate.status != 0)
        #expect(rate.stderr.contains("Dana Whitfield (#1), Daniel Okafor (#2)"))
        #expect(try rapport.run(["rate", "#2", "--vital", "3"]).status == 0)
        #expect(try rapport.run(["show", "Dana Whitfield"]).status == 0)
    }

    @Test(arguments: [
        (["rate", "dana", "--vital", "7"], "--vital must be 1 to 5, not 7"),
        (["log", "dana", "gave", "2026-13-01", "x"], "'2026-13-01' is not a date"),
        (["log", "dana", "gave", "lunch", "x"], "nothing"),
        (["log", "nobody", "gave"], "no colleague matches 'nobody'"),
        (["add", "Lee", "--stance", "frenemy"], "--stance 'frenemy' is not a stance"),
        (["budget", "lots"], "budget 'lots' is not a number of hours"),
        (["budget", "0x10"], "budget '0x10' is not a number of hours"),
        (["rate", "dana"], "give at least one of"),
        (["show", "quentin"], "no colleague matches 'quentin'"),
        (["list", "--sort", "height"], "height"),
    ])
    func badInputFailsCleanlyAndWritesNothing(arguments: [String], message: String) throws {
        defer { rapport.remove() }
        try rapport.run(["add", "Dana Whitfield", "--vital", "4"])
        let before = try rapport.run(["show", "dana", "--json"]).stdout
        let result = try rapport.run(arguments)
        if message == "nothing" {
            // "lunch" is not a kind, so it starts the note: this one is valid and is logged.
            #expect(result.status == 0)
            return
        }
        #expect(result.status != 0, "\(arguments)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try rapport.run(["show", "dana", "--json"]).stdout == before)
    }

    @Test func corruptDatabaseIsOneClearLine() throws {
        defer { rapport.remove() }
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: rapport.database))
        let result = try rapport.run(["list"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: \(rapport.database) is not a Rapport database (corrupt, or some other kind of file)\n")
    }

    @Test func unreadableDatabaseFolderIsAnError() throws {
        defer { rapport.remove() }
        let result = try rapport.run(["add", "Dana", "--db", "/proc/nope/rapport.sqlite"], useDatabase: false)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: cannot open /proc/nope/rapport.sqlite"))
    }

    @Test func databaseLocationFollowsTheEnvironment() throws {
        defer { rapport.remove() }
        let xdg = rapport.folder.appendingPathComponent("xdg").path
        try rapport.run(["add", "Dana"], environment: ["XDG_DATA_HOME": xdg], useDatabase: false)
        let file = xdg + "/rapport/rapport.sqlite"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let explicit = rapport.folder.appendingPathComponent("env.sqlite").path
        try rapport.run(["add", "Lee"], environment: ["RAPPORT_DB": explicit, "XDG_DATA_HOME": xdg], useDatabase: false)
        #expect(FileManager.default.fileExists(atPath: explicit))
        let listed = try rapport.run(["list", "--json"], environment: ["XDG_DATA_HOME": xdg], useDatabase: false)
        #expect(listed.stdout.contains("\"Dana\"") && !listed.stdout.contains("\"Lee\""))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        defer { rapport.remove() }
        // The carriage return is white space, so the stored name has a space there instead.
        try rapport.run(["add", "Evil\u{1B}]0;pwned\u{07}\rName\u{202E}\u{08}"])
        let listed = try rapport.run(["list"]).stdout
        #expect(!listed.contains("\u{1B}") && !listed.contains("\r") && !listed.contains("\u{202E}") && !listed.contains("\u{08}"))
        #expect(listed.contains("Evil␛]0;pwned␇ Name�␈"))
        let json = try rapport.run(["list", "--json"]).stdout
        #expect(json.contains(#"Evil\u001b]0;pwned\u0007 Name\u202e\u0008"#))
    }

    @Test func demoFillsOnlyAnEmptyDatabase() throws {
        defer { rapport.remove() }
        let filled = try rapport.run(["demo"])
        #expect(filled.status == 0)
        let list = try #require(try rapport.json(["list"]) as? [[String: Any]])
        #expect(list.count >= 20)
        #expect(Set(list.compactMap { $0["team"] as? String }).count >= 6)
        #expect(Set(list.compactMap { $0["stance"] as? String }) == ["sponsor", "ally", "neutral", "skeptic", "anti-sponsor", "unknown"])
        let again = try rapport.run(["demo"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already has colleagues"))
        let balance = try #require(try rapport.json(["balance"]) as? [String: Any])
        let oneWay = try #require(balance["oneWay"] as? [[String: Any]])
        let leanings = Set(oneWay.compactMap { ($0["balance"] as? [String: Any])?["leaning"] as? String })
        #expect(leanings == ["one-way-giving", "one-way-receiving"])
    }

    @Test func editArchiveAndBudget() throws {
        defer { rapport.remove() }
        try rapport.run(["add", "Dana", "--tag", "budget"])
        #expect(try rapport.run(["edit", "dana", "--name", "Dana Whitfield", "--role", "CFO", "--tag", "board", "--untag", "budget"]).status == 0)
        let shown = try #require(try rapport.json(["show", "dana"]) as? [String: Any])
        #expect(shown["role"] as? String == "CFO")
        #expect(shown["tags"] as? [String] == ["board"])
        #expect(try rapport.run(["archive", "dana"]).stdout == "Archived Dana Whitfield (#1)\n")
        #expect(try rapport.run(["list"]).stdout.contains("No colleagues yet"))
        #expect(try rapport.run(["list", "--archived"]).stdout.contains("Dana Whitfield (archived)"))
        #expect(try rapport.run(["archive", "dana", "--restore"]).status == 0)
        #expect(try rapport.run(["budget", "6"]).stdout.hasPrefix("Weekly help budget 6h"))
    }

    @Test func completionsComeFromArgumentParser() throws {
        defer { rapport.remove() }
        let script = try rapport.run(["--generate-completion-script", "bash"], useDatabase: false)
        #expect(script.status == 0)
        #expect(script.stdout.contains("rapport"))
    }
}

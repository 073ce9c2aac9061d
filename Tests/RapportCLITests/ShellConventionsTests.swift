import Foundation
import Testing

/// The conventions users of taskwarrior, khard and gh rely on.
@Suite struct ShellConventionsTests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @discardableResult
    private func run(_ arguments: [String], input: String? = nil) throws -> RapportBinary.Result {
        try rapport.run(arguments, environment: at, input: input)
    }

    @Test func versionAndJSONOnEveryReadCommand() throws {
        defer { rapport.remove() }
        try run(["demo"])
        #expect(try rapport.run(["--version"], useDatabase: false).stdout == "0.3.0\n")
        // Every read command but the exports and the brief, which have formats of their own.
        for read in PrivateFilesTests.readCommands where !["export", "brief"].contains(read[0]) {
            let command = read.contains("--json") ? read : read + ["--json"]
            let result = try run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(command) prints JSON")
        }
        let budget = try #require(try JSONSerialization.jsonObject(with: Data(try run(["budget", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(budget["week"] as? String == "2026-W48")
        #expect(budget["over"] as? Bool == true)
        #expect(try run(["week-start", "--json"]).stdout == "{\n  \"weekStart\": \"monday\"\n}\n")
    }

    /// Every file or folder argument, found in the command tree the binary describes itself: each
    /// completes as a path in the shell and refuses an empty path, which Foundation would read as
    /// the working folder. One named like a path but not declared as one fails here too.
    @Test func everyPathArgumentRefusesAnEmptyPath() throws {
        let dump = try rapport.run(["--experimental-dump-help"], useDatabase: false)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var paths: [(command: [String], argument: [String])] = []
        func walk(_ command: [String: Any], _ words: [String]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let isPath = (argument["completionKind"] as? [String: Any])?["file"] != nil
                let valueName = argument["valueName"] as? String ?? ""
                if ["path", "paths", "file", "files"].contains(valueName) {
                    #expect(isPath, "\(words) <\(valueName)> completes as a path")
                }
                guard isPath else { continue }
                let name = (argument["names"] as? [[String: Any]])?.first { $0["kind"] as? String == "long" }?["name"] as? String
                paths.append((words, name.map { ["--\($0)", ""] } ?? [""]))
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, words + [sub["commandName"] as? String ?? ""]) }
        }
        walk(try #require(root["command"] as? [String: Any]), [])
        #expect(paths.count >= 10, "--db on every command, and the files of calendar, import, backup and export")
        for (command, argument) in paths {
            let result = try rapport.run(command + argument, useDatabase: false)
            #expect(result.status == 64, "\(command) \(argument)")
            #expect(result.stderr.contains("an empty path names no file or folder"), "\(command) \(argument): \(result.stderr)")
        }
    }

    /// A usage error shows the usage of the command that was typed, not the top level's: a
    /// check made after parsing (in `run`) got `rapport [--db <path>] [--demo] …`.
    @Test func aUsageErrorShowsTheUsageOfItsOwnCommand() throws {
        defer { rapport.remove() }
        try run(["demo"])
        for (command, words) in [
            (["calendar", "me", "a@b.c", "--clear"], 2), (["calendar", "set"], 2), (["organisation", "x", "--clear"], 1), (["organisation", " "], 1),
            (["history", "edit", "5"], 2), (["history", "edit", "x", "dana", "gave"], 2), (["history", "delete", "x"], 2), (["help", "nope"], 1),
            (["review", "--done", "a", "--snooze", "b"], 1), (["export", "--format", "json", "--interactions"], 1), (["promise", "add", "x"], 2),
        ] {
            let result = try run(command)
            #expect(result.status == 64, "\(command): \(result.stderr)")
            let usage = result.stderr.split(separator: "\n").first { $0.hasPrefix("Usage: ") }
            #expect(usage?.hasPrefix("Usage: rapport \(command.prefix(words).joined(separator: " ")) ") == true, "\(command): \(result.stderr)")
        }
    }

    @Test func aWrongLogIsFixedOrRemovedByItsIDAndUndone() throws {
        defer { rapport.remove() }
        try run(["demo"])
        #expect(try run(["log", "dana", "gave", "30m", "the", "deck"]).stdout.hasPrefix("Logged #141: "))
        let edited = try run(["history", "edit", "#141", "dana", "gave", "info", "45m", "the", "deck", "and", "appendix"])
        #expect(edited.stdout == "Updated #141: gave info · Dana Whitfield · 45m · today — the deck and appendix (rapport undo takes it back)\n")
        #expect(try run(["history", "edit", "141", "dana", "gave", "info", "45m", "the", "deck", "and", "appendix"]).stdout == "Nothing changed in #141\n")
        func newest() throws -> [String] { try run(["history", "dana", "--limit", "1"]).stdout.split(separator: "\n")[1].split(separator: " ").map(String.init) }
        #expect(try newest() == ["#141", "today", "Dana", "Whitfield", "gave", "info", "45m", "the", "deck", "and", "appendix"])
        #expect(try run(["undo"]).stdout == "Undone: Updated #141: gave info · Dana Whitfield · 45m · today — the deck and appendix\n")
        #expect(try newest() == ["#141", "today", "Dana", "Whitfield", "gave", "meeting", "30m", "the", "deck"])
        let undoneTwice = try run(["undo"])
        #expect(undoneTwice.status == 1 && undoneTwice.stderr == "Error: nothing to undo: no change from the shell since the last undo\n")
        #expect(try run(["history", "delete", "141"]).stdout == "Deleted #141: gave meeting with Dana Whitfield, today (rapport undo brings it back)\n")
        #expect(try run(["history", "delete", "141"]).stderr == "Error: there is no interaction #141 (rapport history lists them)\n")
        #expect(try run(["undo"]).status == 0)
        #expect(try run(["history", "--json", "--limit", "1"]).stdout.contains("\"id\": 141"), "back with its ID")
        #expect(try run(["history", "edit", "x42", "dana"]).status == 64)
    }

    /// The shell has the dashboard's safety net: a slip is refused with "did you mean …?" and a
    /// non-zero exit, and nothing is saved; --as-note keeps the words as typed.
    @Test func theShellAsksAboutSlipsAsTheDashboardDoes() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let before = try run(["history", "--json"]).stdout
        let bare = try run(["log", "kenji", "gave", "help", "30"])
        #expect(bare.status == 1 && bare.stderr == "Error: “30” would start the note: did you mean “30m”? rapport log kenji gave help 30m (or --as-note keeps the words as typed)\n")
        let typo = try run(["log", "kenji", "gvae", "help", "30m"])
        #expect(typo.status == 1 && typo.stderr.hasPrefix("Error: “gvae” would start the note: did you mean “gave”?"))
        let name = try run(["log", "kenjj", "gave", "help", "30m", "x"])
        #expect(name.status == 1 && name.stderr == "Error: no colleague matches 'kenjj'; did you mean “Kenji”? rapport log Kenji gave help 30m x\n")
        let piped = try run(["log", "-"], input: "dana gave 30m fine\nkenji gvae help 30m\n")
        #expect(piped.status == 1 && piped.stderr.hasPrefix("Error: line 2: “gvae” would start the note"))
        #expect(try run(["history", "--json"]).stdout == before, "nothing saved")
        let kept = try run(["log", "kenji", "gave", "help", "30", "people", "--as-note"])
        #expect(kept.stdout == "Logged #141: gave help · Kenji Watanabe · today — 30 people\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["log", "kenji,marcus", "helped", "1h", "30m", "x", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? Int == 142 && json["minutes"] as? Int == 90 && json["note"] as? String == "x" && json["kind"] as? String == "help")
        #expect((json["colleagues"] as? [[String: Any]])?.count == 2)
    }

    @Test func theWriteCommandsPrintWhatTheyWroteAsJSON() throws {
        defer { rapport.remove() }
        func object(_ arguments: [String]) throws -> [String: Any] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(arguments)")
        }
        #expect(try object(["add", "Kim Osei", "--team", "Procurement", "--json"])["team"] as? String == "Procurement")
        #expect(try object(["edit", "kim", "--role", "Buyer", "--json"])["role"] as? String == "Buyer")
        #expect((try object(["rate", "kim", "--vital", "4", "--json"])["ratings"] as? [String: Any])?["vital"] as? Int == 4)
        #expect(try object(["log", "kim", "gave", "info", "15m", "the list", "--json"])["minutes"] as? Int == 15)
        let cards = rapport.folder.appendingPathComponent("cards.vcf").path
        try "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lee Park\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim Osei\r\nEND:VCARD\r\n"
            .write(toFile: cards, atomically: true, encoding: .utf8)
        let imported = try run(["import", cards, "--json"])
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: outcomes.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["Lee Park"]?["outcome"] as? String == "create")
        #expect((byName["Lee Park"]?["sources"] as? [String])?.first?.hasSuffix("cards.vcf:1") == true)
        #expect(byName["Kim Osei"]?["outcome"] as? String != "create", "matched to the Kim already there")
    }

    /// After importing partners, the review stays about the user's own organisation.
    @Test func partnersAreListedButNoSilos() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield", "--team", "Finance"])
        try run(["add", "Ömer Yılmaz", "--team", "Procurement", "--org", "Contoso"])
        #expect(try run(["show", "ömer"]).stdout.contains("  Organisation Contoso\n"))
        func silos() throws -> [String] {
            let review = try #require(try JSONSerialization.jsonObject(with: Data(try run(["review", "--json"]).stdout.utf8)) as? [String: Any])
            return ((review["insights"] as? [[String: Any]]) ?? []).compactMap { $0["key"] as? String }.filter { $0.hasPrefix("silo:") }
        }
        #expect(try silos().contains("silo:procurement"), "no organisation set: everyone counts")
        #expect(try run(["organisation", "Northwind"]).stdout == "Your organisation: Northwind\n")
        #expect(try !silos().contains("silo:procurement"))
        // Their organisation in another case and with an accent is still the user's, as in the review.
        try run(["add", "Lee Park", "--team", "Legal", "--org", "NORTHWÏND"])
        let departments = try run(["departments", "--json"]).stdout
        #expect(departments.contains("Finance") && departments.contains("Legal") && !departments.contains("Procurement"))
        #expect(try run(["list"]).stdout.contains("Ömer Yılmaz"), "still listed")
        #expect(try run(["organisation", "--clear"]).stdout == "No organisation set: everyone counts as yours.\n")
    }

    @Test func helpForNoCommandIsAUsageError() throws {
        defer { rapport.remove() }
        let unknown = try rapport.run(["help", "nonesuch"], useDatabase: false)
        #expect(unknown.status == 64 && unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("Error: no command 'nonesuch' to help with; the commands are add, edit,"))
        #expect(try rapport.run(["help", "calendar", "nope"], useDatabase: false).status == 64)
        let known = try rapport.run(["help", "calendar", "log"], useDatabase: false)
        #expect(known.status == 0 && known.stdout.hasPrefix("OVERVIEW: Log a meeting"))
    }

    @Test func showIndentsNotesOfSeveralLinesAndSaysTheRhythm() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield", "--notes", "first line\nsecond line", "--agenda", "from a card\r\nwith CR LF", "--every", "3w"])
        let text = try run(["show", "dana"]).stdout
        #expect(text.contains("  Notes        first line\n               second line\n"))
        #expect(text.contains("  Agenda       from a card\n               with CR LF\n"), "CR LF breaks the line too, with no ␍ left")
        #expect(text.contains("  Keep in touch 3w\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["show", "dana", "--json"]).stdout.utf8)) as? [String: Any])
        let rhythm = try #require(json["keepInTouch"] as? [String: Any])
        #expect(rhythm["everyWeeks"] as? Int == 3 && rhythm["set"] as? Bool == true)
    }

    @Test func historyFiltersByPeopleDaysAndKind() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(try run(["history", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(all.count == 140)
        let october = try #require(try JSONSerialization.jsonObject(with: Data(try run(
            ["history", "--kind", "info", "--since", "2026-10-01", "--until", "2026-10-31", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(!october.isEmpty)
        #expect(october.allSatisfy { ($0["kind"] as? String) == "info" && (($0["occurredAt"] as? String) ?? "").hasPrefix("2026-10") })
        let dana = try run(["history", "dana", "--since", "6w"]).stdout
        #expect(dana.trimmingCharacters(in: .whitespaces).hasPrefix("ID  WHEN"))
        #expect(dana.contains("Dana Whitfield"))
        #expect(!dana.contains("Zoë Laurent"))
        #expect(try run(["history", "--since", "soon"]).stderr == "Error: --since 'soon' is not a day: use today, yesterday, a weekday, 2026-11-20, 3d or 2w (ago)\n")
        // A bound may lie ahead; a range the wrong way round says so.
        let ahead = try #require(try JSONSerialization.jsonObject(with: Data(try run(["history", "--until", "2027-01-31", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(ahead.count == 140)
        #expect(try run(["history", "--since", "2026-11-01", "--until", "2026-10-01"]).stderr == "Error: --since 2026-11-01 is after --until 2026-10-01: no day lies between\n")
    }

    /// History is read and printed a thousand at a time: a longer one is still whole, in order,
    /// under one header, its columns aligned from the first line to the last.
    @Test func aLongHistoryPrintsWholeAPageAtATime() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let count = 2_460
        try run(["log", "-"], input: (0..<count).map { "dana gave info 30m bulk \($0)" }.joined(separator: "\n"))
        let lines = try run(["history"]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 140 + count + 1)
        #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("ID  WHEN") }.count == 1)
        let header = try #require(lines.first)
        for column in ["DIR", "KIND", "NOTE"] {
            let offset = try #require(header.range(of: column)).lowerBound.utf16Offset(in: header)
            for line in lines.dropFirst() where line.allSatisfy(\.isASCII) {
                let index = line.index(line.startIndex, offsetBy: offset)
                #expect(line[line.index(before: index)] == " " && line[index] != " ", "\(column) not aligned in: \(line)")
            }
        }
        // Later pages' cells fit the first page's widths: the demo's older rows keep whole dates
        // and names, where the thousand newest have "today" and Dana Whitfield alone.
        #expect(lines.contains { $0.range(of: #"^ *#\d+  [A-Z][a-z]{2} \d+ [A-Z][a-z]{2}  "#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.contains("Priya Raghunathan") })
        let textNotes = lines.compactMap { line in line.range(of: "bulk ").flatMap { Int(line[$0.upperBound...]) } }
        #expect(textNotes == Array((0..<count).reversed()), "every line once, newest first")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["history", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 140 + count)
        #expect(json.compactMap { ($0["note"] as? String).flatMap { $0.hasPrefix("bulk ") ? Int($0.dropFirst(5)) : nil } } == textNotes)
    }

    @Test func logFromStandardInputIsAllOrNothing() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let before = try run(["history", "--json"]).stdout
        let bad = try run(["log", "-"], input: "dana gave 30m sent the deck\n\nnobody got help\n")
        #expect(bad.status == 1)
        #expect(bad.stderr == "Error: line 3: no colleague matches 'nobody'\n")
        #expect(try run(["history", "--json"]).stdout == before, "nothing was logged")
        let good = try run(["log", "-"], input: "dana gave 30m sent the deck\n#2 got info 15m the pipeline numbers\n")
        #expect(good.stdout == "Logged #141: gave meeting · Dana Whitfield · 30m · today — sent the deck\nLogged #142: received info · Zoë Laurent · 15m · today — the pipeline numbers\n")
        #expect(try run(["undo"]).stdout == "Undone: Logged 2 lines from standard input\n", "a batch is one step")
        #expect(try run(["history", "--json"]).stdout == before)
        // A file from Windows: two lines, two interactions, and no CR in either note.
        let windows = try run(["log", "-"], input: "dana gave 30m sent the deck\r\n#2 got info 15m the pipeline numbers\r\n")
        #expect(windows.stdout == "Logged #143: gave meeting · Dana Whitfield · 30m · today — sent the deck\nLogged #144: received info · Zoë Laurent · 15m · today — the pipeline numbers\n")
    }

    @Test func idsAndDashedWordsInALine() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let logged = try run(["log", "#1", "gave", "30m", "fixed", "the", "-v", "flag", "and", "--by", "option"])
        #expect(logged.stdout == "Logged #141: gave meeting · Dana Whitfield · 30m · today — fixed the -v flag and --by option\n")
        #expect(try run(["log", "#999", "gave", "x"]).stderr == "Error: no colleague has the id #999\n")
        #expect(try run(["need", "add", "dana", "a", "-v", "review", "by", "friday"]).stdout == "Need #3: a -v review from Dana Whitfield, by Fri 27 Nov\n")
    }

    /// A need or promise is kept with its line breaks and spacing, and every line that quotes it
    /// keeps it on that line.
    @Test func aNeedOfSeveralLinesIsKeptAndQuotedOnOneLine() throws {
        defer { rapport.remove() }
        try run(["demo"])
        #expect(try run(["need", "add", "dana", "the  deck\n## and\tnotes", "by", "friday"]).stdout == "Need #3: the  deck ## and\tnotes from Dana Whitfield, by Fri 27 Nov\n".replacingOccurrences(of: "\t", with: "␉"))
        #expect(try run(["promise", "add", "--to", "dana", "first\r\nsecond"]).stdout == "Promise #5: You promised Dana Whitfield first second\n")
        let need = try #require(try rapport.json(["need", "list", "dana"]) as? [[String: Any]]).first { $0["id"] as? Int == 3 }
        #expect(need?["what"] as? String == "the  deck\n## and\tnotes", "stored as typed")
        let shown = try run(["show", "dana"]).stdout
        #expect(shown.contains("  You need     the  deck ## and␉notes, by Fri 27 Nov (need #3)\n"))
        #expect(shown.contains("  You owe      first second (promise #5)\n"))
        #expect(try run(["edit", "dana", "--role", "Director\nFP&A"]).status == 0)
        #expect(try run(["show", "dana"]).stdout.contains("  Role         Director FP&A\n"), "a one-line field stays on its line")
        #expect(try run(["need", "done", "3"]).stdout == "Closed need #3: the  deck ## and␉notes\n")
        #expect(try run(["promise", "kept", "5"]).stdout == "Kept promise #5: first second\n")
        // A note of several lines is kept so, and said on one line.
        #expect(try run(["log", "dana", "gave", "10m", "first\nsecond"]).stdout == "Logged #141: gave meeting · Dana Whitfield · 10m · today — first second\n")
        #expect(try run(["history", "edit", "141", "dana", "gave", "5m", "a\r\nb"]).stdout == "Updated #141: gave meeting · Dana Whitfield · 5m · today — a b (rapport undo takes it back)\n")
        #expect(try run(["undo"]).stdout == "Undone: Updated #141: gave meeting · Dana Whitfield · 5m · today — a b\n")
        let logged = try #require(try rapport.json(["history", "--limit", "1"]) as? [[String: Any]])
        #expect(logged.first?["note"] as? String == "first\nsecond")
        #expect(try run(["show", "dana"]).stdout.contains("meeting 10m  first second\n"), "show's recent interactions too")
    }

    @Test func addRefusesALikelyDuplicate() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield", "--email", "dana@example.com"])
        let sameName = try run(["add", "dana whitfield"])
        #expect(sameName.status == 1)
        #expect(sameName.stderr == "Error: Dana Whitfield (#1) is already here, with the same name; edit them with rapport edit '#1', or add another with --allow-duplicate\n")
        #expect(try run(["add", " Dana  Whitfield "]).stderr == sameName.stderr)
        #expect(try run(["add", "D. Whitfield", "--email", "DANA@example.com"]).stderr.contains("with the same email"))
        #expect(try run(["add", "Dana Whitfield", "--allow-duplicate"]).stdout == "Added Dana Whitfield (#2)\n")
        // Renaming someone to another's name is caught as adding them would be; their own twin
        // does not stop other edits.
        #expect(try run(["add", "Ben Adler", "--email", "ben@example.com"]).status == 0)
        let renamed = try run(["edit", "ben", "--name", "dana whitfield"])
        #expect(renamed.status == 1)
        #expect(renamed.stderr == "Error: Dana Whitfield (#1) is already here, with the same name; keep both with --allow-duplicate\n")
        #expect(try run(["edit", "ben", "--email", "DANA@example.com"]).stderr.contains("with the same email"))
        #expect(try run(["edit", "#2", "--team", "Finance"]).stdout == "Updated Dana Whitfield (#2)\n")
        #expect(try run(["edit", "ben", "--name", "Dana Whitfield", "--allow-duplicate"]).stdout == "Updated Dana Whitfield (#3)\n")
    }

    @Test func agendaListsWhatIsDue() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let agenda = try run(["agenda"]).stdout
        #expect(agenda.hasPrefix("Agenda for Tue 24 Nov, the next 7 days\n\nDue\n"))
        #expect(agenda.contains("2 days overdue  Kenji Watanabe promised you  an intro to the procurement lead"))
        #expect(agenda.contains("due in 2 days   you promised Zoë Laurent"))
        #expect(agenda.contains("Next actions (rapport review for all)\n  Feed     Share “churn and retention numbers"))
        #expect(agenda.components(separatedBy: "the EMEA usage dashboard").count == 2, "a promise under Due is not a next action as well")
        // A colleague with two needs coming is one card in the review, and one next action here.
        #expect(try run(["need", "add", "dana", "the Q1 forecast", "by", "friday"]).status == 0)
        #expect(try run(["agenda"]).stdout.components(separatedBy: "Share “churn and retention numbers").count == 2)
        #expect(agenda.contains("Overdue for contact\n  Olúwaseun Adé: last contact Fri 28 Aug (every 3 weeks, 67d late)"))
        // A reason the review dismissed is not brought up again.
        let olu = try #require(try run(["show", "olú"]).stdout.firstMatch(of: /#(\d+)/)).1
        #expect(try run(["review", "--dismiss", "keep-in-touch:\(olu)"]).status == 0)
        #expect(!(try run(["agenda"]).stdout.contains("Olúwaseun Adé: last contact")))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["agenda", "--days", "1", "--json"]).stdout.utf8)) as? [String: Any])
        #expect((json["due"] as? [[String: Any]])?.count == 1, "only the overdue promise is within a day")
    }
}

/// Shell completion of colleague names, in a real bash.
@Suite struct CompletionEndToEndTests {
    @Test func bashCompletesAColleagueName() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        let script = cli.folder.appendingPathComponent("rapport.bash").path
        try Data(try cli.run(["--generate-completion-script", "bash"], useDatabase: false).stdout.utf8).write(to: URL(fileURLWithPath: script))
        let tmux = try TmuxSession(environment: ["RAPPORT_DB": cli.database])
        let folder = RapportBinary.executable.deletingLastPathComponent().path
        try tmux.type("export PATH=\(folder):$PATH RAPPORT_DB=\(cli.database); source \(script); clear; echo ready-$((1+1))", enter: true)
        try tmux.waitFor("ready-2")
        try tmux.type("rapport show Da")
        try tmux.press("Tab")
        // capture-pane drops the space bash adds after a completed word.
        try tmux.waitFor("rapport show Dana")
        try tmux.press("C-u")
        try tmux.type("rapport rate z")
        try tmux.press("Tab")
        try tmux.waitFor("rapport rate zoë")
    }
}

import Foundation
import Testing

/// `rapport import` and `rapport export` on the built binary.
@Suite struct ImportExportTests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @discardableResult
    private func file(_ name: String, _ text: String) throws -> String {
        let path = rapport.folder.appendingPathComponent(name).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    private func run(_ arguments: [String], db: String? = nil) throws -> RapportBinary.Result {
        try rapport.run(arguments + (db.map { ["--db", $0] } ?? []), environment: at, useDatabase: db == nil)
    }

    /// `-` is standard output for an export and standard input for an import, as in every Unix
    /// tool: `rapport export --format json --output - | ssh … rapport import -`. A backup, a
    /// database file, refuses it.
    @Test func aDashIsStandardOutputAndStandardInput() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let json = try run(["export", "--format", "json", "--output", "-"])
        let plain = try run(["export", "--format", "json"]).stdout
        #expect(json.status == 0 && json.stdout == plain)
        #expect(try run(["export", "--format", "csv", "--output", "-"]).stdout.hasPrefix("id,name,"))
        let other = rapport.folder.appendingPathComponent("other.sqlite").path
        let restored = try rapport.run(["import", "-", "--db", other], environment: at, useDatabase: false, input: json.stdout)
        #expect(restored.stdout.hasPrefix("Restored 26 colleagues, 140 interactions"), "\(restored.stderr)")
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piped Person\r\nEND:VCARD\r\n"
        #expect(try rapport.run(["import", "-", "--db", other], environment: at, useDatabase: false, input: card).status == 0)
        #expect(try run(["show", "piped"], db: other).stdout.hasPrefix("Piped Person"))
        let broken = try rapport.run(["import", "-", "--db", other], environment: at, useDatabase: false, input: "BEGIN:VCARD\r\nFN:X\r\n")
        #expect(broken.status != 0 && broken.stderr.hasPrefix("Error: standard input:"), "\(broken.stderr)")
        let backup = try run(["backup", "-"])
        #expect(backup.status != 0 && backup.stderr.contains("standard output (-)"))
        #expect(!FileManager.default.fileExists(atPath: rapport.folder.appendingPathComponent("-").path), "no file named -")
    }

    /// A pipe named as a file is read as standard input is, as `rapport import <(ssh laptop cat
    /// contacts.vcf)` names one; a device is refused before anything is read.
    @Test func aPipeIsReadAndADeviceRefused() throws {
        defer { rapport.remove() }
        try run(["add", "Someone"])
        let pipe = rapport.folder.appendingPathComponent("cards").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf 'BEGIN:VCARD\\r\\nVERSION:3.0\\r\\nFN:Piped Person\\r\\nEND:VCARD\\r\\n' > '\(pipe)'"]
        try writer.run()
        let imported = try run(["import", pipe])
        writer.waitUntilExit()
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try run(["show", "piped"]).stdout.hasPrefix("Piped Person"))
        let device = try run(["import", "/dev/zero"])
        #expect(device.status == 1 && device.stderr == "Error: /dev/zero: not a file or a pipe; nothing was read\n", "\(device.stderr)")
        // In a folder, only files are read: a pipe there has nobody writing to it.
        try file("book/a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Filed Person\r\nEND:VCARD\r\n")
        #expect(mkfifo(rapport.folder.appendingPathComponent("book/b.vcf").path, 0o600) == 0)
        let folder = try run(["import", rapport.folder.appendingPathComponent("book").path])
        #expect(folder.status == 0 && folder.stdout.hasPrefix("Imported: 1 created"), "\(folder.stdout) \(folder.stderr)")
    }

    /// The CSV export, edited in a spreadsheet, comes back: its contact fields are read, the
    /// rest is counted as not imported, and the same sheet again changes nothing.
    @Test func theCSVExportEditedComesBack() throws {
        defer { rapport.remove() }
        try run(["demo"])
        // A spreadsheet would run this role as a formula: the export writes it '-led.
        #expect(try run(["add", "Ivo Petrov", "--role=-led ops", "--email", "ivo@northwind.example"]).status == 0)
        let exported = try run(["export", "--format", "csv"]).stdout
        #expect(exported.contains(",'-led ops,"))
        #expect(try run(["import", try file("same.csv", exported)]).stdout.hasPrefix("Imported: 0 created, 0 updated, 27 unchanged, 0 skipped.\n"))
        let edited = exported.replacingOccurrences(of: ",Ben Adler,Data Engineer,Engineering,", with: ",Ben Adler,Data Engineer,Platform,")
            + "999,Nia Okafor,Analyst,Finance,,nia@northwind.example,new,,,,,unknown,,,,,no\r\n"
        #expect(edited != exported)
        let sheet = try file("edited.csv", edited)
        let result = try run(["import", "--overwrite", sheet])
        #expect(result.stdout.hasPrefix("Imported: 1 created, 1 updated, 26 unchanged, 0 skipped.\n"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Not imported (an import reads contact details: names, roles, teams, organisations, emails, tags, notes): 28 archived, 26 frequency, 26 quality, 28 stance, 25 trust, 26 vital\n"))
        let ben = try #require(try rapport.json(["show", "ben"]) as? [String: Any])
        #expect(ben["team"] as? String == "Platform")
        let nia = try #require(try rapport.json(["show", "nia"]) as? [String: Any])
        #expect(nia["role"] as? String == "Analyst" && nia["tags"] as? [String] == ["new"])
        #expect(try run(["import", "--overwrite", sheet]).stdout.hasPrefix("Imported: 0 created, 0 updated, 28 unchanged, 0 skipped.\n"))
        #expect((try rapport.json(["show", "ivo"]) as? [String: Any])?["role"] as? String == "-led ops")
    }

    /// Markdown into a folder writes every page or none: a page already there is found before
    /// any page is written, and --force replaces them all.
    @Test func markdownPagesIntoAFolderAreWrittenAllOrNone() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let folder = rapport.folder.appendingPathComponent("notes").path + "/"
        #expect(try run(["export", "--format", "markdown", "--output", folder]).stdout == "Wrote 26 pages to \(folder)\n")
        try run(["add", "Aaron Abbott"])
        let again = try run(["export", "--format", "markdown", "--output", folder])
        #expect(again.status == 1)
        #expect(again.stderr.hasSuffix(" already exists; nothing was written (--force replaces it)\n"), "\(again.stderr)")
        let pages = { try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") } }
        #expect(try pages().count == 26, "the new colleague's page was not written either")
        #expect(try run(["export", "--format", "markdown", "--output", folder, "--force"]).status == 0)
        #expect(try pages().count == 27)
        // The folder named without its /: still a page each, not one file in its place.
        #expect(try run(["export", "--format", "markdown", "--output", String(folder.dropLast()), "--force", "aaron"]).stdout == "Wrote 1 page to \(folder.dropLast())\n")
        let onto = try run(["export", "--format", "json", "--output", String(folder.dropLast()), "--force"])
        #expect(onto.stderr == "Error: \(folder.dropLast()) is a folder; nothing was written (name a file in it)\n")
    }

    @Test func jsonExportImportExportGivesTheSameNetwork() throws {
        defer { rapport.remove() }
        try run(["demo"])
        try run(["review", "--snooze", "promise:1"])
        let first = try file("first.json", try run(["export", "--format", "json"]).stdout)
        let copy = rapport.folder.appendingPathComponent("copy.sqlite").path
        let restored = try run(["import", first], db: copy)
        #expect(restored.stdout == "Restored 26 colleagues, 140 interactions, 2 needs, 4 promises, 1 review decision from \(first).\n")
        let second = try run(["export", "--format", "json"], db: copy).stdout
        #expect(second == (try String(contentsOfFile: first, encoding: .utf8)))
        let again = try run(["import", first], db: copy)
        #expect(again.status == 1)
        #expect(again.stderr.contains("a Rapport export restores into an empty database"))
    }

    /// `--output` writes what standard output gets (JSON as it renders, the rest whole), private
    /// to the user, and a file that cannot be written is named with the reason.
    @Test func exportToAFileIsWhatStandardOutputGets() throws {
        defer { rapport.remove() }
        try run(["demo"])
        for format in ["json", "csv", "vcard", "ics"] {
            let path = rapport.folder.appendingPathComponent("out.\(format)").path
            try file("out.\(format)", String(repeating: "longer than the export, to be cut away\n", count: 5_000))
            #expect(try run(["export", "--format", format, "--output", path, "--force"]).status == 0)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == (try run(["export", "--format", format]).stdout), "\(format)")
        }
        let fresh = rapport.folder.appendingPathComponent("fresh.json").path
        try run(["export", "--format", "json", "--output", fresh])
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "no one else may read it")
        let missing = try run(["export", "--format", "json", "--output", "/nonexistent-folder/x.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "Error: cannot write /nonexistent-folder/x.json: no folder /nonexistent-folder\n")
        #expect(try run(["export", "--format", "csv", "--output", rapport.folder.path, "--force"]).stderr == "Error: \(rapport.folder.path) is a folder; nothing was written (name a file in it)\n")
    }

    @Test func aBrokenExportSaysWhereAndRestoresNothing() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let json = try run(["export", "--format", "json"]).stdout
        let copy = rapport.folder.appendingPathComponent("copy.sqlite").path
        let badRating = try file("bad.json", json.replacingOccurrences(of: "\"vital\": 5", with: "\"vital\": 9"))
        let result = try run(["import", badRating], db: copy)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(badRating): colleagues[0].ratings.vital: must be 1 to 5, not 9\n")
        let truncated = try file("cut.json", String(json.prefix(500)))
        #expect(try run(["import", truncated], db: copy).stderr.hasPrefix("Error: \(truncated): not valid JSON"))
        let newer = try file("newer.json", json.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 2,"))
        #expect(try run(["import", newer], db: copy).stderr == "Error: \(newer): version: written by a newer Rapport (version 2); upgrade Rapport to read it\n")
        // What the database keeps unique, and what it checks, is refused at its place in the file.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        func variant(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> String {
            var copy = object
            change(&copy)
            return try file(name, String(decoding: try JSONSerialization.data(withJSONObject: copy), as: UTF8.self))
        }
        func edit(_ key: String, _ index: Int, _ field: String, from source: Int? = nil, to value: Any? = nil) -> (inout [String: Any]) -> Void {
            { top in
                var items = top[key] as! [[String: Any]]
                items[index][field] = value ?? items[source!][field]!
                top[key] = items
            }
        }
        for (name, change, message) in [
            ("uid.json", edit("colleagues", 1, "uid", from: 0), "colleagues[1].uid: "),
            ("interaction.json", edit("interactions", 1, "id", from: 0), "interactions[1].id: "),
            ("need.json", edit("needs", 1, "id", from: 0), "needs[1].id: "),
            ("minutes.json", edit("interactions", 0, "minutes", to: -5), "interactions[0].minutes: must be 1 to 1440 minutes (24h), not -5"),
            // What the shell and the dashboard refuse, a file cannot bring in.
            ("long.json", edit("interactions", 0, "minutes", to: 1441), "interactions[0].minutes: must be 1 to 1440 minutes (24h), not 1441"),
            ("budget.json", { $0["settings"] = ["weeklyBudgetHours": -3] }, "settings.weeklyBudgetHours: must be 0 to 168 hours, not -3.0"),
            ("rhythm.json", edit("colleagues", 0, "contactEveryWeeks", to: 53), "colleagues[0].contactEveryWeeks: must be 0 (none) to 52 weeks, not 53"),
            ("department.json", { $0["departments"] = ["Legal", " "] }, "departments[1]: a department needs a name"),
            ("nul.json", { $0["departments"] = ["Le\u{0}gal"] }, "departments[0]: contains a NUL character"),
            ("tag.json", edit("colleagues", 0, "tags", to: ["a\u{0}b"]), "colleagues[0].tags[0]: contains a NUL character"),
        ] {
            let bad = try variant(name, change)
            let refused = try run(["import", bad], db: copy)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("Error: \(bad): \(message)"), "\(refused.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: copy), "checked before anything was opened or written")
    }

    @Test func vcardExportImportsIntoAnEmptyDatabaseAsTheSameColleagues() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let cards = try file("all.vcf", try run(["export", "--format", "vcard"]).stdout)
        let copy = rapport.folder.appendingPathComponent("copy.sqlite").path
        #expect(try run(["import", cards], db: copy).stdout.hasPrefix("Imported: 26 created, 0 updated, 0 unchanged, 0 skipped."))
        let fields = { (db: String?) -> [String] in
            let list = try JSONSerialization.jsonObject(with: Data(try run(["list", "--archived", "--json"], db: db).stdout.utf8)) as? [[String: Any]] ?? []
            return list.map { "\($0["name"]!)|\($0["role"]!)|\($0["team"]!)|\($0["email"]!)|\($0["tags"]!)" }.sorted()
        }
        #expect(try fields(nil) == (try fields(copy)))
        #expect(try run(["import", cards], db: copy).stdout.hasPrefix("Imported: 0 created, 0 updated, 26 unchanged, 0 skipped."),
                "importing the same file again changes nothing")
    }

    @Test func mergingFillsEmptyFieldsUnlessOverwrite() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield", "--team", "Finance", "--email", "dana@example.com"])
        let cards = try file("dana.vcf", """
            BEGIN:VCARD
            VERSION:3.0
            FN:D. Whitfield
            EMAIL:DANA@example.com
            TITLE:Director
            ORG:Northwind;Treasury
            CATEGORIES:exec
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Kim Osei
            TEL:+1 555 0100
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            EMAIL:nobody@example.com
            END:VCARD

            """)
        let dry = try run(["import", cards, "--dry-run", "--tag", "Conference"])
        #expect(dry.stdout == """
            Dry run, nothing written. Would create 1, update 1, leave 0 unchanged and skip 1.
              update     Dana Whitfield: role, organisation, tags  (\(cards):1)
              create     Kim Osei  (\(cards):9)
              skip       \(cards):14: a card with no name (no FN or N)
            Not imported (an import reads contact details: names, roles, teams, organisations, emails, tags, notes): 1 TEL

            """)
        #expect(try run(["show", "dana", "--json"]).stdout.contains("\"role\": \"\""), "a dry run writes nothing")
        try run(["import", cards])
        var dana = try #require(try rapport.json(["show", "dana"]) as? [String: Any])
        #expect(dana["role"] as? String == "Director")
        #expect(dana["team"] as? String == "Finance", "a field it has is kept")
        #expect(dana["name"] as? String == "Dana Whitfield")
        try run(["import", cards, "--overwrite"])
        dana = try #require(try rapport.json(["show", "#1"]) as? [String: Any])
        #expect(dana["team"] as? String == "Treasury")
        #expect(dana["name"] as? String == "D. Whitfield")
    }

    @Test func aBadFileAnywhereImportsNothing() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        let good = try file("book/a.vcf", "BEGIN:VCARD\nFN:Kim Osei\nEND:VCARD\n")
        _ = try file("book/b.vcf", "BEGIN:VCARD\nFN:Lee Park\nthis line is broken\nEND:VCARD\n")
        let folder = (good as NSString).deletingLastPathComponent
        let result = try run(["import", folder])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(folder)/b.vcf:3: not a vCard line (no ':' after the property name): this line is broken\n")
        #expect(try run(["list"]).stdout.components(separatedBy: "\n").filter { $0.contains("Kim") }.isEmpty, "all or nothing")
    }

    @Test func csvFromLinkedInAndAMappedSpreadsheet() throws {
        defer { rapport.remove() }
        let linkedIn = try file("Connections.csv", """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Priya,Raghunathan,https://www.linkedin.com/in/p,,Northwind,"Counsel, Commercial",12 Mar 2024

            """)
        #expect(try run(["import", linkedIn, "--tag", "linkedin"]).stdout.hasPrefix("Imported: 1 created"))
        let priya = try #require(try rapport.json(["show", "priya"]) as? [String: Any])
        #expect(priya["role"] as? String == "Counsel, Commercial")
        #expect(priya["tags"] as? [String] == ["linkedin"])
        let sheet = try file("people.csv", "Full Name,Dept\nBen Adler,Engineering\n")
        let unmapped = try run(["import", sheet])
        #expect(unmapped.status == 1)
        #expect(unmapped.stderr.hasPrefix("Error: \(sheet):1: not a LinkedIn, Google or Outlook export, and no column is called Name; say which columns hold what with --map"))
        #expect(try run(["import", sheet, "--map", "name=Full Name,team=Dept"]).status == 0)
        let bad = try file("bad.csv", "Full Name,Dept\nBen Adler,Engineering\n\"Smith, \"Jr\",Sales\n")
        let refused = try run(["import", bad, "--map", "name=Full Name"])
        #expect(refused.stderr == "Error: \(bad):3: a quote inside a quoted field must be doubled (\"\"): the field opened at line 3 closes before J\n")
    }

    @Test func csvExportNeutralisesFormulas() throws {
        defer { rapport.remove() }
        try run(["add", "=HYPERLINK(\"http://evil.example\")", "--team", "+Sales", "--vital", "3"])
        try run(["add", "Ana", "--team", "@ops"])
        let csv = try run(["export", "--format", "csv"]).stdout
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""))
        #expect(csv.contains(",'+Sales,"))
        #expect(csv.contains(",'@ops,"))
        #expect(csv.hasPrefix("id,name,role,team,organisation,email,tags,vital,frequency,quality,trust,stance,balance,given,received,last contact,archived\r\n"))
    }

    @Test func icsHasStableUIDsAndDueDates() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let first = try run(["export", "--format", "ics"]).stdout
        let later = try rapport.run(["export", "--format", "ics"], environment: ["RAPPORT_NOW": "2026-11-25T09:00:00Z", "TZ": "UTC"]).stdout
        let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(!uids(first).isEmpty)
        #expect(uids(first) == uids(later), "calendar apps update instead of duplicating")
        #expect(first.contains("DUE;VALUE=DATE:20270103\r\n"))
    }
}

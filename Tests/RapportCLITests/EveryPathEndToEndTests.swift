import Foundation
import Testing

/// The issue "Nothing typed is lost, nothing private leaks, nothing reaches the terminal raw",
/// case by case, in the real binary: in tmux for the dashboard, from the shell for the rest.
@Suite struct EveryPathEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    func show(_ name: String, _ cli: RapportBinary) throws -> [String: Any] {
        try #require(try cli.json(["show", name]) as? [String: Any])
    }

    /// The dashboard on `cli`'s demo database in tmux, once `ready` shows.
    func dashboard(_ cli: RapportBinary, _ options: String = "", environment: [String: String] = [:], ready: String = "Anna Kowalczyk") throws -> TmuxSession {
        let tmux = try TmuxSession(environment: at.merging(environment) { $1 })
        try tmux.type("\(binary) \(options) --db '\(cli.database)'", enter: true)
        try tmux.waitFor(ready)
        return tmux
    }

    /// 1. Redaction is a view: `e` is refused on a redacted screen, so nothing is saved from it.
    @Test func aRedactedScreenCannotSaveTheRedaction() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let before = try show("anna", cli)
        let tmux = try dashboard(cli, "--redact", ready: "A. K.")
        try tmux.press("e")
        try tmux.waitFor("Hidden while redacted")
        try tmux.press("Enter")
        try tmux.press("q")
        try tmux.waitFor("A. K.", absent: true)
        #expect(try NSDictionary(dictionary: show("anna", cli)) == NSDictionary(dictionary: before), "Anna is as she was")
    }

    /// 8. Redacted, neither the quick-log preview nor the status after a save names anyone.
    @Test func aRedactedQuickLogNamesNobody() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let tmux = try dashboard(cli, "--redact", ready: "A. K.")
        try tmux.press("l")
        try tmux.waitFor("Quick log")
        try tmux.press("Tab")
        try tmux.type("gave 30m shared the churn deck")
        let preview = try tmux.waitFor("Will save:")
        #expect(!preview.contains("Anna") && !preview.contains("Kowalczyk"), "\(preview)")
        try tmux.press("Enter")
        let saved = try tmux.waitFor("Logged:")
        #expect(!saved.contains("Anna") && !saved.contains("Kowalczyk"), "\(saved)")
        try tmux.press("E")
        try tmux.waitFor("Hidden while redacted")
        try tmux.press("q")
        let recent = try #require(try show("anna", cli)["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "shared the churn deck", "logged on the real record")
    }

    /// 2. `E` keeps the user's own `#` and `##` lines.
    @Test func theEditorKeepsHashLines() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        try cli.run(["edit", "ben", "--notes", "# Deal history\n## Q3 call\nGood chat"], environment: at)
        let tmux = try dashboard(cli, environment: ["EDITOR": "sed -i -e '$a appended'"], ready: "Ben Adler")
        try tmux.press("j", "E")
        try tmux.waitFor("Saved notes on Ben Adler")
        try tmux.press("q")
        #expect(try show("ben", cli)["notes"] as? String == "# Deal history\n## Q3 call\nGood chat\nappended")
    }

    /// 5. Quick-log for an unknown full name adds that name, then logs the line as typed.
    @Test func quickLogForAnUnknownFullNameLogsWhatWasTyped() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let tmux = try dashboard(cli)
        try tmux.press("3", "l")
        try tmux.waitFor("Quick log")
        try tmux.type("Newbie Person gave help 30m onboarding chat")
        try tmux.waitFor("Enter adds them")
        try tmux.press("Enter")
        try tmux.waitFor("Add colleague")
        try tmux.press("Enter")
        try tmux.waitFor("onboarding chat")
        try tmux.press("q")
        let newbie = try show("newbie person", cli)
        let recent = try #require(newbie["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "onboarding chat")
        #expect(recent.first?["direction"] as? String == "gave")
        #expect(recent.first?["kind"] as? String == "help")
        #expect(recent.first?["minutes"] as? Int == 30)
    }

    /// 7. On the review `k` moves up, as everywhere; `K` keeps a promise.
    @Test func kMovesUpOnTheReview() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let promises = try cli.run(["promise", "list", "--json"], environment: at).stdout
        let tmux = try dashboard(cli)
        try tmux.press("w")
        try tmux.waitFor("Next actions")
        try tmux.press("j", "j", "k", "k")
        try tmux.press("q")
        try tmux.waitFor("Next actions", absent: true)
        #expect(try cli.run(["promise", "list", "--json"], environment: at).stdout == promises, "no promise was kept by k")
    }

    /// 3, 4, 9. From the shell: a NUL is refused with its line, a mixed-encoding file is refused
    /// at the bad byte, and an export or an error never carries a raw control.
    @Test func theShellRefusesWhatItCannotKeepAndPrintsNoControl() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let nul = try cli.run(["log", "-"], environment: at, input: "dana gave 5m before\u{0}after\n")
        #expect(nul.status == 1)
        #expect(nul.stderr == "Error: line 1: the line contains a NUL character (\\0), which cannot be stored\n")
        let mixed = cli.folder.appendingPathComponent("mixed.vcf")
        var bytes = Data("BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Müller\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bob\nNOTE:caf".utf8)
        bytes += [0xE9] + Data("\nEND:VCARD\n".utf8)
        try bytes.write(to: mixed)
        let refused = try cli.run(["import", mixed.path], environment: at)
        #expect(refused.status == 1)
        #expect(refused.stderr == "Error: \(mixed.path):8: byte 0xE9 is not UTF-8, while the rest of the file is; save the file as UTF-8 and import it again\n")
        for name in ["empty.vcf", "empty.json"] {
            let empty = cli.folder.appendingPathComponent(name)
            try Data().write(to: empty)
            #expect(try cli.run(["import", empty.path], environment: at).stderr == "Error: \(empty.path):1: the file is empty: nothing to import\n")
        }
        try cli.run(["add", "Osc\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}Clip"], environment: at)
        for format in ["markdown", "csv", "vcard", "ics", "json"] {
            let export = try cli.run(["export", "--format", format], environment: at)
            #expect(!export.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(format)")
        }
        for command in [["list"], ["show", "osc"], ["history"], ["list", "--sort", "\u{1B}]0;x\u{7}"], ["--db", "\u{1B}[2J"]] {
            let result = try cli.run(command, environment: at)
            #expect(!(result.stdout + result.stderr).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(command)")
        }
    }

    /// A vCard round trip keeps a UID exactly and an archived colleague archived.
    @Test func aVCardRoundTripKeepsTheUIDAndTheArchive() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        let card = cli.folder.appendingPathComponent("one.vcf")
        try "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:1111-aaaa\nFN:Una Uid\nEND:VCARD\n".write(to: card, atomically: true, encoding: .utf8)
        #expect(try cli.run(["import", card.path], environment: at).status == 0)
        #expect(try cli.run(["archive", "una"], environment: at).status == 0)
        let export = try cli.run(["export", "--format", "vcard"], environment: at).stdout
        #expect(export.contains("UID:urn:uuid:1111-aaaa\r\n"))
        let copy = RapportBinary()
        defer { copy.remove() }
        let file = copy.folder.appendingPathComponent("back.vcf")
        try export.write(to: file, atomically: true, encoding: .utf8)
        #expect(try copy.run(["import", file.path], environment: at).status == 0)
        let listed = try #require(try copy.json(["list", "--archived"]) as? [[String: Any]])
        #expect(listed.count == 1)
        #expect(listed.first?["archived"] as? Bool == true, "\(listed)")
        #expect(try copy.run(["export", "--format", "vcard"], environment: at).stdout == export, "the second export is the first")
    }
}

import Foundation
import Testing

/// Editing flows in the real dashboard, checked through `rapport show --json` on the same file.
@Suite struct EditingEndToEndTests {
    let binary = RapportBinary.executable.path

    /// A demo database of its own, the dashboard open on it at the colleagues screen.
    func openDemo() throws -> (TmuxSession, RapportBinary) {
        let cli = RapportBinary()
        try cli.run(["demo"])
        let tmux = try TmuxSession()
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        return (tmux, cli)
    }

    func show(_ name: String, _ cli: RapportBinary) throws -> [String: Any] {
        try #require(try cli.json(["show", name]) as? [String: Any])
    }

    @Test func quickLogFromTheColleaguesScreenInFewKeystrokes() throws {
        let (tmux, cli) = try openDemo()
        defer { cli.remove() }
        // Anna is the selected row, so the line starts with her name, selected: Tab keeps it.
        let keys = ["l", "\t", "g", "a", "v", "e", " ", "3", "0", "m", " "]
        for key in keys { key == "\t" ? try tmux.press("Tab") : try tmux.type(key) }
        try tmux.type("sent the close checklist")
        try tmux.waitFor("Will save: gave meeting · Anna Kowalczyk · 30m · today — sent the close")
        try tmux.press("Enter")
        try tmux.waitFor("Logged: gave meeting")
        #expect(keys.count + 1 <= 15, "keystrokes besides the note, Enter included")

        let recent = try #require(try show("anna", cli)["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "sent the close checklist")
        #expect(recent.first?["direction"] as? String == "gave")
        #expect(recent.first?["minutes"] as? Int == 30)
        try tmux.press("q")
    }

    @Test func ratingChangeIsStored() throws {
        let (tmux, cli) = try openDemo()
        defer { cli.remove() }
        try tmux.press("r")
        try tmux.waitFor("Rate Anna Kowalczyk")
        try tmux.press("Down", "Right", "Right")
        try tmux.waitFor("was 2")
        try tmux.press("Enter")
        try tmux.waitFor("Rated Anna Kowalczyk: frequency 2→4")
        let shown = try show("anna", cli)
        #expect((shown["ratings"] as? [String: Any])?["frequency"] as? Int == 4)
        let history = try #require(shown["ratingHistory"] as? [[String: Any]])
        #expect(history.filter { $0["dimension"] as? String == "frequency" }.count == 2)
        try tmux.press("q")
    }

    @Test func addAColleagueThroughTheForm() throws {
        let (tmux, cli) = try openDemo()
        defer { cli.remove() }
        try tmux.press("a")
        try tmux.waitFor("Add colleague")
        try tmux.press("Enter")
        try tmux.waitFor("a name is needed")
        try tmux.type("Åsa Lindgren")
        try tmux.press("Tab")
        try tmux.type("Treasury Manager")
        try tmux.press("Tab")
        try tmux.type("Finance")
        try tmux.press("Tab", "Tab", "Tab")
        try tmux.type("treasury exec")
        // Stance is a picker (new colleagues start unknown, as rapport add makes them), then the four ratings.
        try tmux.press("Tab")
        try tmux.waitFor("‹ unknown ›")
        try tmux.press("Left", "Left", "Left", "Left")
        try tmux.waitFor("‹ ally ›")
        try tmux.press("Tab")
        try tmux.press("4")
        try tmux.waitFor("▮▮▮▮▯ 4")
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        try tmux.type("soon")
        try tmux.press("Enter")
        try tmux.waitFor("✗ weeks (3w), none, or empty for the default")
        try tmux.press("C-u")
        try tmux.type("2w")
        try tmux.press("Enter")
        try tmux.waitFor("Added Åsa Lindgren")
        let shown = try show("Åsa", cli)
        #expect(shown["role"] as? String == "Treasury Manager")
        #expect(shown["stance"] as? String == "ally")
        #expect(shown["tags"] as? [String] == ["exec", "treasury"])
        #expect((shown["ratings"] as? [String: Any])?["vital"] as? Int == 4)
        try tmux.press("q")
    }

    @Test func deleteAsksFirstAndUndoBringsItBack() throws {
        let (tmux, cli) = try openDemo()
        defer { cli.remove() }
        let before = try show("anna", cli)
        try tmux.press("D")
        try tmux.waitFor("Delete Anna Kowalczyk")
        try tmux.press("n")
        try tmux.waitFor("Delete Anna", absent: true)
        try tmux.press("D")
        try tmux.waitFor("Delete Anna Kowalczyk")
        try tmux.press("y")
        try tmux.waitFor("Deleted Anna Kowalczyk — u undoes")
        #expect(try cli.run(["show", "anna"]).status != 0)
        try tmux.press("u")
        try tmux.waitFor("Undone: Deleted Anna Kowalczyk")
        let after = try show("anna", cli)
        #expect(after["id"] as? Int == before["id"] as? Int)
        #expect((after["recentInteractions"] as? [Any])?.count == (before["recentInteractions"] as? [Any])?.count)
        try tmux.press("q")
    }

    @Test func ambiguousNameShowsCandidatesInsteadOfSaving() throws {
        let (tmux, cli) = try openDemo()
        defer { cli.remove() }
        try cli.run(["add", "Danielle Roy"])
        try tmux.press("3")
        try tmux.waitFor("Marcus Oyelaran")
        let countBefore = try cli.run(["list", "--json"]).stdout.count
        try tmux.press("l")
        try tmux.type("dan gave help fixed it")
        try tmux.waitFor("matches 2 colleagues: Dana Whitfield, Danielle Roy")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("Quick log")
        #expect(!screen.contains("Logged:"))
        #expect(try cli.run(["list", "--json"]).stdout.count == countBefore)
        try tmux.press("Escape", "q")
    }

    /// The editor gets the terminal: it reads what is typed there (as vi and nano do), and a
    /// Ctrl-C there ends the editor, not the dashboard.
    @Test func theEditorReadsTheTerminal() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        let tmux = try editingAnnasNotes(in: cli, editor: """
            runs="$0.runs"; echo x >> "$runs"
            echo "line editor run $(wc -l < "$runs")"
            IFS= read -r line || exit 1
            sed -i -e "/^## Notes/a $line" "$1"
            """)
        try tmux.waitFor("line editor run 1")
        try tmux.type("typed at the terminal", enter: true)
        try tmux.waitFor("Saved notes on Anna Kowalczyk")
        #expect(try show("anna", cli)["notes"] as? String == "typed at the terminal")
        try tmux.press("E")
        // Ctrl-C once the editor runs: pressed before, it would reach no editor.
        try tmux.waitFor("line editor run 2")
        try tmux.press("C-c")
        // "the editor (its long path) exited with status 130", cut to the width.
        try tmux.waitFor("the editor (")
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("q")
        try tmux.waitFor("Anna Kowalczyk", absent: true)
    }

    @Test func notesOpenInTheEditorWithThePathAsItsOwnArgument() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        // An "editor" with options, as $EDITOR often has; it appends a line under "## Notes".
        let tmux = try TmuxSession(environment: ["EDITOR": "sed -i -e '/^## Notes/a from the editor'"])
        try tmux.type("\(binary) --db '\(cli.database)'", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("E")
        try tmux.waitFor("Saved notes on Anna Kowalczyk")
        #expect(try show("anna", cli)["notes"] as? String == "from the editor")
        try tmux.press("u")
        try tmux.waitFor("Undone: Saved notes")
        #expect(try show("anna", cli)["notes"] as? String == "")
        try tmux.press("q")
    }

    /// Notes take minutes in an editor, and other programs write meanwhile: here the "editor"
    /// changes Anna's role through `rapport edit` before it adds a line to her notes. Saving the
    /// notes keeps the role, as the form does the same for `e`.
    @Test func whatAnotherProgramWroteWhileTheEditorWasOpenStays() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        let tmux = try editingAnnasNotes(in: cli, editor: """
            '\(RapportBinary.executable.path)' edit anna --role 'Head of Finance' --db '\(cli.database)' > /dev/null
            sed -i -e '/^## Notes/a written in the editor' "$1"
            """)
        try tmux.waitFor("Saved notes on Anna Kowalczyk")
        let anna = try show("anna", cli)
        #expect(anna["notes"] as? String == "written in the editor")
        #expect(anna["role"] as? String == "Head of Finance", "the other program's change stays")
        try tmux.press("q")
    }

    /// Notes changed by another program while the editor was open cannot be saved over; what
    /// the user wrote is kept, and the status says where.
    @Test func aRefusedSaveKeepsWhatWasWrittenAndSaysWhere() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        let tmux = try editingAnnasNotes(in: cli, editor: """
            echo "$1" > "$0.path"
            '\(RapportBinary.executable.path)' edit anna --notes 'from another program' --db '\(cli.database)' > /dev/null
            sed -i -e '/^## Notes/a twenty minutes of typing' "$1"
            """)
        try tmux.waitFor("Kept what you wrote in")
        let path = try String(contentsOfFile: cli.folder.appendingPathComponent("editor.path").path, encoding: .utf8).trimmingCharacters(in: .newlines)
        try tmux.waitFor("Kept what you wrote in \(path)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("## Notes\ntwenty minutes of typing\n"))
        #expect(try show("anna", cli)["notes"] as? String == "from another program", "nothing was saved over it")
        try tmux.press("q")
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    /// The dashboard on `cli`'s database with `$EDITOR` a shell script of these lines, after `E`
    /// on Anna.
    private func editingAnnasNotes(in cli: RapportBinary, editor script: String) throws -> TmuxSession {
        let editor = cli.folder.appendingPathComponent("editor").path
        try (script + "\n").write(toFile: editor, atomically: true, encoding: .utf8)
        // Read by sh, not executed: a child another test thread spawns while the file is being
        // written inherits its descriptor, and executing it then fails with "Text file busy".
        let tmux = try TmuxSession(environment: ["EDITOR": "sh '\(editor)'"])
        try tmux.type("\(binary) --db '\(cli.database)'", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("E")
        return tmux
    }
}

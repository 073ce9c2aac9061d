import Foundation
import PropertyBased
import Testing

/// Random texts through the command line, as a shell would pass them: stored exactly (notes) or
/// refused, and never printed with a raw control, by any command, to either stream.
@Suite struct CommandLinePropertyTests {
    static let pieces = [
        "a", "Zoë", "e\u{301}", "田中", "مرحبا", "👩‍💻", " ", "\t", "\n", "\r", "\u{1B}]52;c;eA==\u{7}", "\u{1B}[2J", "\u{7F}", "\u{85}",
        "\u{9B}", "\u{2028}", "\u{202E}", "\u{2066}", "#", "## Notes", "\\", ",", ";", "\"", "=cmd", "--x",
    ]
    static var text: Generator<String, some SendableSequenceType> {
        Gen.element(of: pieces).map { $0 ?? "" }.array(of: 1...8).map { $0.joined() }
    }
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test func whatTheShellPassesIsStoredExactlyAndNeverPrintedRaw() async throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["add", "Dana Whitfield"], environment: at)
        await propertyCheck(count: 25, input: Self.text, Self.text) { name, notes in
            let environment = at
            // `--notes=VALUE`, as a shell user passes a value that starts with a dash.
            let added = try cli.run(["add", "P " + name, "--notes=" + notes, "--allow-duplicate"], environment: environment)
            let id = try #require(added.stdout.firstMatch(of: /\(#(\d+)\)/)?.1, "\(added.stderr)")
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(cli.run(["show", "#\(id)", "--json"], environment: environment).stdout.utf8)) as? [String: Any])
            #expect(shown["notes"] as? String == notes, "notes are kept byte for byte")
            let logged = try cli.run(["log", "#\(id)", "gave", "5m", "note:", name], environment: environment)
            #expect(logged.status != 0 || logged.stdout.filter { $0 == "\n" }.count == 1, "a confirmation is one line: \(logged.stdout.debugDescription)")
            var outputs = [added]
            for command in [["list"], ["show", "#\(id)"], ["history"], ["agenda"], ["review"], ["export", "--format", "markdown"],
                            ["export", "--format", "csv"], ["export", "--format", "vcard"], ["export", "--format", "ics"],
                            ["show", name], ["list", "--sort", name], ["--db", name]] {
                outputs.append(try cli.run(command, environment: environment, useDatabase: command.first != "--db"))
            }
            for output in outputs {
                let text = (output.stdout + output.stderr).replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || (0x2028...0x2029).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) },
                        "\(output.stdout.debugDescription) \(output.stderr.debugDescription)")
            }
        }
    }

    /// An error that quotes what was typed is one line, whatever the text holds: a line break in
    /// it shows as ␊. Only swift-argument-parser's usage lines may follow it.
    @Test func anErrorQuotingWhatWasTypedIsOneLine() async throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        await propertyCheck(count: 15, input: Self.text) { random in
            let text = random + "\n" + random
            for command in [["show", "x" + text], ["edit", "dana", "--tag=x y" + text], ["edit", "dana", "--stance=x" + text], ["log", "x" + text],
                            ["history", "--since=x" + text], ["review", "--week=x" + text], ["budget", "x" + text], ["need", "done", "x" + text],
                            ["history", "edit", "x" + text, "dana", "gave"], ["import", "--format=x" + text, "x"]] {
                let result = try cli.run(command, environment: at)
                let own = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("  See '") && !$0.hasPrefix("Help:") }
                #expect(result.status != 0 && own.count == 1, "\(command.debugDescription): \(result.stderr.debugDescription)")
            }
        }
    }

    /// A one-line field keeps to its line in every text a command prints: whatever a role, team,
    /// organisation or email holds, line breaks included, the output has as many lines.
    @Test func oneLineFieldsAddNoLinesToAnyOutput() async throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let commands = [["list"], ["list", "--archived"], ["show", "dana"], ["agenda"], ["brief", "dana"], ["review"], ["departments"], ["history", "dana"]]
        func set(_ text: String) throws {
            let result = try cli.run(["edit", "dana", "--role=x" + text, "--team=x" + text, "--org=x" + text, "--email=x" + text], environment: at)
            #expect(result.status == 0, "\(result.stderr)")
        }
        func lineCounts() throws -> [Int] {
            try commands.map { try cli.run($0, environment: at).stdout.split(separator: "\n", omittingEmptySubsequences: false).count }
        }
        try set("")
        let plain = try lineCounts()
        await propertyCheck(count: 15, input: Self.text) { text in
            try set(text)
            #expect(try lineCounts() == plain, "\(text.debugDescription)")
        }
    }

    /// Lines on standard input are logged with their notes as typed, all or none.
    @Test func linesOnStandardInputAreLoggedExactlyOrRefusedWhole() async throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["add", "Dana Whitfield"], environment: at)
        let line = Gen.element(of: Self.pieces.filter { !$0.contains("\n") && !$0.contains("\r") && $0 != "\u{85}" && $0 != "\u{2028}" })
            .map { $0 ?? "" }.array(of: 1...6).map { $0.joined() }
        await propertyCheck(count: 20, input: line, line) { first, second in
            // Ended as on Unix, or as a file from Windows ends them.
            let end = first.count.isMultiple(of: 2) ? "\n" : "\r\n"
            let input = "dana gave 5m note: \(first)\(end)dana got 10m note: \(second)\(end)"
            let before = try cli.run(["history", "--json"], environment: at).stdout
            let result = try cli.run(["log", "-"], environment: at, input: input)
            let history = try #require(try JSONSerialization.jsonObject(with: Data(cli.run(["history", "--json", "--limit", "2"], environment: at).stdout.utf8)) as? [[String: Any]])
            if result.status == 0 {
                #expect(Set(history.compactMap { $0["note"] as? String }) == Set(["note: \(first)".trimmingCharacters(in: .whitespaces), "note: \(second)".trimmingCharacters(in: .whitespaces)]))
            } else {
                #expect(try cli.run(["history", "--json"], environment: at).stdout == before, "a refused batch writes nothing: \(result.stderr)")
            }
        }
    }
}

import Foundation
import Testing

/// Imported colleagues have no ratings; the review's item rates them one after another.
@Suite struct RateImportedEndToEndTests {
    let binary = RapportBinary.executable.path

    @Test func importThenRateEveryoneFromTheReview() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        let cards = cli.folder.appendingPathComponent("team.vcf").path
        try Data("BEGIN:VCARD\nFN:Ana Lima\nORG:Acme;Legal\nEND:VCARD\nBEGIN:VCARD\nFN:Ben Adler\nEND:VCARD\n".utf8).write(to: URL(fileURLWithPath: cards))
        #expect(try cli.run(["import", cards]).status == 0)
        let tmux = try TmuxSession()
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Ana Lima")
        try tmux.press("w")
        try tmux.waitFor("Rate the 2 colleagues you imported")
        // Move to the item, whatever comes before it in the queue.
        for _ in 0..<5 where !(try tmux.screen().contains("── Rate imported")) {
            try tmux.press("j")
            usleep(100_000)
        }
        try tmux.waitFor("── Rate imported · 2 colleagues")
        try tmux.press("r")
        try tmux.waitFor("Rate Ana Lima")
        try tmux.press("4", "3", "3", "3", "Enter")
        try tmux.waitFor("Rate Ben Adler")
        try tmux.press("2", "2", "2", "2", "Enter")
        try tmux.waitFor("Rated Ben Adler")
        try tmux.waitFor("Rate the 2 colleagues you imported", absent: true)
        try tmux.press("q")
        let ana = try #require(try cli.json(["show", "ana"]) as? [String: Any])
        #expect((ana["ratings"] as? [String: Any])?["vital"] as? Int == 4)
        let ben = try #require(try cli.json(["show", "ben"]) as? [String: Any])
        #expect((ben["ratings"] as? [String: Any])?["trust"] as? Int == 2)
    }
}

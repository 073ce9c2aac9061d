import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// `rapport log` parses against only the colleagues a line can name; every line must parse to
/// the same entry, or fail with the same error, as against everyone.
@Suite struct QuickLogCandidatesTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))
    let names = [
        "Dana Whitfield", "Dana Scott", "Danai Okafor", "Zoë Laurent", "Zoe Adams", "田中 浩 (Hiroshi Tanaka)", "Sam O'Brien",
        "Anna-Lisa Berg", "Ben Adler", "Benjamin Gave", "Help Desk", "Li Wei", "Lia Chen", "Ömer Yılmaz", "100% Percy",
    ]

    @Test func parsingAgainstTheLinesCandidatesDecidesAsAgainstEveryone() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        for (index, name) in names.enumerated() {
            try database.addColleague(Colleague(name: name, tags: index.isMultiple(of: 3) ? ["exec"] : [], archived: index == 4), at: now)
        }
        let everyone = QuickLogParser(candidates: try database.quickLogCandidates(), now: now)
        let words = ["dana", "da", "whit", "zoe", "zoë", "ZOE", "田中", "o'brien", "anna-lisa", "ben", "benjamin", "gave", "help",
                     "li", "lia", "omer", "100%", "%", "_", "#1", "#3", "#99", "@exec", "desk", "scott", "wei", "x", "tanaka"]
        let tails = ["gave info 30m shared numbers", "got help", "", "meeting yesterday", "mutual", "dana lia li zoe gave", "@exec help"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            let count = Int.random(in: 1...3, using: &generator)
            let line = (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + " " + tails.randomElement(using: &generator)!
            let few = try database.quickLogParser(for: line, now: now)
            #expect(Self.outcome(few, line) == Self.outcome(everyone, line), "\(line)")
        }
    }

    @Test func aLineReadsOnlyTheColleaguesItCanName() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        for name in names where name != "Benjamin Gave" && name != "Help Desk" { try database.addColleague(Colleague(name: name), at: now) }
        #expect(try database.quickLogParser(for: "dana gave info shared zoe's numbers", now: now).candidates.map(\.name)
            == ["Dana Scott", "Dana Whitfield", "Danai Okafor"])
        #expect(try database.quickLogParser(for: "#3 got help", now: now).candidates.map(\.id) == [3])
        try database.addColleague(Colleague(name: "Benjamin Gave"), at: now)
        #expect(try database.quickLogParser(for: "ben gave dana", now: now).candidates.count == names.count - 1,
                "a name with a keyword in it: everyone")
    }

    /// A subcommand's NAME (`rapport show dana`) picks an exact folded name, else a unique prefix
    /// of a name or of a later word of it: whatever everyone would give, the candidates hold.
    @Test func aNamesCandidatesHoldWhateverEveryoneWouldGive() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        for (index, name) in names.enumerated() { try database.addColleague(Colleague(name: name, archived: index == 4), at: now) }
        let everyone = try database.quickLogCandidates(includeArchived: true)
        var asked = ["%", "_", "  dana  ", "dana whit", "DANA WHITFIELD", "zoe a", "o'b", "(hiroshi", "anna-", "-lisa", "100", "x", ""]
        for name in names {
            asked += (1...name.count).map { String(name.prefix($0)) }
            asked += name.split(separator: " ").dropFirst().map(String.init)
        }
        for name in asked {
            let found = try database.colleagueCandidates(named: name, includeArchived: true)
            let wanted = name.folded.trimmed
            let exact = everyone.filter { $0.foldedName == wanted }
            let prefixed = QuickLogParser(candidates: everyone, now: now).matches(prefix: name.trimmed)
            #expect(Set((exact + prefixed).map(\.id)).isSubset(of: found.map(\.id)), "\(name)")
            #expect(found.count <= names.count)
        }
        #expect(try database.colleagueCandidates(named: "zoe a", includeArchived: false).isEmpty, "Zoe Adams is archived")
        #expect(try database.colleagueCandidates(named: "dana", includeArchived: true).map(\.name) == ["Dana Scott", "Dana Whitfield", "Danai Okafor"])
    }

    static func outcome(_ parser: QuickLogParser, _ line: String) -> String {
        do { return "\(try parser.parse(line))" } catch { return "error: \(error.description)" }
    }

    @Test func foldedNamesFollowEveryWriteOfAName() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        var zoe = try database.addColleague(Colleague(name: "Zoë Laurent"), at: now)
        zoe.name = "Zoé Müller"
        try database.updateColleague(zoe, at: now)
        let (_, inverse) = try database.recording { try database.deleteColleague(zoe.id!) }
        try database.undo(inverse)
        let folded = try database.read { db in try String.fetchAll(db, sql: "SELECT folded_name FROM colleague") }
        #expect(folded == ["zoe muller"])
    }
}

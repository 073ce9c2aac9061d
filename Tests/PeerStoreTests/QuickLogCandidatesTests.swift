import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// `rapport log` looks each name up in SQL as the parse asks for it (`StoredQuickLogNames`);
/// every line must parse to the same entry, or fail with the same error, as against everyone.
@Suite struct QuickLogCandidatesTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))
    let names = [
        "Dana Whitfield", "Dana Scott", "Danai Okafor", "Zoë Laurent", "Zoe Adams", "田中 浩 (Hiroshi Tanaka)", "Sam O'Brien",
        "Anna-Lisa Berg", "Ben Adler", "Benjamin Gave", "Help Desk", "Li Wei", "Lia Chen", "Ömer Yılmaz", "100% Percy",
        "Dana Whitfield", "Li", "Li Wei Chen", "Scott Dana", "Rae \"Ray\" Quinn",
    ]

    @Test func lookingNamesUpAsTheParseAsksDecidesAsAgainstEveryone() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        for (index, name) in names.enumerated() {
            try database.addColleague(
                Colleague(name: name, tags: index.isMultiple(of: 3) ? ["exec"] : [], archived: index == 4), at: now)
        }
        let everyone = QuickLogParser(candidates: try database.quickLogCandidates(), now: now)
        let words = ["dana", "da", "whit", "dana whitfield", "zoe", "zoë", "ZOE", "zoe adams", "田中", "田中 浩", "o'brien", "o'b", "anna-lisa",
                     "anna-", "ben", "benjamin", "benjamin gave", "gave", "help", "help desk", "li", "li wei", "li wei chen", "lia", "omer",
                     "100%", "%", "_", "-", ",", "#1", "#3", "#5", "#99", "@exec", "@EXEC", "@nobody", "desk", "scott", "scott dana",
                     "wei", "x", "tanaka", "(hiroshi", "rae", "\"ray\"", "rae \"ray\"", "\"ray", "\""]
        let tails = ["gave info 30m shared numbers", "got help", "", "meeting yesterday", "mutual", "dana lia li zoe gave", "@exec help"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<800 {
            let count = Int.random(in: 1...3, using: &generator)
            let line = (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + " " + tails.randomElement(using: &generator)!
            let lookedUp: String
            do { lookedUp = "\(try database.parseQuickLog(line, now: now))" } catch { lookedUp = "error: \(error)" }
            #expect(lookedUp == Self.outcome(everyone, line), "\(line)")
        }
    }

    @Test func aLineReadsTheColleaguesItNames() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        for name in names.prefix(15) { try database.addColleague(Colleague(name: name), at: now) }
        for surname in ["Adler", "Baker", "Berg", "Brown", "Chen"] { try database.addColleague(Colleague(name: "Ana " + surname), at: now) }
        try database.addColleague(Colleague(name: "Ana Kowalczyk"), at: now)
        for first in ["Jan", "Ewa", "Piotr"] { try database.addColleague(Colleague(name: first + " Kowalczyk"), at: now) }
        let asked = { (line: String) throws -> [String: [String]] in
            try database.read { db in
                let names = StoredQuickLogNames(db: db, includeArchived: false)
                _ = try? QuickLogParser(candidates: [], now: now).parse(line, names: names)
                return names.answers.mapValues { $0.map(\.name) }
            }
        }
        #expect(try asked("ana kowalczyk gave info shared the numbers") == [
            "=ana kowalczyk gave info": [], "=ana kowalczyk gave": [], "=ana kowalczyk": ["Ana Kowalczyk"],
        ])
        #expect(try asked("#3 got help") == ["#3": ["Danai Okafor"]])
        #expect(try asked("ana gave x")["=ana"]?.count == 6, "one word: everyone it starts")
        #expect(try database.parseQuickLog("ana kowalczyk gave 30m x", now: now).colleagues.map(\.name) == ["Ana Kowalczyk"])
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
        #expect(try database.colleagueCandidates(named: "dana", includeArchived: true).map(\.name)
            == ["Dana Scott", "Dana Whitfield", "Dana Whitfield", "Danai Okafor", "Scott Dana"])
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

    /// `rapport add` checks for a likely duplicate among the candidates the store reads for it,
    /// not among everyone; the answer must be the same one.
    @Test func likelyDuplicateCandidatesGiveWhatEveryoneWould() throws {
        let temp = TemporaryDatabase()
        let database = try temp.open()
        let people: [(String, String, Bool)] = [
            ("Dana Whitfield", "dana@example.com", false), ("Dana Scott", "", false), ("Zoë Laurent", "ZOE@Example.com", true),
            ("Zoe Laurent", " zoe.l@example.com ", false), ("Élise Martin", "ÉLISE@example.fr", false), ("Sam O'Brien", "sam@example.com", false),
            ("田中 浩", "tanaka@example.jp", false), ("Li", "li@example.com", false), ("Li Wei", "", true), ("100% Percy", "percy@x.org", false),
        ]
        for (name, email, archived) in people {
            var colleague = Colleague(name: name, archived: archived)
            colleague.email = email
            try database.addColleague(colleague, at: now)
        }
        var everyone: [Colleague] = []
        try database.forEachColleague { everyone.append($0) }
        let probes: [(String, String)] = [
            ("dana whitfield", ""), ("DANA WHITFIELD", "x@y.z"), ("Dana", ""), ("Someone", "dana@example.com"), ("Someone", " DANA@EXAMPLE.COM "),
            ("zoe laurent", ""), ("Zoë Laurent", ""), ("Nobody", "zoe@example.com"), ("Nobody", "zoe.l@example.com"), ("Nobody", "élise@example.fr"),
            ("elise martin", ""), ("sam o'brien", ""), ("Sam O’Brien", ""), ("田中 浩", ""), ("田中", ""), ("li", ""), ("LI WEI", ""),
            ("100% percy", ""), ("%", "percy@x.org"), ("New Person", ""), ("New Person", "new@example.com"), ("\"", ""),
        ]
        for (name, email) in probes {
            var probe = Colleague(name: name)
            probe.email = email
            let candidates = try database.likelyDuplicateCandidates(of: probe)
            #expect(LikelyDuplicate.find(for: probe, among: candidates) == LikelyDuplicate.find(for: probe, among: everyone), "\(name) <\(email)>")
            #expect(candidates.compactMap(\.id) == candidates.compactMap(\.id).sorted(), "in id order")
        }
    }
}

import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// `rapport add` checks for a likely duplicate among the candidates the store reads for it, not
/// among everyone; the answer must be the same one.
@Suite struct LikelyDuplicateCandidatesTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    @Test func theCandidatesGiveWhatEveryoneWould() throws {
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
        let everyone = try database.allColleagues()
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

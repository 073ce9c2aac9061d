import Foundation
import PeerNetwork
import PeerStore
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// Redaction is a view: with Ctrl-P on, no frame of any screen or popup shows a name, an email,
/// a note, a value, an agenda, a need, a promise or a rating of the demo network, and the state
/// still holds the real data, so a write never starts from redacted text.
@Suite(.serialized) struct RedactionViewTests {
    /// Key sequences that reach every screen and popup, each from the colleagues screen.
    static let journeys: [[Key]] = [
        [], [.char("/"), .char("a"), .enter], [.char("2"), .char("j")], [.char("3")], [.char("3"), .char("D")],
        [.char("j"), .char("j"), .enter], [.char("j"), .char("j"), .enter, .char("c")], [.char("j"), .enter, .char("n")],
        [.char("j"), .enter, .char("p")], [.char("j"), .char("t")], [.char("j"), .char("D")], [.char("w")],
        [.char("w"), .char(" ")], [.char("w"), .char(".")], [.char("?")],
        [.char("l")] + "dan gave 30m shared the numbers".map(Key.char), [.char("l")] + "dan gvae 30m".map(Key.char),
        [.char("l"), .up], [.char("e")], [.char("E")], [.char("r")], [.char("3"), .enter], [.char("w"), .char("r")],
        [.char("l")] + "dan gave 30m x".map(Key.char) + [.enter],
        [.char("b")], [.char("j"), .char("b")], [.char("j"), .char("b"), .down], [.char(":")], [.char(":")] + "arch".map(Key.char),
        [.char("5")], [.char("m")], [.char("j"), .char("T")], [.char(" "), .char("j"), .char(" "), .char("T")], [.char("a")],
    ]

    @Test(arguments: [(80, 24), (200, 50)]) func noFrameShowsAnythingPrivate(width: Int, height: Int) throws {
        let (runtime, folder) = try SnapshotTests.demoRuntime(width: width, height: height)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secrets = try Self.secrets(runtime)
        #expect(secrets.count > 100)
        for journey in Self.journeys {
            let (fresh, freshFolder) = try SnapshotTests.demoRuntime(width: width, height: height)
            defer { try? FileManager.default.removeItem(at: freshFolder) }
            fresh.dispatch(.key(.control("p")))
            for key in journey {
                fresh.dispatch(.key(key))
                let frame = DashboardView.render(fresh.state).text
                for secret in secrets where Self.shows(frame, secret) {
                    Issue.record("“\(secret)” shows after \(journey) at \(width)×\(height):\n\(frame)")
                }
                #expect(frame.firstMatch(of: /(?i)(vital|frequency|quality|trust)\s*[1-5]/) == nil, "a rating shows after \(journey):\n\(frame)")
            }
        }
    }

    @Test func theStateKeepsTheRealDataAndEditingIsRefused() throws {
        let (runtime, folder) = try SnapshotTests.demoRuntime(width: 80, height: 24)
        defer { try? FileManager.default.removeItem(at: folder) }
        runtime.dispatch(.key(.control("p")))
        runtime.dispatch(.key(.char("j")))
        #expect(runtime.state.selectedColleague?.colleague.name == "Ben Adler", "the state holds the real name")
        for key in ["e", "E", "r"] {
            runtime.dispatch(.key(.char(Character(key))))
            #expect(runtime.state.popup == nil, "\(key) opens nothing")
            #expect(runtime.state.status?.text == "Hidden while redacted: this shows private fields; Ctrl-P ends redaction")
        }
        runtime.dispatch(.key(.control("p")))
        runtime.dispatch(.key(.char("e")))
        #expect(runtime.state.popup != nil)
        runtime.dispatch(.key(.control("p")))
        #expect(!runtime.state.redacted, "redaction does not start over a form of private fields")
    }

    @Test func initialsWorkInAnyScript() {
        #expect(Redaction.initials("Dana Whitfield") == "D. W.")
        #expect(Redaction.initials("田中 浩 (Hiroshi Tanaka)") == "田. 浩.")
        #expect(Redaction.initials("陈静 (Chen Jing)") == "陈.")
        #expect(Redaction.initials("Anne-Marie O'Neil") == "A. O.")
        #expect(Redaction.initials("— (x)") == "?")
    }

    /// Every private text of the network: names (and each word of them), emails, and the start
    /// of every note, value, agenda, motivator, interaction note, need and promise.
    static func secrets(_ runtime: DashboardRuntime) throws -> Set<String> {
        let data = try #require(runtime.data as? StoreDataSource)
        let archive = try data.database.archive()
        var secrets = Set<String>()
        func add(_ text: String) {
            let start = String(text.prefix(14)).trimmingCharacters(in: .whitespaces)
            if start.count >= 6 { secrets.insert(start) }
        }
        for person in archive.people {
            let colleague = person.colleague
            secrets.insert(colleague.name)
            for word in colleague.name.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 { secrets.insert(String(word)) }
            if !colleague.email.isEmpty { secrets.insert(colleague.email) }
            for text in [colleague.notes, colleague.agenda, colleague.motivators, colleague.demotivators, colleague.valuedInfo] { add(text) }
        }
        archive.interactions.forEach { add($0.note) }
        archive.needs.forEach { add($0.what) }
        archive.promises.forEach { add($0.what) }
        return secrets
    }

    /// A name word counts where it stands as a word; longer texts anywhere; in any case.
    static func shows(_ frame: String, _ secret: String) -> Bool {
        let frame = frame.lowercased(), secret = secret.lowercased()
        guard !secret.contains(" "), secret.count < 14 else { return frame.contains(secret) }
        return frame.split(whereSeparator: { !$0.isLetter }).contains { $0 == secret }
    }
}

import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

/// The README's key tables and the keymap say the same thing: a key added, removed or renamed
/// fails here until the README follows.
@Suite struct ReadmeKeysTests {
    /// The keys in the first column of every `| key |` and `| screen |` table of the README.
    static func readmeKeys() throws -> Set<String> {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        var keys = Set<String>()
        var inTable = false
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| key |") || line.hasPrefix("| screen |") { inTable = true; continue }
            guard inTable, line.hasPrefix("|") else { inTable = false; continue }
            let cell = line.split(separator: "|", omittingEmptySubsequences: false)[1]
            keys.formUnion(cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        }
        keys.remove("---")
        return keys
    }

    @Test func everyBindingIsInTheReadme() throws {
        let readme = try Self.readmeKeys()
        for binding in Keymap.bindings {
            let primary = binding.keys[0].label
            #expect(readme.contains(primary), "the README's key tables do not mention \(primary) (\(binding.help))")
        }
    }

    @Test func everyKeyInTheReadmeIsBound() throws {
        let bound = Set(Keymap.bindings.flatMap { $0.keys.map(\.label) })
        for key in try Self.readmeKeys() {
            #expect(bound.contains(key), "the README lists \(key), which the keymap does not bind")
        }
    }
}

/// What a popup's footer promises, it does: every key listed for a popup changes something.
@Suite struct PopupKeysTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    @Test func everyListedQuickLogAndFormKeyActs() {
        var state = AppState(width: 100, height: 30, now: now)
        _ = update(&state, .candidatesLoaded([QuickLogCandidate(id: 1, name: "Dana Whitfield")]))
        state.quickLogHistory = ["dana gave 30m earlier"]
        for key in (Keymap.popupKeys[.quickLog] ?? []).flatMap(\.keys) where key != .control("k") {
            _ = update(&state, .key(.char("l")))
            // Each key gets a line where it has something to do.
            for character in key == .tab ? "dana feedb" : "dana gave 30m x" { _ = update(&state, .key(.character(character))) }
            if key == .down { _ = update(&state, .key(.up)) }
            let before = state
            let effects = update(&state, .key(key))
            #expect(state != before || !effects.isEmpty, "\(key.label) is listed for the quick-log popup but does nothing")
            state.popup = nil
        }
        for key in (Keymap.popupKeys[.form] ?? []).flatMap(\.keys) {
            _ = update(&state, .key(.char("a")))
            for character in "Kim" { _ = update(&state, .key(.character(character))) }
            if key == .left || key == .right {
                let stance = ColleagueForm.Field.allCases.firstIndex(of: .stance)!
                for _ in 0..<stance { _ = update(&state, .key(.tab)) }
            }
            let before = state
            let effects = update(&state, .key(key))
            #expect(state != before || !effects.isEmpty, "\(key.label) is listed for the form but does nothing")
            state.popup = nil
        }
    }

    /// The popups without a text field act on the keys their footer lists, and on no other:
    /// a key that works unlisted is one the user cannot learn from the screen or from `?`.
    @Test(arguments: [PopupKind.rate, .stance, .commitments, .confirm, .meetings, .brief])
    func aPopupActsOnItsListedKeysAndNoOthers(kind: PopupKind) {
        let dana = Colleague(id: 1, name: "Dana Whitfield", ratings: Ratings(vital: 3, frequency: 3, quality: 3, trust: 3))
        let popups: [PopupKind: Popup] = [
            .rate: .rate(RatePopup(colleagueID: 1, name: dana.name, previous: dana.ratings, ratings: dana.ratings)),
            .stance: .stance(StancePopup(colleagueID: 1, name: dana.name, selected: .neutral, original: .neutral)),
            .commitments: .commitments(CommitmentListPopup(name: dana.name, needs: [
                Need(id: 1, colleagueID: 1, what: "a", dueAt: now, createdAt: now), Need(id: 2, colleagueID: 1, what: "b", dueAt: now, createdAt: now),
                Need(id: 3, colleagueID: 1, what: "c", dueAt: now, createdAt: now),
            ], promises: [])),
            .confirm: .confirm(Confirmation(message: "Delete?", change: .deleteColleague(1), description: "Deleted")),
            .meetings: .meetings(MeetingsPopup(meetings: ["a", "b", "c"].map { CalendarPromptTests.meeting($0, unknown: [CalendarPromptTests.zed]) })),
            .brief: .brief(BriefPopup(brief: Brief(meeting: nil, people: (1...5).map { (id: Int64) in
                Brief.Person(colleague: Colleague(id: id, name: "Person \(id)"), balance: Balance(), promises: [], needs: [], lastInformationShared: nil, recent: [])
            }))),
        ]
        let listed = Set((Keymap.popupKeys[kind] ?? []).flatMap { $0.keys + $0.aliases })
        let universe: [Key] = (Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .?/").map { Key.char($0) })
            + [.up, .down, .left, .right, .tab, .backTab, .enter, .escape, .backspace, .delete, .home, .end, .pageUp, .pageDown]
            // Ctrl-L redraws over any popup: a global key, listed in `?` as such.
            + Array("abdefghknpuw").map { Key.control($0) }
        for key in universe {
            var state = AppState(width: 100, height: 30, now: now)
            // In the middle of the list, so that both ↑ and ↓ have somewhere to go.
            var popup = popups[kind]!
            if case .commitments(var list) = popup { list.selected = 1; popup = .commitments(list) }
            if case .rate(var rate) = popup { rate.focus = .frequency; popup = .rate(rate) }
            if case .meetings(var list) = popup { list.selected = 1; popup = .meetings(list) }
            if case .brief(var brief) = popup { brief.offset = 1; popup = .brief(brief) }
            state.popup = popup
            let before = state
            let effects = update(&state, .key(key))
            let acted = state.popup != before.popup || !effects.isEmpty
            if listed.contains(key) {
                #expect(acted, "\(key.label) is listed for the \(kind.rawValue) but does nothing")
            } else {
                #expect(!acted, "\(key.label) works in the \(kind.rawValue) but its footer and ? do not list it")
            }
        }
    }

    /// The popups with a text field type every printable character; every other key they act
    /// on is listed for the popup or for any text field.
    @Test(arguments: [PopupKind.quickLog, .form, .commitment, .palette, .tag])
    func aTextPopupActsOnNoUnlistedKey(kind: PopupKind) {
        let listed = Set(((Keymap.popupKeys[kind] ?? []) + Keymap.textFieldKeys).flatMap { $0.keys + $0.aliases })
        let universe: [Key] = [.up, .down, .left, .right, .tab, .backTab, .enter, .escape, .backspace, .delete, .home, .end, .pageUp, .pageDown]
            + Array("abcdefghijkmnopqrstuvwxyz").map { Key.control($0) }
        for key in universe where !listed.contains(key) {
            var state = AppState(width: 100, height: 30, now: now)
            _ = update(&state, .candidatesLoaded([QuickLogCandidate(id: 1, name: "Dana Whitfield")]))
            _ = update(&state, .colleaguesLoaded(ColleagueList([
                ColleagueSummary(colleague: Colleague(id: 1, name: "Dana Whitfield"), lastContact: nil, balance: Balance()),
            ]), departments: []))
            state.quickLogHistory = ["dana gave 30m earlier"]
            switch kind {
            case .quickLog: _ = update(&state, .key(.char("l")))
            case .form: _ = update(&state, .key(.char("a")))
            case .palette: _ = update(&state, .key(.char(":")))
            case .tag: _ = update(&state, .key(.char("T")))
            default: _ = update(&state, .key(.char("n")))
            }
            #expect(state.popup != nil, "\(kind.rawValue) did not open")
            // Text with the cursor inside it, so that any key that edits or moves has work to do.
            for character in "dana gave 30m x" { _ = update(&state, .key(.character(character))) }
            for _ in 0..<3 { _ = update(&state, .key(.left)) }
            let before = state
            let effects = update(&state, .key(key))
            #expect(state.popup == before.popup && effects.isEmpty, "\(key.label) works in the \(kind.rawValue) but its footer and ? do not list it")
        }
    }

    @Test func theHelpListsThePopupsKeys() {
        let help = HelpOverlay.entries().map(\.text)
        #expect(help.contains("In the quick-log popup"))
        #expect(help.contains("completes or takes a suggestion"))
    }
}

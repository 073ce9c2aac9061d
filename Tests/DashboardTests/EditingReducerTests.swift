import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct EditingReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)
    let candidates = [
        QuickLogCandidate(id: 1, name: "Dana Whitfield"), QuickLogCandidate(id: 2, name: "Daniel Okafor"),
        QuickLogCandidate(id: 3, name: "Zoë Laurent"),
    ]

    func state() -> AppState {
        var state = AppState(width: 80, height: 24, now: now)
        let colleagues = [
            ColleagueSummary(colleague: Colleague(id: 1, name: "Dana Whitfield", ratings: Ratings(vital: 5, trust: 2)), lastContact: nil, balance: Balance()),
            ColleagueSummary(colleague: Colleague(id: 3, name: "Zoë Laurent"), lastContact: nil, balance: Balance()),
        ]
        _ = update(&state, .colleaguesLoaded(ColleagueList(colleagues), departments: []))
        _ = update(&state, .candidatesLoaded(candidates))
        return state
    }

    /// At 80 columns a long line's preview runs past the popup: it ends in "…", not mid-word.
    @Test func aPreviewTooLongForThePopupEndsInAnEllipsis() {
        var state = state()
        _ = update(&state, .key(.char("l")))
        type("dana gave info 30m shared the quarterly churn numbers with the whole team", into: &state)
        let preview = DashboardView.render(state).lines.first { $0.contains("Will save:") } ?? ""
        #expect(preview.contains("Will save: gave info · Dana Whitfield · 30m · today — shared the quarte… │"), "\(preview)")
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { _ = update(&state, .key(.character(character))) }
    }

    var quickLog: (AppState) -> QuickLogPopup? = { state in
        if case .quickLog(let popup) = state.popup { return popup }
        return nil
    }

    @Test func quickLogStartsWithTheSelectedColleagueAndSaves() throws {
        var state = state()
        #expect(update(&state, .key(.char("l"))) == [.loadCandidates, .loadQuickLogLines])
        _ = update(&state, .key(.tab))  // keep the prefilled name
        #expect(quickLog(state)?.field.text == "Dana Whitfield ")
        type("gave info 30m churn numbers", into: &state)
        let effects = update(&state, .key(.enter))
        guard case .apply(.batch(let changes), let description) = try #require(effects.first), case .log(let interaction) = changes[0] else {
            Issue.record("expected a log, got \(effects)")
            return
        }
        #expect(changes.last == .rememberLine("Dana Whitfield gave info 30m churn numbers"), "the line is kept for ↑ after a restart")
        #expect(interaction.colleagueIDs == [1])
        #expect(interaction.kind == .info)
        #expect(interaction.minutes == 30)
        #expect(description == "Logged: gave info · Dana Whitfield · 30m · today — churn numbers")
        #expect(state.popup != nil, "the popup stays open until the write lands")
        landed(&state)
        #expect(state.popup == nil)
        #expect(state.quickLogHistory == ["Dana Whitfield gave info 30m churn numbers"])
    }

    @Test func rightKeepsThePrefilledNameAndThenMovesTheCursor() {
        var state = state()
        _ = update(&state, .key(.char("l")))
        _ = update(&state, .key(.right))
        #expect(quickLog(state)?.field.isSelected == false)
        #expect(quickLog(state)?.field.text == "Dana Whitfield ")
        _ = update(&state, .key(.left))
        _ = update(&state, .key(.right))
        #expect(quickLog(state)?.field.text == "Dana Whitfield ", "with nothing selected → only moves the cursor")
        #expect(quickLog(state)?.field.cursor == "Dana Whitfield ".count)
    }

    @Test func aLineThatDoesNotParseIsNotSaved() {
        var state = state()
        _ = update(&state, .key(.char("3")))
        _ = update(&state, .key(.char("l")))
        _ = update(&state, .key(.tab))  // keep the prefilled name
        #expect(quickLog(state)?.field.text == "", "no colleague on the log screen")
        type("dan gave help", into: &state)
        #expect(update(&state, .key(.enter)).isEmpty)
        #expect(quickLog(state) != nil, "the popup stays open with the error in the preview")
        _ = update(&state, .key(.escape))
        #expect(state.popup == nil)
    }

    @Test func tabCompletesTheNameBeingTyped() {
        var state = state()
        _ = update(&state, .key(.char("3")))
        _ = update(&state, .key(.char("l")))
        type("zo", into: &state)
        #expect(QuickLogLine.completions(for: "zo", candidates: candidates).map(\.name) == ["Zoë Laurent"])
        _ = update(&state, .key(.tab))
        #expect(quickLog(state)?.field.text == "Zoë Laurent ")
        #expect(QuickLogLine.completions(for: "Dana gave he", candidates: candidates).isEmpty, "no names after a keyword")
        #expect(QuickLogLine.completions(for: "Da", candidates: candidates).count == 2)
    }

    @Test func upAndDownRecallEarlierLines() {
        var state = state()
        state.quickLogHistory = ["first line", "second line"]
        _ = update(&state, .key(.char("3")))
        _ = update(&state, .key(.char("l")))
        type("draft", into: &state)
        _ = update(&state, .key(.up))
        #expect(quickLog(state)?.field.text == "second line")
        _ = update(&state, .key(.up))
        _ = update(&state, .key(.up))
        #expect(quickLog(state)?.field.text == "first line")
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.down))
        #expect(quickLog(state)?.field.text == "draft")
    }

    @Test func enterOnADetailInteractionEditsIt() throws {
        var state = state()
        let interaction = Interaction(id: 9, occurredAt: now.addingTimeInterval(-3 * 86_400), colleagueIDs: [1], direction: .received, kind: .feedback, minutes: 45, note: "on the plan")
        _ = update(&state, .key(.enter))
        _ = update(&state, .detailLoaded(ColleagueDetail(
            summary: state.colleagues[0]!, ratingHistory: [], stanceHistory: [], recent: [LogEntry(interaction: interaction, names: ["Dana Whitfield"])])))
        _ = update(&state, .key(.enter))
        let popup = try #require(quickLog(state))
        #expect(popup.editing?.id == 9)
        #expect(popup.field.text.hasPrefix("Dana Whitfield received feedback 45m 20"))
        #expect(popup.field.text.hasSuffix(" on the plan"))
        _ = update(&state, .key(.control("w")))
        type("deck", into: &state)
        let effects = update(&state, .key(.enter))
        guard case .apply(.updateInteraction(let updated, let base), _) = try #require(effects.first) else {
            Issue.record("expected an update, got \(effects)")
            return
        }
        #expect(updated.id == 9 && base.id == 9 && base.note == "on the plan")
        #expect(updated.note == "on the deck")
        #expect(updated.minutes == 45)
    }

    @Test func anInteractionLineParsesBackToTheSameInteraction() throws {
        let interaction = Interaction(
            id: 4, occurredAt: now.addingTimeInterval(-2 * 86_400), colleagueIDs: [1, 3], direction: .gave, kind: .intro,
            minutes: 90, note: "met Sam, then Lee")
        let line = QuickLogLine.line(for: LogEntry(interaction: interaction, names: ["Dana Whitfield", "Zoë Laurent"]), now: now)
        let parsed = try QuickLogParser(candidates: candidates, now: now).parse(line)
        #expect(parsed.colleagues.map(\.id) == [1, 3])
        #expect(parsed.direction == .gave && parsed.kind == .intro && parsed.minutes == 90)
        #expect(parsed.note == "met Sam, then Lee", "commas in the note survive")
    }

    @Test func formValidatesInlineThenSaves() throws {
        var state = state()
        _ = update(&state, .key(.char("a")))
        #expect(update(&state, .key(.enter)).isEmpty)
        guard case .form(let form) = state.popup else { Issue.record("no form"); return }
        #expect(form.errors[.name] == "a name is needed")
        type("Åsa", into: &state)
        for _ in 0..<ColleagueForm.Field.allCases.firstIndex(of: .stance)! { _ = update(&state, .key(.tab)) }
        // Stance is a picker: typing does nothing, →/← move from unknown (the last, so → wraps to sponsor).
        type("frenemy", into: &state)
        _ = update(&state, .key(.right))
        guard case .form(let picking) = state.popup else { Issue.record("form closed"); return }
        #expect(picking.stance == .sponsor)
        _ = update(&state, .key(.backTab))
        type("exec, @finance", into: &state)
        for _ in 0..<6 { _ = update(&state, .key(.tab)) }
        type("someday", into: &state)
        _ = update(&state, .key(.enter))
        guard case .form(let second) = state.popup else { Issue.record("form closed"); return }
        #expect(second.errors[.every] != nil, "a rhythm it cannot read is shown beside its field")
        #expect(second.focus == ColleagueForm.Field.allCases.firstIndex(of: .every))
        _ = update(&state, .key(.control("u")))
        let effects = update(&state, .key(.enter))
        guard case .apply(.addColleague(let colleague, _), _) = try #require(effects.first) else {
            Issue.record("expected an add, got \(effects)")
            return
        }
        #expect(colleague.name == "Åsa")
        #expect(colleague.stance == .sponsor)
        #expect(colleague.tags == ["exec", "finance"])
    }

    @Test func ratePopupSavesChangesAndConfirmsUnchangedOnes() throws {
        var state = state()
        _ = update(&state, .key(.char("r")))
        #expect(update(&state, .key(.enter)) == [.apply(.rate(1, Ratings(vital: 5, trust: 2), shown: Ratings(vital: 5, trust: 2)), description: "Ratings of Dana Whitfield unchanged, marked as reviewed")],
                "the same values confirm the ratings are current")
        _ = update(&state, .key(.char("r")))
        _ = update(&state, .key(.char("5")))  // vital stays 5, focus moves on
        _ = update(&state, .key(.char("3")))  // frequency 3
        _ = update(&state, .key(.down))       // to trust
        _ = update(&state, .key(.right))      // trust 2 → 3
        let effects = update(&state, .key(.enter))
        #expect(effects == [.apply(.rate(1, Ratings(vital: 5, frequency: 3, trust: 3), shown: Ratings(vital: 5, trust: 2)), description: "Rated Dana Whitfield: frequency –→3, trust 2→3")])
    }

    @Test func stanceArchiveDeleteAndUndo() {
        var state = state()
        _ = update(&state, .key(.char("t")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.enter)) == [.apply(.setStance(1, .sponsor, shown: .unknown), description: "Dana Whitfield is now sponsor")], "unknown is last, so down wraps to sponsor")
        landed(&state)
        #expect(update(&state, .key(.char("A"))) == [.apply(.setArchived(1, true), description: "Archived Dana Whitfield")])
        #expect(update(&state, .key(.char("D"))) == [.countDeletionLoss(1, name: "Dana Whitfield")])
        let confirmation = Confirmation(message: "Delete?", change: .deleteColleague(1), description: "Deleted Dana Whitfield")
        _ = update(&state, .confirm(confirmation))
        #expect(update(&state, .key(.char("x"))).isEmpty)
        #expect(update(&state, .key(.char("y"))) == [.apply(.deleteColleague(1), description: "Deleted Dana Whitfield")])

        let first = UndoEntry(description: "one", inverse: .touching(colleague: 1))
        let second = UndoEntry(description: "two", inverse: .touching(colleague: 2))
        _ = update(&state, .applied(first, focus: nil, now: state.now))
        _ = update(&state, .applied(second, focus: nil, now: state.now))
        #expect(state.status?.text == "two — u undoes")
        #expect(update(&state, .key(.char("u"))) == [.undo(second)])
        #expect(update(&state, .key(.char("u"))) == [.undo(first)])
        #expect(update(&state, .key(.char("u"))).count == 1, "the stance set at the start")
        #expect(update(&state, .key(.char("u"))).isEmpty)
        #expect(state.status?.text == "Nothing to undo in this session")
    }

    @Test func notesDocumentRoundTrips() throws {
        let colleague = Colleague(id: 1, name: "Dana", notes: "old", agenda: "opex", valuedInfo: "churn")
        var document = NotesDocument.render(colleague)
        #expect(try NotesDocument.apply(document, to: colleague) == colleague)
        document = document.replacingOccurrences(of: "## Notes\nold", with: "## Notes\nline one\n# a heading of mine\nline two")
        let edited = try NotesDocument.apply(document, to: colleague)
        #expect(edited.notes == "line one\n# a heading of mine\nline two", "a # line is the user's own text")
        #expect(edited.agenda == "opex")
        #expect(try NotesDocument.apply("", to: colleague) == colleague, "an empty file changes nothing")
    }

    /// Any text in any field comes back exactly: `#` and `##` lines, lines that read as the
    /// document's own headings, backslashes, blank lines at either end, CRs and other controls.
    @Test func notesDocumentKeepsEveryLineExactly() throws {
        let pieces = ["# Deal history", "## Q3 call", "## Notes", "## Values", "\\## Notes", "\\", "", " ", "\r", "\t",
                      "Good chat", "é", "田中", "\u{202E}", "#", "##", "## notes", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            func text() -> String {
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                    .joined(separator: Bool.random(using: &generator) ? "\n" : "")
            }
            let colleague = Colleague(id: 1, name: "Ben Adler", notes: text(), agenda: text(), motivators: text(), demotivators: text(), valuedInfo: text())
            #expect(try NotesDocument.apply(NotesDocument.render(colleague), to: colleague) == colleague, "\(colleague)")
        }
    }

    @Test func notesDocumentRefusesANulAtItsLine() {
        let colleague = Colleague(id: 1, name: "Dana", notes: "old")
        let document = NotesDocument.render(colleague).replacingOccurrences(of: "old", with: "before\0after")
        #expect(throws: NotesDocument.Problem(line: 14, message: "a NUL character (\\0), which cannot be stored")) {
            try NotesDocument.apply(document, to: colleague)
        }
    }

    /// What the editor leaves is the reducer's to judge: changed notes are saved and their draft
    /// goes with the save, unchanged ones save nothing, and a draft that cannot be read or saved
    /// stays where the status says, first, so the width cannot cut its path.
    @Test func notesBackFromTheEditorAreSavedOnlyWhenChanged() {
        let dana = Colleague(id: 1, name: "Dana", notes: "old")
        let path = "/tmp/rapport-notes-1/notes.md"
        let document = NotesDocument.render(dana)
        var state = state()
        #expect(update(&state, .notesEdited(NotesDraft(colleague: dana, path: path, text: document))) == [.discardDraft(path)])
        #expect(state.status == StatusMessage("Notes unchanged"))

        var edited = dana
        edited.notes = "new"
        let changed = document.replacingOccurrences(of: "## Notes\nold", with: "## Notes\nnew")
        #expect(update(&state, .notesEdited(NotesDraft(colleague: dana, path: path, text: changed)))
            == [.saveNotes(.updateColleague(edited, from: dana), description: "Saved notes on Dana", draft: path)])

        for (text, reason) in [
            (nil, "the notes are not UTF-8 text; nothing was saved"),
            (document.replacingOccurrences(of: "old", with: "a\0b"), "line 14 of the notes: a NUL character (\\0), which cannot be stored; nothing was saved"),
        ] {
            #expect(update(&state, .notesEdited(NotesDraft(colleague: dana, path: path, text: text))).isEmpty)
            #expect(state.status == StatusMessage("Kept what you wrote in \(path): \(reason)", isError: true))
        }
        #expect(update(&state, .draftKept(path: path, reason: "Dana was changed elsewhere")).isEmpty)
        #expect(state.status?.text.hasPrefix("Kept what you wrote in \(path): ") == true)
    }

    /// The form refuses a likely twin as `rapport add` does (the store checks both), says so
    /// beside the name, and adds them anyway on a second Enter.
    @Test func theAddFormSaysWhenTheyAreAlreadyThere() throws {
        var state = state()
        _ = update(&state, .key(.char("a")))
        type("Dana Whitfield", into: &state)
        #expect(update(&state, .key(.enter)) == [.apply(.addColleague(Colleague(name: "Dana Whitfield"), allowingDuplicate: false), description: "Added Dana Whitfield")])
        _ = update(&state, .duplicateRefused("Dana Whitfield (#1) is already here, with the same name"))
        guard case .form(let form) = state.popup else { Issue.record("the form stays open"); return }
        #expect(form.errors[.name] == "Dana Whitfield (#1) is already here, with the same name; Enter adds another")
        let again = update(&state, .key(.enter))
        guard case .apply(.addColleague(_, let allowing), _) = try #require(again.first) else { Issue.record("\(again)"); return }
        #expect(allowing, "the second Enter adds another")
    }

    /// Renamed to someone else's name, the edit form says so as the add form does, and saves
    /// anyway on a second Enter.
    @Test func theEditFormSaysWhenTheNewNameIsSomeoneElses() throws {
        var state = state()
        _ = update(&state, .key(.char("e")))
        let asked = update(&state, .key(.enter))
        #expect(asked == [] && state.popup == nil, "unchanged: nothing to save")
        _ = update(&state, .key(.char("e")))
        for _ in 0..<20 { _ = update(&state, .key(.backspace)) }
        type("Zoë Laurent", into: &state)
        guard case .apply(.updateColleague(_, _, let allowing), _) = try #require(update(&state, .key(.enter)).first) else { Issue.record("no save"); return }
        #expect(!allowing)
        _ = update(&state, .duplicateRefused("Zoë Laurent (#3) is already here, with the same name"))
        guard case .form(let form) = state.popup else { Issue.record("the form stays open"); return }
        #expect(form.errors[.name] == "Zoë Laurent (#3) is already here, with the same name; Enter saves anyway")
        guard case .apply(.updateColleague(_, _, let again), _) = try #require(update(&state, .key(.enter)).first) else { Issue.record("no save"); return }
        #expect(again, "the second Enter saves anyway")
    }

    /// A save with nothing changed changes nothing: no write, no undo step.
    @Test func savingAnUnchangedFormWritesNothing() {
        var state = state()
        _ = update(&state, .key(.char("e")))
        #expect(state.popup != nil)
        #expect(update(&state, .key(.enter)) == [])
        #expect(state.popup == nil)
        #expect(state.status?.text == "Nothing changed")
    }

    @Test func unchangedStanceAndInteractionSaveNothing() {
        var state = state()
        _ = update(&state, .key(.char("t")))
        #expect(update(&state, .key(.enter)) == [], "the stance it already has")
        #expect(state.popup == nil && state.status?.text == "Nothing changed")
        let entry = LogEntry(interaction: Interaction(id: 4, occurredAt: now.addingTimeInterval(-90_000), colleagueIDs: [1], direction: .gave, kind: .help, minutes: 30, note: "x"), names: ["Dana Whitfield"])
        state.screen = .detail
        _ = update(&state, .detailLoaded(ColleagueDetail(
            summary: ColleagueSummary(colleague: Colleague(id: 1, name: "Dana Whitfield"), lastContact: nil, balance: Balance()),
            ratingHistory: [], stanceHistory: [], recent: [entry], needs: [], promises: [])))
        _ = update(&state, .key(.enter))
        guard case .quickLog(let popup) = state.popup, popup.editing?.id == 4 else { Issue.record("\(String(describing: state.popup))"); return }
        #expect(update(&state, .key(.enter)) == [], "the line as it was")
        #expect(state.popup == nil && state.status?.text == "Nothing changed")
    }

    @Test func deletingSaysWhatGoesWithThem() {
        #expect(DeletionLoss(interactions: 3, needs: 2, promises: 1).question(deleting: "Dana Whitfield")
            == "Delete Dana Whitfield, their rating and stance history, 2 needs, 1 promise and 3 interactions with nobody else? (shared ones stay)")
        #expect(DeletionLoss(interactions: 1, needs: 0, promises: 0).question(deleting: "Ben")
            == "Delete Ben, their rating and stance history and 1 interaction with nobody else? (shared ones stay)")
    }

    @Test func aFailedSaveKeepsThePopupAndTheLine() {
        var state = state()
        _ = update(&state, .key(.char("l")))
        _ = update(&state, .key(.tab))  // keep the prefilled name
        for character in "gave 30m the deck" { _ = update(&state, .key(.character(character))) }
        #expect(update(&state, .key(.enter)).count == 1)
        _ = update(&state, .applyFailed("the database is busy: another program kept it locked for more than 5 seconds. Nothing was saved; try again"))
        guard case .quickLog(let popup) = state.popup else { Issue.record("the popup closed"); return }
        #expect(popup.field.text == "Dana Whitfield gave 30m the deck")
        #expect(state.status?.isError == true)
        #expect(state.status?.text.hasPrefix("Not saved: the database is busy") == true)
    }
}

/// The write an effect asked for landed: what the runtime reports after `apply`.
func landed(_ state: inout AppState) {
    _ = update(&state, .applied(UndoEntry(description: "saved", inverse: .touching(colleague: 1)), focus: nil, now: state.now))
}

/// A store's record of a change, as the reducer sees it: something to keep and hand back.
private struct TouchedColleague: UndoRecord, Hashable {
    var id: Int64
    var isEmpty: Bool { false }
}

extension Inverse {
    static func touching(colleague id: Int64) -> Inverse { Inverse(TouchedColleague(id: id)) }
}

@Suite struct ColleagueFormTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    @Test func theAddFormHasRatingsAStancePickerAndARhythm() throws {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .key(.char("a")))
        for character in "Kim Osei" { _ = update(&state, .key(.character(character))) }
        func focus(_ field: ColleagueForm.Field) {
            while case .form(let form) = state.popup, form.focusedField != field { _ = update(&state, .key(.tab)) }
        }
        focus(.stance)
        _ = update(&state, .key(.right))
        _ = update(&state, .key(.right))
        focus(.vital)
        _ = update(&state, .key(.char("4")))
        focus(.trust)
        _ = update(&state, .key(.right))
        _ = update(&state, .key(.right))
        focus(.every)
        for character in "3w" { _ = update(&state, .key(.character(character))) }
        let effects = update(&state, .key(.enter))
        guard case .apply(.addColleague(let colleague, _), _) = try #require(effects.first) else { Issue.record("\(effects)"); return }
        #expect(colleague.name == "Kim Osei")
        #expect(colleague.stance == .ally, "a new colleague starts unknown, as rapport add makes one; → twice goes to sponsor, then ally")
        #expect(colleague.ratings == Ratings(vital: 4, trust: 2))
        #expect(colleague.contactEveryWeeks == 3)
        #expect(DashboardView.render(state).text.contains("Vital"))
    }

    @Test func aBadRhythmIsShownBesideItsField() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .key(.char("a")))
        for character in "Kim" { _ = update(&state, .key(.character(character))) }
        while case .form(let form) = state.popup, form.focusedField != .every { _ = update(&state, .key(.tab)) }
        for character in "soon" { _ = update(&state, .key(.character(character))) }
        #expect(update(&state, .key(.enter)).isEmpty)
        guard case .form(let form) = state.popup else { Issue.record("the form closed"); return }
        #expect(form.errors[.every] == "weeks (3w), none, or empty for the default")
    }
}

@Suite struct QuickLogHintsTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)
    let candidates = [QuickLogCandidate(id: 1, name: "Dana Whitfield"), QuickLogCandidate(id: 2, name: "Marcus Oyelaran")]

    @Test func nearMissesAreCaughtBeforeTheNote() {
        let parser = QuickLogParser(candidates: candidates, now: now)
        #expect(parser.suggestion(for: "dana gott info x")?.line == "dana got info x")
        #expect(parser.suggestion(for: "dana recieved help")?.replacement == "received")
        #expect(parser.suggestion(for: "marcsu gave 30m fixed it")?.line == "Marcus gave 30m fixed it")
        #expect(parser.suggestion(for: "dana gave 30 fixed it")?.line == "dana gave 30m fixed it", "a number with no unit")
        #expect(parser.suggestion(for: "dana gave 30m fixed it") == nil)
        #expect(parser.completingKeyword(in: "dana feedb") == "dana feedback ")
    }

    @Test func thePrefilledNameIsSelected() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList([ColleagueSummary(colleague: Colleague(id: 9, name: "Anna Kowalczyk"), lastContact: nil, balance: Balance())]), departments: []))
        _ = update(&state, .candidatesLoaded(candidates + [QuickLogCandidate(id: 9, name: "Anna Kowalczyk")]))
        _ = update(&state, .key(.char("l")))
        for character in "dana got info" { _ = update(&state, .key(.character(character))) }
        guard case .quickLog(let typed) = state.popup else { Issue.record("no popup"); return }
        #expect(typed.field.text == "dana got info", "typing replaced the selected name")
        _ = update(&state, .key(.escape))
        _ = update(&state, .key(.char("l")))
        _ = update(&state, .key(.tab))
        for character in "30m" { _ = update(&state, .key(.character(character))) }
        guard case .quickLog(let kept) = state.popup else { Issue.record("no popup"); return }
        #expect(kept.field.text == "Anna Kowalczyk 30m", "Tab kept it")
    }

    @Test func anUnknownNameIsAddedThenLogged() throws {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .candidatesLoaded(candidates))
        _ = update(&state, .key(.char("l")))
        for character in "kim gave 30m talked about legal" { _ = update(&state, .key(.character(character))) }
        #expect(update(&state, .key(.enter)).isEmpty)
        guard case .form(let form) = state.popup else { Issue.record("no add form"); return }
        #expect(form.text(.name) == "Kim")
        _ = update(&state, .key(.enter))
        // The add landed; the new colleague is #7.
        let effects = update(&state, .applied(UndoEntry(description: "Added Kim", inverse: .touching(colleague: 7)), focus: .colleague(7), now: now))
        #expect(effects.contains(.loadCandidates))
        // The add is undoable on its own, like any other add.
        #expect(state.undoStack.map(\.description) == ["Added Kim"])
        let logged = update(&state, .candidatesLoaded(candidates + [QuickLogCandidate(id: 7, name: "Kim")]))
        guard case .apply(.log(let interaction), _) = try #require(logged.first) else { Issue.record("\(logged)"); return }
        #expect(interaction.colleagueIDs == [7])
        #expect(interaction.note == "talked about legal")
        #expect(state.pendingLog == nil)
    }

}

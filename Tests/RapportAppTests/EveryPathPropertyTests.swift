import Foundation
import Interchange
import PeerNetwork
import PeerStore
import PropertyBased
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// Random texts through every input path are stored exactly or refused, and through every
/// output path come out with no raw control character. The texts mix what has broken Rapport
/// before: controls (NUL, ESC sequences, CR, DEL, C1, the line separators), `#` and `##` lines,
/// backslashes and the formats' own separators, combining marks, wide and right-to-left text.
@Suite struct EveryPathPropertyTests {
    static let pieces = [
        "a", "Dana", "Zoë", "e\u{301}", "田中", "مرحبا", "👩‍💻", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{1B}]52;c;eA==\u{7}",
        "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{9B}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "#", "# Deal history", "## Q3 call",
        "## Notes", "\\", "\\n", ",", ";", ":", "\"", "'", "=", "=cmd", "@", "END:VCARD", "BEGIN:VCARD",
    ]
    static var text: Generator<String, some SendableSequenceType> { texts(from: pieces) }

    /// Up to ten pieces joined.
    static func texts(from pieces: [String]) -> Generator<String, some SendableSequenceType> {
        Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...10).map { $0.joined() }
    }
    static let now = Date(timeIntervalSince1970: 1_795_521_600)

    static func database() throws -> (AppDatabase, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-prop-\(UUID().uuidString)")
        return (try AppDatabase(path: folder.appendingPathComponent("p.sqlite").path), folder)
    }

    static func archive(_ colleague: Colleague, _ interaction: Interaction) -> NetworkArchive {
        NetworkArchive(
            people: [.init(colleague: colleague, createdAt: now, importedAt: nil, ratingHistory: [], stanceHistory: [])],
            interactions: [interaction], needs: [], promises: [], decisions: [], departments: [], weeklyBudgetHours: nil, weekStart: nil)
    }

    // MARK: input paths

    /// The store keeps every text field byte for byte, or refuses a NUL naming the field.
    @Test func theStoreKeepsTextExactlyOrRefusesIt() async throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        await propertyCheck(count: 150, input: Self.text, Self.text) { notes, agenda in
            let colleague = Colleague(name: "Dana Whitfield", notes: notes, agenda: agenda, motivators: agenda, valuedInfo: notes)
            do {
                let saved = try database.addColleague(colleague, at: Self.now)
                let read = try #require(try database.colleague(saved.id!))
                #expect(read.notes == notes && read.agenda == agenda && read.motivators == agenda && read.valuedInfo == notes)
                let interaction = try database.logInteraction(Interaction(occurredAt: Self.now, colleagueIDs: [saved.id!], direction: .gave, kind: .help, note: agenda))
                #expect(try database.interaction(interaction.id!)?.note == agenda)
            } catch let refused as UnstorableText {
                #expect((notes + agenda).utf8.contains(0), "refused only for a NUL: \(refused)")
            }
        }
    }

    /// `E`'s document gives back every field exactly, whatever it holds.
    @Test func theEditorDocumentGivesBackEveryField() async {
        await propertyCheck(count: 300, input: Self.text, Self.text) { first, second in
            let colleague = Colleague(id: 1, name: "Ben Adler", notes: first, agenda: second, motivators: first + second, demotivators: second, valuedInfo: first)
            let document = NotesDocument.render(colleague)
            // As an editor set to save CRLF (vim's fileformat=dos) writes it back.
            let crlf = String(decoding: document.utf8.flatMap { $0 == UInt8(ascii: "\n") ? [13, 10] : [$0] }, as: UTF8.self)
            do {
                #expect(try NotesDocument.apply(document, to: colleague) == colleague)
                // Read onto a colleague with none of the fields, so that a document not read at all fails.
                let blank = Colleague(id: 1, name: "Ben Adler")
                #expect(try NotesDocument.apply(document, to: blank) == colleague)
                #expect(try NotesDocument.apply(crlf, to: blank) == colleague, "saved with CRLF line ends")
            } catch {
                #expect(document.utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// A quick-log line's note is kept as typed (ends trimmed), or the line is refused.
    @Test func aQuickLogNoteIsKeptOrRefused() async {
        let parser = QuickLogParser(candidates: [QuickLogCandidate(id: 1, name: "Dana Whitfield")], now: Self.now)
        let line = Self.texts(from: Self.pieces.filter { !$0.contains("\n") && !$0.contains("\r") && !$0.contains("\u{85}") && !$0.contains("\u{2028}") && !$0.contains("\u{2029}") })
        await propertyCheck(count: 300, input: line) { note in
            do {
                let entry = try parser.parse("dana gave 5m note: " + note)
                #expect(entry.interaction.note == ("note: " + note).trimmed)
            } catch {
                #expect(note.utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// A need's or promise's text (the dashboard's line and the shell's words alike) is kept as
    /// typed, its spacing and line breaks included, bar the white space at its ends and before a
    /// "by DAY"; or it is refused for a NUL.
    @Test func aCommitmentIsKeptOrRefused() async throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dana = try database.addColleague(Colleague(name: "Dana Whitfield"), at: Self.now)
        await propertyCheck(count: 200, input: Self.text, Gen.int(in: 0...1)) { what, dated in
            guard !what.trimmed.isEmpty else { return }
            do {
                let line = try CommitmentLine.parse(dated == 1 ? what + " by friday" : what, requiringDay: false, now: Self.now)
                #expect(line.what == what.trimmed)
                #expect((line.due != nil) == (dated == 1))
                let need = try database.addNeed(Need(colleagueID: dana.id!, what: line.what, dueAt: line.due ?? Self.now, createdAt: Self.now))
                #expect(try database.need(need.id!)?.what == what.trimmed)
            } catch {
                #expect(what.utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// A vCard's NOTE (escaped as RFC 6350 says) comes back exactly, bar the ends' white space
    /// that the reader trims; or the file is refused with a line.
    @Test func aVCardNoteIsKeptOrRefused() async {
        // vCard has no way to write a bare CR: it ends the line.
        let note = Self.texts(from: Self.pieces.filter { !$0.contains("\r") })
        await propertyCheck(count: 300, input: note) { text in
            var escaped = ""
            for character in text {
                switch character {
                case "\\": escaped += "\\\\"
                case ",": escaped += "\\,"
                case ";": escaped += "\\;"
                case "\n": escaped += "\\n"
                default: escaped.append(character)
                }
            }
            let file = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Whitfield\r\nNOTE:\(escaped)\r\nEND:VCARD\r\n"
            do {
                let contacts = try ContactImport.read(try TextDecoding.decode(Data(file.utf8)), file: "p.vcf", format: .vcard)
                #expect(contacts.records.first?.notes == text.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                #expect(text.utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// A CSV cell (quoted as RFC 4180 says) comes back exactly, bar the ends' white space; or the
    /// file is refused with a line.
    @Test func aCSVCellIsKeptOrRefused() async {
        await propertyCheck(count: 300, input: Self.text) { text in
            let file = "Name,Notes\r\nDana Whitfield,\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n"
            do {
                let contacts = try ContactImport.read(try TextDecoding.decode(Data(file.utf8)), file: "p.csv", format: .csv, map: "name=Name,notes=Notes")
                #expect(contacts.records.first?.notes == text.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                #expect(text.utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// A Rapport JSON export's text comes back exactly after import, or is refused at its path.
    @Test func aJSONExportsTextIsKeptOrRefused() async throws {
        await propertyCheck(count: 100, input: Self.text, Self.text) { name, notes in
            let colleague = Colleague(id: 1, name: "N " + name, notes: notes, agenda: name, uid: "u-1")
            let archive = Self.archive(colleague, Interaction(id: 1, occurredAt: Self.now, colleagueIDs: [1], direction: .gave, kind: .help, note: notes))
            let json = ArchiveJSON.value(archive, exportedAt: Self.now).rendered()
            do {
                let back = try ArchiveJSON.decode(Data(json.utf8), file: "p.json")
                #expect(back.people.first?.colleague.notes == notes)
                #expect(back.people.first?.colleague.agenda == name)
                #expect(back.interactions.first?.note == notes)
            } catch {
                #expect((name + notes).utf8.contains(0), "refused only for a NUL: \(error)")
            }
        }
    }

    /// Bytes that are not text (a lone surrogate encoded as UTF-8, a stray byte) in a file that
    /// is otherwise UTF-8 are refused at their line, never decoded another way.
    @Test func aFileWithABadByteIsRefusedAtItsLine() async {
        let lines = Gen.element(of: ["FN:Zoë", "NOTE:plain", "NOTE:田中", "X-A:b"]).map { $0 ?? "" }.array(of: 1...8)
        await propertyCheck(count: 200, input: lines, Gen.int(in: 0...7), Gen.int(in: 0...3)) { lines, at, which in
            // A lone surrogate as UTF-8 would write it, a byte never in UTF-8, a Latin-1 é, a lead byte cut short.
            let bad: [[UInt8]] = [[0xED, 0xA0, 0x80], [0xFF], [0xE9], [0xC3]]
            let index = min(at, lines.count - 1)
            // The file is UTF-8 elsewhere (a file with no UTF-8 beyond ASCII reads as Windows-1252).
            var bytes = Array("FN:Zoë\n".utf8)
            for (number, line) in lines.enumerated() {
                bytes += Array(line.utf8)
                if number == index { bytes += bad[which] }
                bytes.append(0x0A)
            }
            do {
                let text = try TextDecoding.decode(Data(bytes))
                Issue.record("decoded as \(text.debugDescription)")
            } catch let error as TextDecoding.Undecodable {
                #expect(error.line == index + 2)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    // MARK: output paths

    /// Every export format escapes or shows every control: no raw one is left, beyond the
    /// format's own line endings.
    @Test func noExportCarriesARawControl() async {
        await propertyCheck(count: 200, input: Self.text, Self.text) { name, notes in
            let colleague = Colleague(id: 7, name: "N" + name, role: notes, team: name, email: notes, tags: ["t"], notes: notes, uid: name)
            let summary = ColleagueSummary(colleague: colleague, lastContact: Self.now, balance: Balance())
            let interaction = Interaction(id: 1, occurredAt: Self.now, colleagueIDs: [7], direction: .gave, kind: .help, note: notes)
            let outputs: [(String, String)] = [
                ("vcard", VCardWriter.write([colleague])),
                ("ics", ICalendarWriter.write([.init(uid: name, summary: name, description: notes, due: DateComponents(year: 2026, month: 12, day: 1))], stamp: Self.now)),
                ("csv", SpreadsheetCSV.write(header: [name], rows: [[.text(name), .text(notes)]])),
                ("markdown", MarkdownExport.page(.init(summary: summary, needs: [], promises: [], recent: [interaction], names: [7: name]), calendar: .iso8601Local)),
                ("json", ArchiveJSON.value(Self.archive(colleague, interaction), exportedAt: Self.now).rendered()),
            ]
            for (format, output) in outputs {
                let raw = output.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")
                #expect(!raw.unicodeScalars.contains(where: TextSanitizer.needsReplacing), "\(format): \(output.debugDescription)")
            }
        }
    }

    /// A Markdown page's one-line fields (role, team, email, a need, a promise) stay on their
    /// line: a line break in one cannot start a heading or a list item of its own.
    @Test func aMarkdownPagesOneLineFieldsStayOnTheirLine() async {
        func page(_ text: String) -> String {
            let colleague = Colleague(id: 7, name: "Dana", role: text, team: text, email: text)
            return MarkdownExport.page(.init(
                summary: ColleagueSummary(colleague: colleague, lastContact: Self.now, balance: Balance()),
                needs: [Need(id: 1, colleagueID: 7, what: text, dueAt: Self.now, createdAt: Self.now)],
                promises: [Promise(id: 1, colleagueID: 7, direction: .mine, what: text, dueAt: nil, createdAt: Self.now)],
                recent: [], names: [:]), calendar: .iso8601Local)
        }
        let lines = { (page: String) in page.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count }
        let plain = lines(page("x"))
        await propertyCheck(count: 200, input: Self.text) { text in
            #expect(lines(page("x" + text)) == plain, "\(page("x" + text).debugDescription)")
        }
    }

    /// Every frame of the dashboard holds no raw control, whatever the names and notes are, and
    /// a list row stays one line.
    @Test func noFrameCarriesARawControl() async throws {
        await propertyCheck(count: 60, input: Self.text, Self.text) { name, notes in
            var state = AppState(width: 100, height: 30, now: Self.now)
            // The store keeps names single-spaced.
            let colleague = Colleague(id: 1, name: ("N" + name).singleSpaced, team: notes, notes: notes, agenda: notes)
            _ = update(&state, .colleaguesLoaded(ColleagueList([ColleagueSummary(colleague: colleague, lastContact: Self.now, balance: Balance())]), departments: []))
            _ = update(&state, .notice("Saved " + name))
            func check() {
                let frame = DashboardView.render(state)
                #expect(!frame.text.unicodeScalars.contains { $0 != "\n" && TextSanitizer.needsReplacing($0) })
                #expect(!frame.text.contains("␊") && !frame.text.contains("␍"), "a line break in a one-line field shows as a space: \(frame.text)")
            }
            for key in [Key.char("1"), .char("2"), .char("3"), .char("1"), .enter] {
                _ = update(&state, .key(key))
                check()
            }
            // The detail screen: notes of several lines, the recent log, needs and promises.
            let interaction = Interaction(id: 1, occurredAt: Self.now, colleagueIDs: [1], direction: .gave, kind: .help, note: notes)
            _ = update(&state, .detailLoaded(ColleagueDetail(
                summary: ColleagueSummary(colleague: colleague, lastContact: Self.now, balance: Balance()), ratingHistory: [], stanceHistory: [],
                recent: [LogEntry(interaction: interaction, names: [colleague.name])],
                needs: [Need(id: 1, colleagueID: 1, what: "x" + notes, dueAt: Self.now, createdAt: Self.now)],
                promises: [Promise(id: 1, colleagueID: 1, direction: .mine, what: "x" + notes, dueAt: nil, createdAt: Self.now)])))
            #expect(DashboardView.render(state).text.contains("You need"), "the detail screen is drawn")
            check()
            // The review: its cards quote the agenda and what they value, and name the colleague.
            var vital = colleague
            vital.ratings = Ratings(vital: 5, frequency: 1, quality: 1, trust: 1)
            vital.valuedInfo = notes
            let input = ReviewInput(people: [.init(colleague: vital, addedAt: Self.now.addingTimeInterval(-90 * 86_400))],
                                    needs: [Need(id: 1, colleagueID: 1, what: "x" + notes, dueAt: Self.now.addingTimeInterval(86_400), createdAt: Self.now)])
            let review = Review.build(input, now: Self.now, calendar: .iso8601Local)
            _ = update(&state, .key(.escape))
            _ = update(&state, .key(.char("4")))
            _ = update(&state, .reviewLoaded(ReviewPage(review: review, colleagues: [1: vital], calendar: .iso8601Local)))
            #expect(DashboardView.render(state).text.contains("Next actions"), "the review is drawn")
            check()
        }
    }
}

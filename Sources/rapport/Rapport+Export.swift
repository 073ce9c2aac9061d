import ArgumentParser
import RapportApp
import Foundation
import Interchange
import PeerNetwork
import PeerStore

extension Rapport {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export your network as JSON (everything), CSV, vCard, Markdown or iCalendar to-dos.",
            discussion: """
                json: the whole network, which `rapport import` restores into an empty database.
                csv: one row per colleague with ratings, stance, balance and last contact (--interactions: the log).
                vcard: vCard 4.0, one card per colleague, for address books.
                markdown: a page per colleague, for notes apps (into a folder with --output DIR).
                ics: open needs and promises with a due day, as to-dos for calendar and task apps.
                Name colleagues to export only them. Examples:
                  rapport export --format json --output rapport.json
                  rapport export --format markdown --output notes/ dana kenji
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv, vcard, markdown, ics
        }

        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("json, csv, vcard, markdown or ics.", valueName: "format")) var format: Format
        @Option(name: .customLong("output"), help: ArgumentHelp("Write here instead of to standard output (- is standard output too); for markdown, a folder (one already there, or a name ending in /) gets one file per colleague.", valueName: "file"),
                completion: .file(), transform: PathArgument.nonEmpty)
        var outputOption: String?
        /// The file to write, or nil for standard output.
        var output: String? { outputOption == "-" ? nil : outputOption }
        @Flag(help: "With --format csv: the interactions, not the colleagues.") var interactions = false
        @Flag(help: "Replace a file that already exists at --output (an export never overwrites one otherwise).") var force = false
        @Argument(help: ArgumentHelp("Only these colleagues (name prefix, full name or #ID).", valueName: "name"), completion: ColleagueCompletion.kind) var names: [String] = []

        func validate() throws {
            if interactions, format != .csv { throw ValidationError("--interactions goes with --format csv") }
        }

        func run() throws {
            let database = try store.openForReading()
            let now = AppClock.now
            // Only JSON and the interactions' CSV print the log; the rest need none of it.
            var archive = try database.archive(withInteractions: format == .json || (format == .csv && interactions))
            if !names.isEmpty {
                archive = archive.keeping(Set(try names.map { try ColleagueResolver.resolve($0, in: database).id! }))
            }
            let selected = archive.people.map(\.colleague)
            switch format {
            case .json: try write(ArchiveJSON.value(archive, exportedAt: now))
            case .csv: try write(interactions ? try interactionsCSV(archive) : try colleaguesCSV(selected, database: database, now: now))
            case .vcard: try write(VCardWriter.write(selected))
            case .markdown: try markdown(selected, archive: archive, database: database, now: now)
            case .ics: try write(ICalendarWriter.write(todos(archive, calendar: try database.weekCalendar()), stamp: now))
            }
        }

        private func write(_ text: String) throws {
            // The formats escape or make visible every control themselves; CSV, vCard and
            // iCalendar end their lines in CRLF, which the module's `print` would make visible.
            guard let output else { return FileHandle.standardOutput.write(Data(text.utf8)) }
            try writing(to: output) { try $0.write(contentsOf: Data(text.utf8)) }
        }

        /// JSON goes out as it renders, never whole in memory (`JSONValue.write(to:)`).
        private func write(_ json: JSONValue) throws {
            guard let output else { return json.printLine() }
            try writing(to: output) { try json.write(to: $0) }
        }

        static let forceHint = "--force replaces it"

        /// A private file (0600), written under a temporary name and renamed into place; an
        /// existing file is replaced only with `--force`.
        private func writing(to path: String, _ body: (FileHandle) throws -> Void) throws {
            try PrivateFile.write(to: path, existing: force ? .replace : .refuse(hint: Self.forceHint), body)
        }

        private func colleaguesCSV(_ colleagues: [Colleague], database: AppDatabase, now: Date) throws -> String {
            let ids = Set(colleagues.compactMap(\.id))
            let summaries = try database.colleagueSummaries(now: now, includeArchived: true).filter { ids.contains($0.id) }
            let header = ["id", "name", "role", "team", "organisation", "email", "tags", "vital", "frequency", "quality", "trust", "stance",
                          "balance", "given", "received", "last contact", "archived"]
            return SpreadsheetCSV.write(header: header, rows: summaries.map(Self.row))
        }

        private static func row(_ summary: ColleagueSummary) -> [SpreadsheetCSV.Cell] {
            let c = summary.colleague
            var cells: [SpreadsheetCSV.Cell] = [.number(String(summary.id)), .text(c.name), .text(c.role), .text(c.team), .text(c.organisation), .text(c.email)]
            cells.append(.text(c.tags.joined(separator: " ")))
            for dimension in RatingDimension.allCases { cells.append(.number(c.ratings[dimension].map(String.init) ?? "")) }
            cells.append(.text(c.stance.rawValue))
            cells.append(.number(summary.balance.score.map { String(format: "%.3f", $0) } ?? ""))
            cells.append(.number(String(summary.balance.givenCount)))
            cells.append(.number(String(summary.balance.receivedCount)))
            cells.append(.text(summary.lastContact.map { ArchiveJSON.timeStyle.format($0) } ?? ""))
            cells.append(.text(c.archived ? "yes" : "no"))
            return cells
        }

        private func interactionsCSV(_ archive: NetworkArchive) throws -> String {
            let names = Dictionary(uniqueKeysWithValues: archive.people.map { ($0.colleague.id!, $0.colleague.name) })
            return SpreadsheetCSV.write(
                header: ["id", "when", "colleagues", "direction", "kind", "minutes", "note"],
                rows: archive.interactions.sorted { $0.occurredAt > $1.occurredAt }.map { interaction in
                    [.number(String(interaction.id ?? 0)), .text(ArchiveJSON.timeStyle.format(interaction.occurredAt)),
                     .text(interaction.colleagueIDs.compactMap { names[$0] }.joined(separator: "; ")),
                     .text(interaction.direction.rawValue), .text(interaction.kind.rawValue),
                     .number(interaction.minutes.map(String.init) ?? ""), .text(interaction.note)]
                })
        }

        private func markdown(_ colleagues: [Colleague], archive: NetworkArchive, database: AppDatabase, now: Date) throws {
            let calendar = try database.weekCalendar()
            let names = Dictionary(uniqueKeysWithValues: archive.people.map { ($0.colleague.id!, $0.colleague.name) })
            let pages = try colleagues.compactMap { colleague -> (Colleague, String)? in
                guard let id = colleague.id, let summary = try database.summary(of: id, now: now) else { return nil }
                let page = MarkdownExport.Page(
                    summary: summary, needs: archive.needs.filter { $0.colleagueID == id && $0.closedAt == nil },
                    promises: archive.promises.filter { $0.colleagueID == id && $0.keptAt == nil },
                    recent: try database.interactions(of: id, limit: 20), names: names)
                return (colleague, MarkdownExport.page(page, calendar: calendar))
            }
            // A folder, named with its / or already there, gets a file per colleague.
            guard let output, output.hasSuffix("/") || PrivateFile.isFolder(output) else {
                return try write(pages.map(\.1).joined(separator: "\n"))
            }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let files = pages.map { (URL(fileURLWithPath: output).appendingPathComponent(MarkdownExport.fileName($0.0)).path, $0.1) }
            if !force { try PrivateFile.refuseExisting(files.map(\.0), hint: Self.forceHint) }
            for (path, page) in files {
                try writing(to: path) { try $0.write(contentsOf: Data(page.utf8)) }
            }
            print("Wrote \(Plural.count(pages.count, "page")) to \(output)")
        }

        /// Open needs, and open promises with a day, as to-dos. A UID is the item's id and its
        /// colleague's UID, so it stays the same from one export to the next.
        private func todos(_ archive: NetworkArchive, calendar: Calendar) -> [ICalendarWriter.Todo] {
            let people = Dictionary(uniqueKeysWithValues: archive.people.map { ($0.colleague.id!, $0.colleague) })
            func day(_ date: Date) -> DateComponents { calendar.dateComponents([.year, .month, .day], from: date) }
            let needs = archive.needs.filter { $0.closedAt == nil }.compactMap { need -> ICalendarWriter.Todo? in
                guard let colleague = people[need.colleagueID] else { return nil }
                return ICalendarWriter.Todo(
                    uid: "need-\(need.id ?? 0).\(colleague.uid ?? String(need.colleagueID))@rapport",
                    summary: "Need from \(colleague.name): \(need.what)", description: "Keep feeding \(colleague.name) what they value before you ask.",
                    due: day(need.dueAt))
            }
            let promises = archive.promises.filter { $0.keptAt == nil }.compactMap { promise -> ICalendarWriter.Todo? in
                guard let colleague = people[promise.colleagueID], let due = promise.dueAt else { return nil }
                let summary = promise.direction == .mine ? "Promised \(colleague.name): \(promise.what)" : "\(colleague.name) promised: \(promise.what)"
                return ICalendarWriter.Todo(
                    uid: "promise-\(promise.id ?? 0).\(colleague.uid ?? String(promise.colleagueID))@rapport",
                    summary: summary, description: "", due: day(due))
            }
            return needs + promises
        }
    }
}

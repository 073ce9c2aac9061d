import ArgumentParser
import RapportApp
import Foundation
import Interchange
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import colleagues from vCards, LinkedIn, Google or Outlook CSV, any CSV, or a Rapport JSON export.",
            discussion: """
                The format is read from the content (--format overrides it). A folder imports every .vcf \
                in it (khard, vdirsyncer). Contacts are matched to colleagues by UID, then email, then full \
                name; a match only gets the fields it lacks unless --overwrite. Everything is checked before \
                anything is written: one problem (FILE:LINE: what) and nothing is imported.
                A Rapport JSON export restores a whole network into an empty database. - reads standard input.
                Examples:
                  rapport import ~/.contacts/work --dry-run
                  rapport import Connections.csv --tag linkedin
                  rapport import people.csv --map "name=Full Name,team=Dept,email=Mail"
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("Files or folders to import.", valueName: "file"), completion: .file(), transform: PathArgument.nonEmpty) var files: [String]
        @Option(help: ArgumentHelp("vcard, csv or json (default: read from the content).", valueName: "format")) var format: String?
        @Flag(help: "Show what would be created, updated, unchanged and skipped, and write nothing.") var dryRun = false
        @Option(help: ArgumentHelp("Add this tag to every imported colleague.", valueName: "tag")) var tag: String?
        @Flag(help: "Let incoming values replace the ones a colleague already has.") var overwrite = false
        @Flag(help: "Print each contact's outcome (create, update, unchanged, skip) as JSON.") var json = false
        @Option(help: ArgumentHelp("For any CSV: which columns hold what, as name=COLUMN,team=COLUMN,...", valueName: "map")) var map: String?

        func run() throws {
            let forced = try format.map { name -> ImportFormat in
                guard let format = ImportFormat(rawValue: name.lowercased()) else { throw CLIError("--format '\(name)' is not vcard, csv or json") }
                return format
            }
            if let tag, tag.isEmpty || tag.contains(where: \.isWhitespace) { throw CLIError("--tag '\(tag)' must be one word") }
            let paths = try ImportSource.files(files)
            let first = try ImportSource.text(of: paths[0])
            if (forced ?? ImportFormat.detect(first)) == .json {
                guard paths.count == 1 else { throw CLIError("a Rapport JSON export is imported on its own, not with other files") }
                return try restore(first, file: ImportSource.name(of: paths[0]))
            }
            // Matched against the colleagues already there, read without creating or writing the
            // file: a file that cannot be imported leaves no database behind.
            let exists = FileManager.default.fileExists(atPath: store.resolvedPath)
            let staging = try ImportStaging(existing: exists ? try store.openForReading() : nil, tag: tag?.lowercased(), overwrite: overwrite)
            let contacts = try read(paths, first: first, forced: forced, into: staging)
            for skipped in contacts.skipped { try staging.skip(source: skipped.location.description, reason: skipped.reason) }
            if dryRun {
                if json { return try WrittenJSON.importOutcomes(staging) }
                try ImportReport.dryRun(staging, notImported: contacts.notImported) { print($0) }
                return
            }
            try store.open(creating: true).apply(staging, at: AppClock.now)
            if json { return try WrittenJSON.importOutcomes(staging) }
            try ImportReport.done(staging, notImported: contacts.notImported) { print($0) }
        }

        /// Every file parsed before anything is written, one at a time, each contact going
        /// straight into the staging; a progress line on a terminal for many files.
        private func read(_ paths: [String], first: String, forced: ImportFormat?, into staging: ImportStaging) throws -> ContactFile {
            var contacts = ContactFile()
            var count = 0
            let progress = isatty(STDERR_FILENO) == 1 && paths.count > 1
            for (index, file) in paths.enumerated() {
                let text = index == 0 ? first : try ImportSource.text(of: file)
                let format = forced ?? ImportFormat.detect(text)
                guard format != .json else { throw CLIError("a Rapport JSON export is imported on its own, not with other files") }
                do {
                    contacts.append(try ContactImport.read(text, file: ImportSource.name(of: file), format: format, map: map) { candidate in
                        try staging.add(candidate)
                        count += 1
                    })
                } catch let issue as ImportIssue {
                    if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                    throw CLIError(issue.description)
                }
                if progress, index % 100 == 0 || index == paths.count - 1 {
                    FileHandle.standardError.write(Data("\rReading \(index + 1) of \(Plural.count(paths.count, "file")), \(Plural.count(count, "contact"))…".utf8))
                }
            }
            if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            return contacts
        }

        private func restore(_ text: String, file: String) throws {
            let archive: NetworkArchive
            do {
                archive = try ArchiveJSON.decode(Data(text.utf8), file: file)
            } catch let problem as ArchiveJSON.Problem {
                throw CLIError(problem.description)
            }
            let summary = [
                (archive.people.count, "colleague"), (archive.interactions.count, "interaction"), (archive.needs.count, "need"),
                (archive.promises.count, "promise"), (archive.decisions.count, "review decision"),
            ].map { Plural.count($0.0, $0.1) }.joined(separator: ", ")
            if dryRun {
                print("Dry run, nothing written. Would restore \(summary) from \(file).")
                return
            }
            try store.open(creating: true).restore(archive)
            print("Restored \(summary) from \(file).")
        }
    }
}

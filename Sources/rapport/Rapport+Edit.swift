import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a colleague's details.",
            discussion: "Example: rapport edit dana --role CFO --tag board --untag budget")

        @OptionGroup var store: StoreOptions
        @Argument(help: "A unique name prefix, the full name, or #ID.", completion: ColleagueCompletion.kind) var name: String
        @Option(name: .customLong("name"), help: "A new name.") var newName: String?
        @OptionGroup var fields: ColleagueOptions
        @Option(name: .customLong("untag"), help: "A tag to remove (repeatable).") var untags: [String] = []
        @Flag(help: "Rename them (or change their email) even if someone else already has that name or email.") var allowDuplicate = false
        @Flag(help: "Print the colleague as edited, as JSON.") var json = false

        func run() throws {
            let database = try store.open()
            let base = try ColleagueResolver.resolve(name, in: database)
            var colleague = base
            if let newName {
                guard !newName.trimmed.isEmpty else { throw CLIError("--name cannot be empty") }
                colleague.name = newName
            }
            try fields.apply(to: &colleague)
            let removed = Set(untags.map { $0.lowercased().trimmingCharacters(in: ["@"]) })
            colleague.tags.removeAll { removed.contains($0) }
            let changed: Bool
            do {
                changed = try database.updateColleague(colleague, editedFrom: base, at: AppClock.now, refusingLikelyDuplicate: !allowDuplicate)
            } catch let twin as LikelyDuplicate {
                throw CLIError("\(twin); keep both with --allow-duplicate")
            }
            if json { return try WrittenJSON.colleague(colleague.id!, in: database) }
            print(changed ? "Updated \(colleague.name) (#\(colleague.id!))" : "\(colleague.name) (#\(colleague.id!)) already has these details; nothing changed")
        }
    }
}

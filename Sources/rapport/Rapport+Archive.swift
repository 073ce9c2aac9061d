import ArgumentParser
import RapportApp
import Foundation
import TerminalUI

extension Rapport {
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Archive a colleague (hidden from lists, history kept), or restore one.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "A unique name prefix, the full name, or #ID.", completion: ColleagueCompletion.kind) var name: String
        @Flag(help: "Bring an archived colleague back.") var restore = false

        func run() throws {
            let database = try store.open()
            let colleague = try ColleagueResolver.resolve(name, in: database)
            guard try database.setArchived(colleague.id!, !restore) else {
                return print("\(colleague.name) (#\(colleague.id!)) is \(restore ? "not archived" : "already archived"); nothing changed")
            }
            print("\(restore ? "Restored" : "Archived") \(colleague.name) (#\(colleague.id!))")
        }
    }
}

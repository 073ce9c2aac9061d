import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import PeerStore
import TerminalUI

extension Rapport {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a colleague.",
            discussion: "Example: rapport add \"Dana Whitfield\" --team Finance --role \"Director, FP&A\" --tag exec --stance skeptic --vital 5")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Their full name.") var name: String
        @OptionGroup var fields: ColleagueOptions
        @OptionGroup var rating: RatingOptions
        @Flag(help: "Add them even if someone with the same name or email is already there.") var allowDuplicate = false
        @Flag(help: "Print the colleague added, as JSON.") var json = false

        func run() throws {
            guard !name.trimmed.isEmpty else { throw CLIError("a colleague needs a name") }
            var colleague = Colleague(name: name, ratings: try rating.validated())
            try fields.apply(to: &colleague)
            let database = try store.open(creating: true)
            let saved: Colleague
            do {
                saved = try database.addColleague(colleague, at: AppClock.now, refusingLikelyDuplicate: !allowDuplicate)
            } catch let twin as LikelyDuplicate {
                throw CLIError("\(twin); edit them with rapport edit '#\(twin.existing.id ?? 0)', or add another with --allow-duplicate")
            }
            if json { return try WrittenJSON.colleague(saved.id!, in: database) }
            print("Added \(saved.name) (#\(saved.id!))")
        }
    }
}

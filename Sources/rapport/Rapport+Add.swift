import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a colleague.",
            discussion: "Example: rapport add \"Dana Whitfield\" --team Finance --role \"Director, FP&A\" --tag exec --stance skeptic --vital 5")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Their full name.") var name: String
        @OptionGroup var fields: ColleagueOptions
        @OptionGroup var rating: RatingOptions

        func run() throws {
            guard !name.trimmed.isEmpty else { throw CLIError("a colleague needs a name") }
            var colleague = Colleague(name: name, ratings: try rating.validated())
            try fields.apply(to: &colleague)
            let database = try store.open(creating: true)
            let saved = try database.addColleague(colleague, at: AppClock.now)
            print("Added \(TextSanitizer.sanitize(saved.name)) (#\(saved.id!))")
        }
    }
}

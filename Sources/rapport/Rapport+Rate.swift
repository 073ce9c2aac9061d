import ArgumentParser
import RapportApp
import Foundation
import PeerNetwork
import TerminalUI

extension Rapport {
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "Rate a relationship on vital, frequency, quality and trust (1-5).",
            discussion: "Only changed values are added to the history. Example: rapport rate dana --trust 3 --quality 3")

        @OptionGroup var store: StoreOptions
        @Argument(help: "A unique name prefix, the full name, or #ID.", completion: ColleagueCompletion.kind) var name: String
        @OptionGroup var rating: RatingOptions
        @Flag(help: "Print the colleague as rated, as JSON.") var json = false

        func run() throws {
            let ratings = try rating.validated()
            guard !ratings.isUnrated else {
                throw CLIError("give at least one of --vital, --frequency, --quality, --trust (1 to 5)")
            }
            let database = try store.open()
            let colleague = try ColleagueResolver.resolve(name, in: database)
            let changed = try database.rate(colleague.id!, ratings, at: AppClock.now)
            let name = colleague.name
            if json { return try WrittenJSON.colleague(colleague.id!, in: database) }
            if changed.isEmpty {
                print("\(name): ratings unchanged, marked as reviewed")
            } else {
                let list = changed.map { "\($0.rawValue) \(colleague.ratings[$0].map(String.init) ?? "–")→\(ratings[$0]!)" }
                print("\(name): \(list.joined(separator: ", "))")
            }
        }
    }
}

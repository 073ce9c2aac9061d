import ArgumentParser
import Foundation
import PeerStore

extension Rapport {
    struct Organisation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organisation",
            abstract: "Set or show your own organisation: the review's silos and the departments map count only its people.",
            discussion: """
                Colleagues with another organisation (rapport edit NAME --org Contoso, or a Company or ORG an \
                import brought in) stay listed and can be logged, as partners.
                Examples:
                  rapport organisation Northwind
                  rapport organisation --clear
                """)
        @OptionGroup var store: StoreOptions
        @Argument(help: "Your organisation's name; none shows it.") var name: String?
        @Flag(help: "Forget it: everyone counts as yours again.") var clear = false

        func validate() throws {
            guard !(clear && name != nil) else { throw ValidationError("give a name or --clear, not both") }
            guard clear || name == nil || !name!.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("an organisation needs a name") }
        }

        func run() throws {
            if clear || name != nil {
                let database = try store.open(creating: true)
                try database.setOrganisation(clear ? "" : name!)
                print(clear ? "No organisation set: everyone counts as yours." : "Your organisation: \(try database.organisation())")
                return
            }
            let own = try store.openForReading().organisation()
            print(own.isEmpty ? "No organisation set: everyone counts as yours (rapport organisation NAME sets it)." : "Your organisation: \(own)")
        }
    }
}

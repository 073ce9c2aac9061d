import ArgumentParser
import Foundation
import PeerStore
import RapportApp

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
        @Flag(help: "Print JSON (an empty name when none is set).") var json = false

        func validate() throws {
            guard !(clear && name != nil) else { throw ValidationError("give a name or --clear, not both") }
            guard clear || name == nil || !name!.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("an organisation needs a name") }
        }

        func run() throws {
            let setting = clear || name != nil
            let database = try setting ? store.open(creating: true) : store.openForReading()
            if setting { try database.setOrganisation(clear ? "" : name!) }
            let own = try database.organisation()
            if json { return print(JSONValue.object([("organisation", .string(own))]).rendered()) }
            print(own.isEmpty ? "No organisation set: everyone counts as yours\(setting ? "." : " (rapport organisation NAME sets it).")" : "Your organisation: \(own)")
        }
    }
}

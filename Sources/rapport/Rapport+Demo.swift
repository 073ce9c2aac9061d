import ArgumentParser
import RapportApp
import Foundation

extension Rapport {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Fill an empty database with the demo network (about 25 colleagues, three months of history).",
            discussion: "Example: rapport demo --db /tmp/demo.sqlite && rapport list --db /tmp/demo.sqlite")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open(creating: true)
            try DemoNetwork.fill(database)
            print("Demo network written to \(database.path): \(try database.colleagueCount()) colleagues, \(try database.interactionCount()) interactions")
        }
    }
}

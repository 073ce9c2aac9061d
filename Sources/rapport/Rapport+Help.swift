import ArgumentParser

extension Rapport {
    /// `rapport help WORDS`, in place of swift-argument-parser's own, which shows the top-level
    /// help with status 0 for words that name no command. A help for nothing is a usage error,
    /// as any unknown command is. Being first among the subcommands named `help`, it is the one
    /// the parser picks.
    struct Help: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "help", abstract: "Show a command's help.", shouldDisplay: false)

        @Argument(help: "The command, and its subcommands, to show help for.") var words: [String] = []

        func validate() throws {
            _ = try command()
        }

        func run() throws {
            print(Rapport.helpMessage(for: try command()))
        }

        private func command() throws -> any ParsableCommand.Type {
            var command: any ParsableCommand.Type = Rapport.self
            for word in words {
                let commands = command.configuration.subcommands.filter { $0 != Help.self }
                let names = commands.map { $0.configuration.commandName ?? "" }
                guard let index = names.firstIndex(of: word) else {
                    throw ValidationError("no command \(quoted(word)) to help with; the commands are \(names.joined(separator: ", "))")
                }
                command = commands[index]
            }
            return command
        }
    }
}

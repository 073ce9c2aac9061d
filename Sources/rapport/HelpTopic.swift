import ArgumentParser

/// `rapport help WORDS`: swift-argument-parser shows the top-level help, with status 0, for words
/// that name no command. A help for nothing is a usage error, as any unknown command is.
enum HelpTopic {
    static func validate(_ arguments: [String]) throws {
        guard arguments.first == "help" else { return }
        var commands: [any ParsableCommand.Type] = Rapport.configuration.subcommands
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            let names = commands.map { name(of: $0) }
            guard let index = names.firstIndex(of: word) else {
                throw ValidationError("no command '\(word)' to help with; the commands are \(names.joined(separator: ", "))")
            }
            commands = subcommands(of: commands[index])
        }
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? ""
    }

    private static func subcommands(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        command.configuration.subcommands
    }
}

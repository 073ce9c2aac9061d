/// `rapport review` with `--db PATH`, `--week W`, `--format F`, `--json` and `--hidden`, each at
/// most once and in any order, read directly, as `QuickLogArguments` reads a log line. Printing
/// the review is what the shell runs most after a log line, and swift-argument-parser's
/// reflection over the command cost 16.8 M instructions (about 3 ms of `review --json`'s 80)
/// before the file was opened. Every other shape (a decision, --help, `--format=json`, an
/// unknown format) goes to the parser, which reads these the same way.
struct ReviewArguments {
    var databasePath: String?
    var week: String?
    var format: Rapport.ReviewCommand.Format = .text
    var hidden = false

    init?(_ arguments: some Collection<String>) {
        var rest = arguments[...]
        guard rest.popFirst() == "review" else { return nil }
        var seen: Set<String> = []
        func value() -> String? { rest.popFirst().flatMap { $0.hasPrefix("-") ? nil : $0 } }
        while let argument = rest.popFirst() {
            guard seen.insert(argument).inserted else { return nil }
            switch argument {
            case "--json": format = .json
            case "--hidden": hidden = true
            case "--db":
                guard let path = value() else { return nil }
                databasePath = path
            case "--week":
                guard let name = value() else { return nil }
                week = name
            case "--format":
                guard let name = value(), let chosen = Rapport.ReviewCommand.Format(rawValue: name) else { return nil }
                // `--json` wins over `--format`, as it does in the parsed command.
                if !seen.contains("--json") { format = chosen }
            default: return nil
            }
        }
    }
}

/// The arguments that only open the dashboard: `--db PATH`, `--demo` and `--redact`, in any
/// order. `rapport` is run for this far more than for anything else, and swift-argument-parser
/// spends 1.5 ms building its command tree by reflection before it parses a single argument;
/// these are read directly. Anything else (a subcommand, --help, a typo) goes to the parser.
struct DashboardArguments {
    var databasePath: String?
    var demo = false
    var redact = false

    init?(_ arguments: some Collection<String>) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--demo": demo = true
            case "--redact": redact = true
            case "--db" where databasePath == nil:
                guard let path = rest.popFirst(), !path.hasPrefix("-") else { return nil }
                databasePath = path
            default: return nil
            }
        }
    }
}

/// `rapport log [--db PATH] WORDS...` with no word starting with a dash, or `rapport log [--db
/// PATH] -`, read directly, as `DashboardArguments` reads the dashboard's. Logging right after a
/// meeting is what the command line is run for most, and swift-argument-parser's reflection over
/// the command (14 M instructions, about 2.5 ms) cost more than the write itself. Every other
/// shape (--help, a dash in the note, an option after the words) goes to the parser, which reads
/// these the same way.
struct QuickLogArguments {
    var databasePath: String?
    var words: [String]

    init?(_ arguments: some Collection<String>) {
        var rest = arguments[...]
        guard rest.popFirst() == "log" else { return nil }
        if rest.first == "--db" {
            rest.removeFirst()
            guard let path = rest.popFirst(), !path.hasPrefix("-") else { return nil }
            databasePath = path
        }
        words = Array(rest)
        let readsStandardInput = words == ["-"]
        guard !words.isEmpty, readsStandardInput || !words.contains(where: { $0.hasPrefix("-") }) else { return nil }
    }
}

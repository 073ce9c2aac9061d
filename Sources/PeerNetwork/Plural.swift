/// "1 colleague", "2 colleagues": a count with its noun, for every sentence that says how many.
public enum Plural {
    public static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// The stress size's figures as the README gave them on 2026-12-02 (10,000 colleagues, a million
/// interactions, a static fixed-address build): no figure may now be worse than twice these.
enum StressBaseline {
    static let figures: [(prefix: String, value: Double)] = [
        ("first frame", 8.3), ("j/k", 1.28), ("PgDn/PgUp", 5.40), ("screen switch 1/3", 1.84), ("screen switch 1/2", 3.07),
        ("a filter keystroke, typed and erased, median", 5.4), ("s (sort by the next column), median", 8.4), ("4, the review screen", 5.1), ("rapport review --json", 65),
        ("rapport review --json, peak memory", 35), ("rapport log", 9.2), ("rapport --demo", 10.1),
    ]

    static func comparison(_ table: BenchTable) -> String {
        var lines = ["Against 2026-12-02's README at this size (no figure over 2x):"]
        for figure in table.figures {
            // The longest prefix that fits: "…, median" before "…".
            guard let base = figures.filter({ figure.what.hasPrefix($0.prefix) }).max(by: { $0.prefix.count < $1.prefix.count }) else { continue }
            let ratio = figure.value / base.value
            lines.append("  \(figure.what): \(String(format: "%.1f", figure.value)) against \(String(format: "%.1f", base.value)) \(figure.unit), \(String(format: "%.2fx", ratio))\(ratio <= 2 ? "" : "  OVER 2x")")
        }
        return lines.joined(separator: "\n")
    }
}

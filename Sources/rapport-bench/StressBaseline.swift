/// The stress size's figures as the README gave them on 2026-12-02 (10,000 colleagues, a million
/// interactions, a static fixed-address build): no figure may now be worse than twice these.
enum StressBaseline {
    static let figures: [String: Double] = [
        "first frame": 8.3, "j/k, p99": 1.28, "PgDn/PgUp, p99": 5.40, "screen switch 1/3 (log), p99": 1.84,
        "screen switch 1/2 (map), p99": 3.07, "a filter keystroke, typed and erased, median": 5.4,
        "s (sort by the next column), median": 8.4, "4, the review screen, first time": 5.1, "rapport review --json": 65,
        "rapport review --json, peak memory": 35, "rapport log NAME gave …": 9.2, "rapport --demo, first frame": 10.1,
    ]

    static func comparison(_ table: BenchTable) -> String {
        var lines = ["Against 2026-12-02's README at this size (no figure over 2x):"]
        for figure in table.figures {
            guard let base = figures[figure.what] else { continue }
            let ratio = figure.value / base
            lines.append("  \(figure.what): \(String(format: "%.1f", figure.value)) against \(String(format: "%.1f", base)) \(figure.unit), \(String(format: "%.2fx", ratio))\(ratio <= 2 ? "" : "  OVER 2x")")
        }
        return lines.joined(separator: "\n")
    }
}

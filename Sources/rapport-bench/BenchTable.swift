import Foundation

/// The benchmark's figures as a table: what, Rapport's figure, the peer's, their ratio, the
/// target and whether it was met.
struct BenchTable {
    enum Target {
        case atMost(Double, String)
    }

    struct Figure {
        var what: String
        var value: Double
        var unit: String
        var peer: (name: String, value: Double)?
        var target: Target?

        var met: Bool? {
            guard case .atMost(let limit, _) = target, value.isFinite else { return nil }
            return value <= limit
        }
    }

    let title: String
    private(set) var figures: [Figure] = []

    init(title: String) { self.title = title }

    mutating func add(_ what: String, _ value: Double, unit: String = "ms", peer: (String, Double)? = nil, target: Target? = nil) {
        figures.append(Figure(what: what, value: value, unit: unit, peer: peer.map { (name: $0.0, value: $0.1) }, target: target))
    }

    var text: String {
        func format(_ value: Double, _ unit: String) -> String { value.isFinite ? String(format: "%.1f %@", value, unit) : "–" }
        let rows = [["what", "Rapport", "peer", "ratio", "target", ""]] + figures.map { figure in
            let ratio = figure.peer.map { figure.value / $0.value }.flatMap { $0.isFinite ? String(format: "%.2fx", $0) : nil } ?? ""
            let target: String
            switch figure.target {
            case .atMost(let limit, let meaning)?: target = "≤ \(format(limit, figure.unit)) (\(meaning))"
            case nil: target = ""
            }
            return [
                figure.what, format(figure.value, figure.unit), figure.peer.map { "\($0.name) \(format($0.value, figure.unit))" } ?? "",
                ratio, target, figure.met.map { $0 ? "met" : "NOT MET" } ?? "",
            ]
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([title] + lines).joined(separator: "\n")
    }
}

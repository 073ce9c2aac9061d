import Foundation

/// How a balance score reads in text: `+0.42` means you give more, `-0.42` you receive more.
public enum BalanceFormat {
    public static func signed(_ score: Double?) -> String {
        guard let score else { return "–" }
        // What String(format: "%+.2f") prints, without Foundation's formatter on every row drawn.
        let hundredths = Int((abs(score) * 100).rounded(.toNearestOrEven))
        let fraction = hundredths % 100
        return (score >= 0 ? "+" : "-") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// Which way a relationship leans, in words: "one-way: you give", "one-way: you receive",
    /// and nil when it is not one-way.
    public static func oneWay(_ balance: Balance) -> String? {
        switch balance.leaning {
        case .onlyGiving: "one-way: you give"
        case .onlyReceiving: "one-way: you receive"
        case .balanced: nil
        }
    }

    /// A budget set in hours, written as every duration is: `4h`, `2h30m`.
    public static func budgetHours(_ value: Double) -> String {
        QuickLogSummary.duration(Int((value * 60).rounded()))
    }
}

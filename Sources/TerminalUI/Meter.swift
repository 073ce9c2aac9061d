/// A fill bar for a fraction: `██████░░░░`. Past 1 it is simply full; callers colour it.
public enum Meter {
    public static func render(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = fraction.isFinite ? min(width, max(0, Int((fraction * Double(width)).rounded()))) : width
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}

/// A history of 1–5 values as block characters, oldest first: `▂▄▄█`.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Int], range: ClosedRange<Int> = 1...5, width: Int? = nil) -> String {
        let shown = width.map { Array(values.suffix($0)) } ?? values
        let span = Double(range.upperBound - range.lowerBound)
        return String(shown.map { value in
            let clamped = min(max(value, range.lowerBound), range.upperBound)
            let level = Int((Double(clamped - range.lowerBound) / span * Double(levels.count - 1)).rounded())
            return levels[level]
        })
    }
}

import PeerNetwork

/// The colleague list as the screens hold it: everyone's place in the order (cheap even for
/// 10,000 people), and full rows only for those loaded, which are the ones on screen and a
/// screen either side. `update` asks for missing rows before a frame would need them.
public struct ColleagueList: Equatable, Sendable {
    public var entries: [ColleagueEntry]
    public var rows: [ColleagueID: ColleagueSummary]
    /// How many the query lists. More than `entries` only in the first screen drawn at start,
    /// which shows before the rest of the list is read.
    public var total: Int

    public init(entries: [ColleagueEntry] = [], rows: [ColleagueID: ColleagueSummary] = [:], total: Int? = nil) {
        self.entries = entries
        self.rows = rows
        self.total = total ?? entries.count
    }

    public var isComplete: Bool { entries.count >= total }

    /// A list with every row loaded; `summaries` in name order.
    public init(_ summaries: [ColleagueSummary]) {
        self.init(
            entries: summaries.enumerated().map { ColleagueEntry($1, nameRank: $0) },
            rows: Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var ids: [ColleagueID] { entries.map(\.id) }

    /// The full row at `index`, when it is loaded.
    public subscript(index: Int) -> ColleagueSummary? {
        entries.indices.contains(index) ? rows[entries[index].id] : nil
    }

    /// Ids in `range` (clamped to the list) whose rows are not loaded.
    public func missing(in range: Range<Int>) -> [ColleagueID] {
        let clamped = range.clamped(to: entries.indices)
        return entries[clamped].map(\.id).filter { rows[$0] == nil }
    }

    /// Most rows kept: past it, rows off screen are dropped when new ones arrive.
    static let rowLimit = 1_000

    /// Takes in loaded rows; keeps `keeping` when the cache must shrink.
    mutating func merge(_ loaded: [ColleagueSummary], keeping: Set<ColleagueID>) {
        if rows.count + loaded.count > Self.rowLimit { rows = rows.filter { keeping.contains($0.key) } }
        for summary in loaded { rows[summary.id] = summary }
    }
}

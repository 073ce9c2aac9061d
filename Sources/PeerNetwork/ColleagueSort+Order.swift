import Foundation

extension ColleagueSort {
    /// Whether the values fall down the list: ratings and stance start best first, names, teams,
    /// balance and last contact from the lowest.
    public func isDescending(reversed: Bool) -> Bool {
        let startsHighest = [.vital, .frequency, .quality, .trust, .stance].contains(self)
        return startsHighest != reversed
    }

    /// `entries` in this order, the way the store's SQL orders them (`AppDatabase.orderClause`):
    /// unset values at the end whichever way (except that a colleague never contacted is the
    /// longest ago), ties by name. The dashboard re-sorts a loaded list with it instead of
    /// reading 10,000 rows again; a test holds it to the SQL.
    public func ordered(_ entries: [ColleagueEntry], descending: Bool) -> [ColleagueEntry] {
        // Each entry becomes a key of plain numbers, compared in turn; sorting those and then
        // the entries by them is several times faster than comparing entries field by field.
        let sign = descending ? -1.0 : 1.0
        let keys: [SortKey]
        switch self {
        case .name:
            keys = entries.map { SortKey(group: 0, value: sign * Double($0.nameRank), rank: 0) }
        case .team:
            let order = Self.teamOrder(entries)
            keys = entries.map { SortKey(group: $0.team.isEmpty ? 1 : 0, value: sign * Double(order[$0.team] ?? 0), rank: $0.nameRank) }
        case .vital, .frequency, .quality, .trust:
            // Best first: higher ratings lead unless reversed.
            keys = entries.map { entry in
                let rating: Int? = switch self {
                case .vital: entry.vital
                case .frequency: entry.frequency
                case .quality: entry.quality
                default: entry.trust
                }
                return SortKey(group: rating == nil ? 1 : 0, value: -sign * Double(rating ?? 0), rank: entry.nameRank)
            }
        case .stance:
            keys = entries.map { SortKey(group: 0, value: sign * Double($0.stance.rank), rank: $0.nameRank) }
        case .balance:
            keys = entries.map { SortKey(group: $0.score == nil ? 1 : 0, value: sign * ($0.score ?? 0), rank: $0.nameRank) }
        case .last:
            keys = entries.map {
                SortKey(group: $0.lastContact == nil ? 0 : 1, value: sign * ($0.lastContact?.timeIntervalSince1970 ?? 0), rank: $0.nameRank)
            }
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    private struct SortKey: Comparable {
        var group: Int
        var value: Double
        var rank: Int

        static func < (a: SortKey, b: SortKey) -> Bool {
            a.group != b.group ? a.group < b.group : a.value != b.value ? a.value < b.value : a.rank < b.rank
        }
    }

    /// Each team's place among the teams in SQLite's NOCASE order; teams equal under it share one.
    private static func teamOrder(_ entries: [ColleagueEntry]) -> [String: Int] {
        let teams = Set(entries.map(\.team)).sorted { compareNoCase($0, $1) < 0 }
        var order: [String: Int] = [:]
        var place = 0
        for (index, team) in teams.enumerated() {
            if index > 0 && compareNoCase(teams[index - 1], team) != 0 { place += 1 }
            order[team] = place
        }
        return order
    }

    /// SQLite's NOCASE: bytes compared with only ASCII letters folded.
    static func compareNoCase(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?):
                let (x, y) = (foldASCII(x), foldASCII(y))
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    private static func foldASCII(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}

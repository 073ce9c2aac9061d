import Foundation

extension ColleagueSort {
    /// `entries` in this order, the way the store's SQL orders them (`AppDatabase.orderClause`):
    /// unset values at the end whichever way (except that a colleague never contacted is the
    /// longest ago), ties by name. The dashboard re-sorts a loaded list with it instead of
    /// reading 10,000 rows again; a test holds it to the SQL.
    public func ordered(_ entries: [ColleagueEntry], descending: Bool) -> [ColleagueEntry] {
        let byName = { (a: ColleagueEntry, b: ColleagueEntry) in a.nameRank < b.nameRank }
        switch self {
        case .name:
            return entries.sorted { descending ? byName($1, $0) : byName($0, $1) }
        case .team:
            return entries.sorted { a, b in
                if a.team.isEmpty != b.team.isEmpty { return !a.team.isEmpty }
                let order = Self.compareNoCase(a.team, b.team)
                return order != 0 ? (descending ? order > 0 : order < 0) : byName(a, b)
            }
        case .vital, .frequency, .quality, .trust:
            let rating: (ColleagueEntry) -> Int? = switch self {
            case .vital: \.vital
            case .frequency: \.frequency
            case .quality: \.quality
            default: \.trust
            }
            // Best first: higher ratings lead unless reversed.
            return Self.sorted(entries, by: rating, nilsFirst: false, ascending: descending, ties: byName)
        case .stance:
            return entries.sorted { a, b in
                a.stance.rank != b.stance.rank ? (descending ? a.stance.rank > b.stance.rank : a.stance.rank < b.stance.rank) : byName(a, b)
            }
        case .balance:
            return Self.sorted(entries, by: \.score, nilsFirst: false, ascending: !descending, ties: byName)
        case .last:
            return Self.sorted(entries, by: \.lastContact, nilsFirst: true, ascending: !descending, ties: byName)
        }
    }

    private static func sorted<Key: Comparable>(
        _ entries: [ColleagueEntry], by key: (ColleagueEntry) -> Key?, nilsFirst: Bool, ascending: Bool,
        ties: (ColleagueEntry, ColleagueEntry) -> Bool
    ) -> [ColleagueEntry] {
        entries.sorted { a, b in
            switch (key(a), key(b)) {
            case (nil, nil): return ties(a, b)
            case (nil, _): return nilsFirst
            case (_, nil): return !nilsFirst
            case let (x?, y?): return x != y ? (ascending ? x < y : x > y) : ties(a, b)
            }
        }
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

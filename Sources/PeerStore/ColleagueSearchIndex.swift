import Foundation
import GRDB
import PeerNetwork

/// Everyone the list can show, in name order, with the text the list filter searches
/// (`ColleagueSearch`), read at one revision: the dashboard filters it in memory while nothing
/// is written. In SQL each keystroke tested 10,000 texts with `instr`, about 50 M instructions;
/// here it is a byte search a text.
public struct ColleagueSearchIndex: Sendable {
    /// The revision everything was read at: the index holds only while the database is at it.
    public let revision: Int
    public let includesArchived: Bool
    private let entries: [ColleagueEntry]
    /// Each entry's search text, as stored: lower-cased by SQLite's `lower`.
    private let texts: [[UInt8]]

    init(revision: Int, includesArchived: Bool, entries: [ColleagueEntry], texts: [[UInt8]]) {
        self.revision = revision
        self.includesArchived = includesArchived
        self.entries = entries
        self.texts = texts
    }

    /// What `colleagueEntries(includeArchived:matching:)` reads for `filter`, in name order; nil
    /// for a filter SQL must answer (one with a NUL, which SQLite's text functions stop at).
    public func entries(matching filter: String) -> [ColleagueEntry]? {
        let trimmed = filter.trimmed
        guard !trimmed.isEmpty else { return entries }
        let needle = Self.lowerCased(trimmed)
        guard !needle.contains(0) else { return nil }
        var found: [ColleagueEntry] = []
        needle.withUnsafeBytes { needle in
            for index in entries.indices where texts[index].withUnsafeBytes({ Self.contains($0, needle) }) {
                var entry = entries[index]
                entry.nameRank = found.count
                found.append(entry)
            }
        }
        return found
    }

    /// SQLite's `lower` without ICU: ASCII letters only, as the stored texts and the SQL filter are.
    static func lowerCased(_ text: String) -> [UInt8] {
        text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// Whether `needle` occurs in `haystack`: each place its first byte is (`memchr`, which scans
    /// many bytes at a time), compared whole. A byte match of UTF-8 in UTF-8 starts on a
    /// character, as `instr`'s does.
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count, let text = haystack.baseAddress, let word = needle.baseAddress else { return false }
        let first = Int32(needle[0])
        var start = text
        var remaining = haystack.count
        while remaining >= needle.count {
            guard let hit = memchr(start, first, remaining - needle.count + 1) else { return false }
            if memcmp(hit, word, needle.count) == 0 { return true }
            remaining -= UnsafeRawPointer(hit) - start + 1
            start = UnsafeRawPointer(hit) + 1
        }
        return false
    }
}

extension AppDatabase {
    /// The list's search index, everyone (or only the active) with their search texts.
    public func colleagueSearchIndex(includeArchived: Bool) throws -> ColleagueSearchIndex {
        try read { db in
            let entries = try Self.colleagueEntries(includeArchived: includeArchived, matching: "", in: db)
            var texts: [ColleagueID: [UInt8]] = [:]
            texts.reserveCapacity(entries.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT colleague_id, CAST(text AS BLOB) FROM colleague_search")
            while let row = try rows.next() { texts[row[0]] = (row[1] as Data?).map { [UInt8]($0) } ?? [] }
            return ColleagueSearchIndex(
                revision: try Self.revision(in: db), includesArchived: includeArchived, entries: entries,
                texts: entries.map { texts[$0.id] ?? [] })
        }
    }
}

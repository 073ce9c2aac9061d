import Foundation

/// The one grammar shared by `rapport log` and the dashboard's quick-log popup:
///
///     COLLEAGUE... [direction] [kind] [duration] [date] NOTE...
///
/// Colleagues are unique case- and accent-insensitive name prefixes, full names with spaces,
/// `#ID`, or `@tag`. Keywords follow in any order; the first word that is none of them starts the note.
/// An omitted direction is `mutual`, an omitted kind `meeting`, an omitted date now.
public struct QuickLogParser: Sendable {
    public var candidates: [QuickLogCandidate]
    public var now: Date
    /// Asked for only when a word is a date (`QuickLogKeyword.parseDate`).
    private let calendar: @Sendable () -> Calendar

    /// Longest full name, in words, tried when matching names that contain spaces.
    private static let maxNameWords = 4

    public init(candidates: [QuickLogCandidate], now: Date, calendar: @escaping @autoclosure @Sendable () -> Calendar = .iso8601Local) {
        self.candidates = candidates
        self.now = now
        self.calendar = calendar
    }

    struct Token {
        var range: Range<String.Index>
        /// As typed, without the commas that may separate colleagues or keywords ("30m, today").
        var raw: String
        /// `raw` folded.
        var word: String
    }

    /// Words split at white space, and at a comma between two letters ("kenji,marcus").
    static func tokenize(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var previous: Character?
        for index in line.indices {
            let next = line.index(after: index) < line.endIndex ? line[line.index(after: index)] : nil
            let joinsNames = line[index] == "," && previous?.isLetter == true && next?.isLetter == true
            previous = line[index]
            if line[index].isWhitespace || joinsNames {
                if let begin = start { tokens.append(token(line, begin..<index)); start = nil }
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { tokens.append(token(line, begin..<line.endIndex)) }
        return tokens
    }

    private static func token(_ line: String, _ range: Range<String.Index>) -> Token {
        let raw = withoutCommas(line[range])
        return Token(range: range, raw: raw, word: raw.folded)
    }

    /// A word without the commas at its ends. Not Foundation's trim: its CharacterSet goes
    /// through UTF-16.
    static func withoutCommas(_ word: Substring) -> String {
        var word = word
        while word.first == "," { word.removeFirst() }
        while word.last == "," { word.removeLast() }
        return String(word)
    }

    public func parse(_ line: String) throws(QuickLogError) -> QuickLogEntry {
        try parseNoting(line, names: candidates).entry
    }

    /// `parse(_:)` with the colleagues looked up in `names` instead of `candidates`.
    public func parse(_ line: String, names: some QuickLogNames) throws(QuickLogError) -> QuickLogEntry {
        try parseNoting(line, names: names).entry
    }

    /// The entry, and the index of the token where the note starts (nil without a note).
    func parseNoting(_ line: String, names: some QuickLogNames) throws(QuickLogError) -> (entry: QuickLogEntry, noteStart: Int?) {
        guard !line.utf8.contains(0) else { throw .unstorable }
        let tokens = Self.tokenize(line)
        guard !tokens.isEmpty else { throw .empty }
        var index = 0
        let colleagues = try matchColleagues(tokens, index: &index, names: names)

        var entry = QuickLogEntry(
            colleagues: colleagues, direction: QuickLogEntry.defaultDirection,
            kind: QuickLogEntry.defaultKind, minutes: nil, occurredAt: now, note: "")
        var seen: [String: String] = [:]
        var lastDuration: (index: Int, minutes: Int)?
        while index < tokens.count {
            var raw = tokens[index].raw
            // A lone comma separates, as it does between colleagues.
            if raw.isEmpty { index += 1; continue }
            // "last friday" is the weekday.
            var used = 1
            if tokens[index].word == "last", index + 1 < tokens.count, QuickLogKeyword.weekdays[tokens[index + 1].word] != nil {
                raw = tokens[index + 1].raw
                used = 2
            }
            guard let keyword = try QuickLogKeyword.parse(raw, now: now, calendar: calendar) else { break }
            // After a direction or a kind, a verb that says both is the note's first word.
            if case .directionAndKind = keyword, seen["direction"] != nil || seen["kind"] != nil { break }
            // "1h 30m": hours, then the minutes under an hour, are one duration.
            if case .minutes(let minutes) = keyword, let last = lastDuration, last.index == index - 1, last.minutes % 60 == 0, minutes < 60 {
                entry.minutes = last.minutes + minutes
                lastDuration = nil
                index += 1
                continue
            }
            if let first = seen[keyword.slot] { throw .repeated(what: keyword.slot, first: first, second: raw) }
            seen[keyword.slot] = raw
            switch keyword {
            case .direction(let direction): entry.direction = direction
            case .directionAndKind(let direction, let kind):
                entry.direction = direction
                seen["kind"] = raw
                entry.kind = kind
            case .kind(let kind): entry.kind = kind
            case .minutes(let minutes):
                entry.minutes = minutes
                lastDuration = (index, minutes)
            case .date(let date): entry.occurredAt = date
            }
            index += used
        }
        if index < tokens.count { entry.note = String(line[tokens[index].range.lowerBound...]).trimmed }
        return (entry, index < tokens.count ? index : nil)
    }

    /// Consumes the leading colleague references, stopping at the first keyword or unknown word.
    private func matchColleagues(_ tokens: [Token], index: inout Int, names: some QuickLogNames) throws(QuickLogError) -> [QuickLogCandidate] {
        var chosen: [QuickLogCandidate] = []
        while index < tokens.count {
            let word = tokens[index].word
            if word.isEmpty { index += 1; continue }
            var found: [QuickLogCandidate]
            if word.hasPrefix("#"), let id = ColleagueID(word.dropFirst()) {
                guard let candidate = names.colleague(id: id) else { throw .unknownID(tokens[index].raw) }
                found = [candidate]
                index += 1
            } else if word.hasPrefix("@") {
                let tag = String(word.dropFirst())
                found = names.colleagues(tagged: tag)
                guard !found.isEmpty else { throw .unknownTag(tag) }
                index += 1
            } else {
                if !chosen.isEmpty, isKeyword(tokens[index].raw) { break }
                guard let (match, used) = try matchName(tokens, at: index, names: names) else {
                    if !chosen.isEmpty { break }
                    throw isKeyword(tokens[index].raw) ? .missingColleague(found: tokens[index].raw) : .unknownName(unknownName(tokens, at: index))
                }
                found = [match]
                index += used
            }
            for candidate in found where !chosen.contains(candidate) { chosen.append(candidate) }
        }
        guard !chosen.isEmpty else { throw .empty }
        return chosen
    }

    /// Whether a word is a direction, kind, duration or date: where the names end.
    /// The name a line starts with when no colleague has it: the capitalised words there, up to
    /// three and up to the first keyword ("Newbie Person gave help 30m"), or else the one word.
    func unknownName(_ tokens: [Token], at start: Int) -> String {
        let words = tokens[start...].prefix(3).map(\.raw).prefix { $0.first?.isUppercase == true && !isKeyword($0) }
        return words.isEmpty ? tokens[start].raw : words.joined(separator: " ")
    }

    public func isKeyword(_ raw: String) -> Bool {
        let raw = Self.withoutCommas(raw[...])
        // A malformed duration or date still reads as a keyword: it ends the names.
        do { return try QuickLogKeyword.parse(raw, now: now, calendar: calendar) != nil } catch { return true }
    }

    /// The colleague named at `index`, and how many words the name used. Full names (which may
    /// span several words) win over prefixes; a prefix must be unique.
    private func matchName(_ tokens: [Token], at index: Int, names: some QuickLogNames) throws(QuickLogError) -> (QuickLogCandidate, Int)? {
        let longest = min(Self.maxNameWords, tokens.count - index)
        for count in stride(from: longest, through: 1, by: -1) {
            let phrase = tokens[index..<index + count].map(\.word).joined(separator: " ")
            let byName = names.colleagues(named: phrase)
            let exact = byName.filter { $0.foldedName == phrase }
            if exact.count == 1 { return (exact[0], count) }
            if exact.count > 1 { throw .ambiguousName(phrase, candidates: describe(exact)) }
            let prefixed = byName.isEmpty ? names.colleagues(withLaterName: phrase) : byName
            if count > 1 {
                if prefixed.count == 1 { return (prefixed[0], count) }
                continue
            }
            if prefixed.count == 1 { return (prefixed[0], 1) }
            if prefixed.count > 1 { throw .ambiguousName(tokens[index].raw, candidates: describe(prefixed)) }
        }
        return nil
    }

    /// Colleagues whose full name starts with `prefix`; failing that, whose later name (a
    /// surname, say) does.
    public func matches(prefix: String) -> [QuickLogCandidate] {
        let folded = prefix.folded
        guard !folded.isEmpty else { return [] }
        let byName = candidates.colleagues(named: folded)
        return byName.isEmpty ? candidates.colleagues(withLaterName: folded) : byName
    }

    /// Names as shown in an ambiguity error; duplicates get their id so the user can tell them apart.
    private func describe(_ found: [QuickLogCandidate]) -> [String] {
        found.map { candidate in
            let twins = found.filter { $0.name == candidate.name }.count
            return twins > 1 ? "\(candidate.name) (#\(candidate.id))" : candidate.name
        }
    }
}

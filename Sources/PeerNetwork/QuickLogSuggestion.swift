import Foundation

/// A likely slip in a quick-log line, caught before it goes into the note: a word one edit away
/// from a keyword ("gott", "recieved") or from a colleague's name ("marcsu"), or a bare number
/// where a duration was meant ("30"). The preview asks "did you mean …?" and Tab takes it.
public struct QuickLogSuggestion: Equatable, Sendable {
    /// The word as typed, and what to put in its place.
    public var typed: String
    public var replacement: String
    /// The whole line with the replacement made.
    public var line: String

    public var question: String { "did you mean “\(replacement)”? Tab takes it" }
}

extension QuickLogParser {
    /// Every keyword spelled out, for near-miss checks and Tab completion.
    static let keywordWords: [String] = {
        let words = Array(QuickLogKeyword.directionWords.keys) + Array(QuickLogKeyword.kindWords.keys)
            + Array(QuickLogKeyword.weekdays.keys) + ["today", "yesterday"]
        return words.filter { $0.count >= 3 }.sorted()
    }()

    public func suggestion(for line: String) -> QuickLogSuggestion? {
        suggestion(for: line, names: candidates)
    }

    /// `suggestion(for:)` with the colleagues looked up in `names`; a name one letter off is
    /// suggested from `candidates` (none when they are empty).
    public func suggestion(for line: String, names: some QuickLogNames) -> QuickLogSuggestion? {
        let tokens = Self.tokenize(line)
        func replacing(_ index: Int, with word: String) -> QuickLogSuggestion {
            var fixed = line
            fixed.replaceSubrange(tokens[index].range, with: word)
            return QuickLogSuggestion(typed: tokens[index].raw, replacement: word, line: fixed)
        }
        do {
            let (_, noteStart) = try parseNoting(line, names: names)
            guard let start = noteStart, let fix = Self.slipFix(tokens[start].word) else { return nil }
            return replacing(start, with: fix)
        } catch .unknownName(let raw) {
            guard let index = tokens.firstIndex(where: { $0.raw == raw }) else { return nil }
            let word = tokens[index].word
            let firstNames = candidates.map { ($0.name.split(separator: " ").first.map(String.init) ?? $0.name) }
            let close = firstNames.filter { word.count >= 3 && Self.oneEditApart(word, $0.folded) }
            guard close.count == 1 else { return nil }
            return replacing(index, with: close[0])
        } catch {
            return nil
        }
    }

    /// What a note's first word (folded) was likely meant to be: a duration for a bare number,
    /// the keyword one letter away; nil when it reads as the start of a note.
    static func slipFix(_ word: String) -> String? {
        if let number = Int(word), (1...600).contains(number) { return "\(number)m" }
        guard word.count >= 4 else { return nil }
        return keywordWords.first { oneEditApart(word, $0) }
    }

    /// Whether a parsed entry's note starts with a likely slip: the cheap test that saves the
    /// shell a second reading of the line for every log that has none.
    public static func noteMayStartWithSlip(_ entry: QuickLogEntry) -> Bool {
        guard let first = entry.note.split(whereSeparator: \.isWhitespace).first else { return false }
        return slipFix(withoutCommas(first).folded) != nil
    }

    /// The line with its last word completed to the one keyword it begins ("feedb" → "feedback").
    public func completingKeyword(in line: String) -> String? {
        guard !line.hasSuffix(" "), let last = Self.tokenize(line).last, last.word.count >= 2 else { return nil }
        let matches = Self.keywordWords.filter { $0.hasPrefix(last.word) && $0 != last.word }
        guard matches.count == 1 else { return nil }
        var completed = line
        completed.replaceSubrange(last.range, with: matches[0] + " ")
        return completed
    }

    /// Damerau–Levenshtein distance of exactly one: a letter changed, added, dropped, or two swapped.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x != y, abs(x.count - y.count) <= 1 else { return false }
        if x.count == y.count {
            let different = x.indices.filter { x[$0] != y[$0] }
            if different.count == 1 { return true }
            return different.count == 2 && different[1] == different[0] + 1
                && x[different[0]] == y[different[1]] && x[different[1]] == y[different[0]]
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        var i = 0, j = 0, skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            j += 1
        }
        return true
    }
}

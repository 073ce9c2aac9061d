import Foundation

/// One line for a need or a promise: `WHAT [by DAY]`, as in "sign-off on the budget by march".
/// The day is the words after the last "by" that read as a day (see `DueDate`); a "by" that is
/// part of the text ("a review by legal") stays in it.
public struct CommitmentLine: Equatable, Sendable {
    public var what: String
    public var due: Date?

    public init(what: String, due: Date?) {
        self.what = what
        self.due = due
    }

    public enum Error: Swift.Error, Equatable, CustomStringConvertible, Sendable {
        case empty
        case needsDay
        /// A day was written but is none (`by 2027-02-30`).
        case badDay(DueDate.Error)

        public var description: String {
            switch self {
            case .empty: "say what it is, for example: the Q3 deck by friday"
            case .needsDay: "say by when: end with by DAY (by march, by friday, by 2027-03-15)"
            case .badDay(let error): error.description
            }
        }
    }

    /// The text is kept as typed but for the white space at its ends and before a "by DAY":
    /// the words are found where they stand, not split and joined again.
    public static func parse(_ line: String, requiringDay: Bool, now: Date, calendar: Calendar = .iso8601Local) throws(Error) -> CommitmentLine {
        let text = line.trimmed
        let words = text.split(whereSeparator: \.isWhitespace)
        var parsed = CommitmentLine(what: text, due: nil)
        var badDay: DueDate.Error?
        if let index = words.lastIndex(where: { String($0).folded == "by" }), index < words.count - 1 {
            let day = words[(index + 1)...].joined(separator: " ")
            do {
                parsed = CommitmentLine(what: String(text[..<words[index].startIndex]).trimmed, due: try DueDate.parse(day, now: now, calendar: calendar))
            } catch {
                // Figures after "by" were meant as a day; words may be the text's ("by legal").
                if day.contains(where: \.isNumber) { badDay = error }
            }
        }
        guard !parsed.what.isEmpty else { throw .empty }
        if requiringDay, parsed.due == nil { throw badDay.map(Error.badDay) ?? .needsDay }
        return parsed
    }
}

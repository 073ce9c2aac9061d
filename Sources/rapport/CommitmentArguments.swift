import Foundation
import PeerNetwork
import TerminalUI

/// `--by DAY` for needs and promises.
enum DueDateOption {
    static let help = "The day: 2027-03-15, today, tomorrow, friday, march (its 1st), 3d, 2w."

    static func parse(_ text: String, now: Date, calendar: Calendar) throws -> Date {
        do {
            return try DueDate.parse(text, now: now, calendar: calendar)
        } catch {
            throw CLIError("--by: " + TextSanitizer.sanitize(error.description))
        }
    }
}

/// The WHAT words of a need or promise.
enum CommitmentText {
    static func join(_ words: [String]) throws -> String {
        let text = words.joined(separator: " ").trimmed
        guard !text.isEmpty else { throw CLIError("say what it is, for example: the Q3 deck") }
        return text
    }
}

/// `#3` or `3`, looked up with `find`.
enum CommitmentID {
    static func find<T>(_ text: String, kind: String, _ find: (Int64) throws -> T?) throws -> T {
        guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), id > 0 else {
            throw CLIError("'\(TextSanitizer.sanitize(text))' is not a \(kind) id; `rapport \(kind) list` shows them")
        }
        guard let found = try find(id) else { throw CLIError("no \(kind) #\(id); `rapport \(kind) list --all` shows them") }
        return found
    }
}

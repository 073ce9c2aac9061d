/// Why a quick-log line could not be understood, in words meant for the user.
public enum QuickLogError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    /// A NUL, which the store cannot keep (`UnstorableText`): refused rather than cut.
    case unstorable
    case missingColleague(found: String)
    case unknownName(String)
    case ambiguousName(String, candidates: [String])
    case unknownTag(String)
    case unknownID(String)
    case repeated(what: String, first: String, second: String)
    case badDuration(String)
    case badDate(String)
    case futureDate(String)

    public var description: String {
        switch self {
        case .unstorable:
            "the line contains a NUL character (\\0), which cannot be stored"
        case .empty:
            "nothing to log: start with a colleague, e.g. 'dana gave info 30m shared the churn numbers'"
        case .missingColleague(let found):
            "start with a colleague's name or @tag, not '\(found)'"
        case .unknownName(let name):
            "no colleague matches '\(name)'"
        case .ambiguousName(let name, let candidates):
            "'\(name)' matches \(candidates.count) colleagues: \(candidates.joined(separator: ", ")); type more of the name"
        case .unknownTag(let tag):
            "no colleague is tagged @\(tag)"
        case .unknownID(let id):
            "no colleague has the id \(id)"
        case .repeated(let what, let first, let second):
            "two \(what)s given ('\(first)' and '\(second)'); keep one"
        case .badDuration(let token):
            "'\(token)' is not a duration: use 30m, 1h or 1h30m (at most 24h)"
        case .badDate(let token):
            "'\(token)' is not a date: use today, yesterday, a weekday or YYYY-MM-DD"
        case .futureDate(let token):
            "'\(token)' is in the future: log what already happened"
        }
    }
}

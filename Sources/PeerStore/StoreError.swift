/// Store failures in words for the user; each names the file or the thing involved.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case newerVersion(path: String)
    case cannotOpen(path: String, reason: String)
    case colleagueNotFound(ColleagueRef)
    case interactionNotFound(Int64)
    case invalid(String)

    public enum ColleagueRef: Equatable, Sendable {
        case id(Int64)
    }

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Rapport database (corrupt, or some other kind of file)"
        case .newerVersion(let path):
            "\(path) was written by a newer version of Rapport; upgrade Rapport to open it (the file was left untouched)"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        case .colleagueNotFound(.id(let id)):
            "no colleague with id \(id)"
        case .interactionNotFound(let id):
            "no interaction with id \(id)"
        case .invalid(let message):
            message
        }
    }
}

import PeerNetwork

/// Tags are single words: spaces inside a category or label become dashes.
enum ContactTag {
    static func normalised(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: "-")
    }
}

/// A file and a line in it, 1-based: what every import message points at.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// Input that cannot be imported as it is: `FILE:LINE: what is wrong`.
public struct ImportIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// What a file held: the contacts (each with its `FILE:LINE` as its source), the entries passed over with why, and how many values of
/// each kind Rapport has no place for (telephone numbers, addresses, birthdays...).
public struct ContactFile: Equatable, Sendable {
    public var records: [ImportCandidate] = []
    public var skipped: [Skipped] = []
    public var notImported: [String: Int] = [:]

    public struct Skipped: Equatable, Sendable {
        public var location: SourceLocation
        public var reason: String
    }

    public init(records: [ImportCandidate] = [], skipped: [Skipped] = [], notImported: [String: Int] = [:]) {
        self.records = records
        self.skipped = skipped
        self.notImported = notImported
    }

    public mutating func append(_ other: ContactFile) {
        records += other.records
        skipped += other.skipped
        notImported.merge(other.notImported, uniquingKeysWith: +)
    }
}

/// What an import would do, decided before anything is written: each incoming contact is matched
/// to a colleague by UID, then by email (any case), then by folded full name. A match gets only
/// the fields it lacks, unless `overwrite`; tags are added. Importing the same file twice
/// changes nothing the second time.
public struct ImportPlan: Sendable {
    public enum Outcome: Equatable, Sendable {
        case create(Colleague, sources: [String])
        /// `fields`: what changed, in the order of the form.
        case update(before: Colleague, after: Colleague, fields: [String], sources: [String])
        case unchanged(Colleague, sources: [String])
        case skip(source: String, reason: String)
    }

    private var merger: Merger
    private var skips: [Outcome] = []
    private let tag: String?
    private let overwrite: Bool

    /// An empty plan against the colleagues already there. Contacts are added one at a time as
    /// a file is read (`add`), and each colleague is held once: a large file is never held as a
    /// list of contacts and a list of outcomes as well.
    public init(existing: [Colleague], tag: String? = nil, overwrite: Bool = false) {
        merger = Merger(existing: existing)
        self.tag = tag
        self.overwrite = overwrite
    }

    public mutating func add(_ candidate: ImportCandidate) {
        var candidate = candidate
        if let tag { candidate.tags.append(tag) }
        switch merger.target(for: candidate) {
        case .found(let index): merger.merge(candidate, into: index, overwrite: overwrite)
        case .none: merger.add(candidate)
        case .ambiguous(let count):
            skip(source: candidate.source, reason: "\(count) colleagues are named \(candidate.name); give the contact an email or a UID to tell which")
        }
    }

    public mutating func skip(source: String, reason: String) { skips.append(.skip(source: source, reason: reason)) }

    /// Each outcome in turn, made as it is asked for: the colleagues' in order, then the skipped.
    public func forEachOutcome(_ body: (Outcome) throws -> Void) rethrows {
        for target in merger.targets { if let outcome = merger.outcome(of: target) { try body(outcome) } }
        for skip in skips { try body(skip) }
    }

    public var createdCount: Int { count { if case .create = $0 { true } else { false } } }
    public var updatedCount: Int { count { if case .update = $0 { true } else { false } } }
    public var unchangedCount: Int { count { if case .unchanged = $0 { true } else { false } } }
    public var skippedCount: Int { skips.count }

    private func count(_ matches: (Outcome) -> Bool) -> Int {
        var total = 0
        forEachOutcome { if matches($0) { total += 1 } }
        return total
    }
}

/// The colleagues an import is building, with indexes by UID, email and folded name.
private struct Merger {
    struct Target {
        /// Where they stand in `existing`; nil for someone the import creates.
        var before: Int?
        var current: Colleague
        var sources: [String] = []
    }

    enum Match { case found(Int), none, ambiguous(Int) }

    let existing: [Colleague]
    var targets: [Target]
    var byUID: [String: Int] = [:]
    var byEmail: [String: Int] = [:]
    var byName: [String: [Int]] = [:]

    init(existing: [Colleague]) {
        self.existing = existing
        targets = existing.indices.map { Target(before: $0, current: existing[$0]) }
        for position in targets.indices { index(position) }
    }

    mutating func index(_ index: Int) {
        let colleague = targets[index].current
        if let uid = colleague.uid, !uid.isEmpty { byUID[uid] = index }
        if !colleague.email.isEmpty { byEmail[colleague.email.lowercased()] = index }
        let name = colleague.name.singleSpaced.folded
        if !(byName[name] ?? []).contains(index) { byName[name, default: []].append(index) }
    }

    func target(for candidate: ImportCandidate) -> Match {
        if let uid = candidate.uid, let index = byUID[uid] { return .found(index) }
        if !candidate.email.isEmpty, let index = byEmail[candidate.email.lowercased()] { return .found(index) }
        let named = byName[candidate.name.singleSpaced.folded] ?? []
        switch named.count {
        case 0: return .none
        case 1: return .found(named[0])
        default: return .ambiguous(named.count)
        }
    }

    mutating func add(_ candidate: ImportCandidate) {
        let colleague = Colleague(
            name: candidate.name.singleSpaced, role: candidate.role, team: candidate.team, email: candidate.email,
            tags: Self.tags([], adding: candidate.tags), notes: candidate.notes, archived: candidate.archived, uid: candidate.uid)
        targets.append(Target(before: nil, current: colleague, sources: [candidate.source]))
        index(targets.count - 1)
    }

    mutating func merge(_ candidate: ImportCandidate, into index: Int, overwrite: Bool) {
        var colleague = targets[index].current
        func fill(_ field: WritableKeyPath<Colleague, String>, _ value: String) {
            guard !value.isEmpty, overwrite || colleague[keyPath: field].isEmpty else { return }
            colleague[keyPath: field] = value
        }
        if overwrite { fill(\.name, candidate.name.singleSpaced) }
        fill(\.role, candidate.role)
        fill(\.team, candidate.team)
        fill(\.email, candidate.email)
        fill(\.notes, candidate.notes)
        if let uid = candidate.uid, overwrite || colleague.uid == nil { colleague.uid = uid }
        colleague.tags = Self.tags(colleague.tags, adding: candidate.tags)
        targets[index].current = colleague
        targets[index].sources.append(candidate.source)
        self.index(index)
    }

    /// Tags keep their order; new ones are added once, compared without case.
    static func tags(_ tags: [String], adding new: [String]) -> [String] {
        var result = tags
        for tag in new where !result.contains(where: { $0.lowercased() == tag.lowercased() }) { result.append(tag.lowercased()) }
        return result
    }

    func outcome(of target: Target) -> ImportPlan.Outcome? {
        guard !target.sources.isEmpty else { return nil }
        guard let index = target.before else { return .create(target.current, sources: target.sources) }
        let before = existing[index]
        let fields = Self.changedFields(before, target.current)
        return fields.isEmpty
            ? .unchanged(before, sources: target.sources)
            : .update(before: before, after: target.current, fields: fields, sources: target.sources)
    }

    static func changedFields(_ a: Colleague, _ b: Colleague) -> [String] {
        var fields: [String] = []
        if a.name != b.name { fields.append("name") }
        if a.role != b.role { fields.append("role") }
        if a.team != b.team { fields.append("team") }
        if a.email != b.email { fields.append("email") }
        if a.tags.map({ $0.lowercased() }).sorted() != b.tags.map({ $0.lowercased() }).sorted() { fields.append("tags") }
        if a.notes != b.notes { fields.append("notes") }
        if a.uid != b.uid { fields.append("uid") }
        return fields
    }
}

import GRDB
import PeerNetwork

/// `QuickLogNames` answered from the store, one indexed query a question, within one read. A
/// parse asks about the longest phrase first, so a line naming "Ana Kowalczyk" reads her row
/// and not the hundred colleagues called Ana that "ana" alone would need (199 rows and 124
/// pages at 10,000 colleagues, most of `rapport log`'s reading). Answers are kept, since a parse
/// may ask again. The protocol cannot throw: the first database error ends the lookups, and
/// `answering` throws it once the parse returns.
final class StoredQuickLogNames: QuickLogNames {
    private let db: Database
    private let includeArchived: Bool
    /// Each question asked so far, and the colleagues read for it.
    private(set) var answers: [String: [QuickLogCandidate]] = [:]
    private var failure: (any Error)?

    init(db: Database, includeArchived: Bool) {
        self.db = db
        self.includeArchived = includeArchived
    }

    /// `body`'s answer from lookups in `db`, or the first database error they met.
    static func answering<T>(in db: Database, includeArchived: Bool, _ body: (StoredQuickLogNames) -> T) throws -> T {
        let names = StoredQuickLogNames(db: db, includeArchived: includeArchived)
        let answer = body(names)
        if let failure = names.failure { throw failure }
        return answer
    }

    func colleague(id: ColleagueID) -> QuickLogCandidate? {
        lookup("#\(id)", where: "c.id = ?", arguments: [id]).first
    }

    /// Tags compare folded, which SQL cannot do: a tag reads everyone.
    func colleagues(tagged tag: String) -> [QuickLogCandidate] {
        lookup("@", where: "1", arguments: []).filter { $0.isTagged(tag) }
    }

    func colleagues(named prefix: String) -> [QuickLogCandidate] {
        sharingWords(with: prefix).filter { $0.isNamed(prefix) }
    }

    func colleagues(withLaterName prefix: String) -> [QuickLogCandidate] {
        sharingWords(with: prefix).filter { $0.hasLaterName(prefix) }
    }

    /// The colleagues with a word (of their name's index) starting at `phrase`: everyone whose
    /// folded name, or a later word of it, starts with `phrase`, and a few more.
    func sharingWords(with phrase: String) -> [QuickLogCandidate] {
        if let query = ColleagueNameIndex.query(for: phrase) {
            return lookup("=" + phrase, where: ColleagueNameIndex.matching, arguments: [query])
        }
        let pattern = AppDatabase.escapeLike(phrase)
        return lookup(
            "=" + phrase, where: "c.folded_name LIKE ? ESCAPE '\\' OR c.folded_name LIKE ? ESCAPE '\\'",
            arguments: [pattern + "%", "% " + pattern + "%"])
    }

    private func lookup(_ question: String, where condition: String, arguments: StatementArguments) -> [QuickLogCandidate] {
        if let answer = answers[question] { return answer }
        guard failure == nil else { return [] }
        do {
            let answer = try Self.fetch(in: db, where: condition, arguments: arguments, includeArchived: includeArchived)
            answers[question] = answer
            return answer
        } catch {
            failure = error
            return []
        }
    }

    /// The candidates `condition` selects, in name order (ids apart twins, so every read agrees).
    /// The statement is cached: a parse asks its phrases with the same one.
    static func fetch(in db: Database, where condition: String, arguments: StatementArguments, includeArchived: Bool) throws -> [QuickLogCandidate] {
        let statement = try db.cachedStatement(sql: """
            SELECT c.id, c.name, c.folded_name, \(SQLFragments.tagList(of: "c")) AS tags
            FROM colleague c WHERE (? OR c.archived = 0) AND (\(condition)) ORDER BY c.name, c.id
            """)
        return try Row.fetchAll(statement, arguments: [includeArchived] + arguments).map { row in
            QuickLogCandidate(
                id: row["id"], name: row["name"] ?? "", foldedName: row["folded_name"],
                tags: (row["tags"] as String?).map { $0.split(separator: Row.tagSeparator).map(String.init) } ?? [])
        }
    }
}

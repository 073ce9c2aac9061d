import Foundation
import PeerNetwork
import TerminalUI

/// The popup over the current screen, if any. While one is open it gets every key.
public enum Popup: Equatable, Sendable {
    case quickLog(QuickLogPopup)
    case form(ColleagueForm)
    case rate(RatePopup)
    case stance(StancePopup)
    case confirm(Confirmation)
    case commitment(CommitmentPopup)
    case commitments(CommitmentListPopup)
    case meetings(MeetingsPopup)
    case brief(BriefPopup)
    case palette(PalettePopup)
    case tag(TagPopup)
}

/// `T`: one tag for the marked colleagues (or the selected one).
public struct TagPopup: Equatable, Sendable {
    public var ids: [ColleagueID]
    public var names: [String]
    public var field = TextField("")
    public var error: String?

    public init(ids: [ColleagueID], names: [String]) {
        self.ids = ids
        self.names = names
    }
}

/// `c` on a detail page: the colleague's open needs and promises, to mark met or kept.
public struct CommitmentListPopup: Equatable, Sendable {
    public var name: String
    public var needs: [Need]
    public var promises: [Promise]
    public var selected = 0

    public init(name: String, needs: [Need], promises: [Promise]) {
        self.name = name
        self.needs = needs
        self.promises = promises
    }

    public var count: Int { needs.count + promises.count }

    /// Marks the selected one met (a need) or kept (a promise).
    public func settleSelected() -> (Change, String)? {
        if needs.indices.contains(selected) {
            let need = needs[selected]
            return need.id.map { (.closeNeed($0), "Need met: \(need.what)") }
        }
        let index = selected - needs.count
        guard promises.indices.contains(index), let id = promises[index].id else { return nil }
        return (.keepPromise(id), "Promise kept: \(promises[index].what)")
    }
}

/// `n` and `p`: a need from, or a promise to or from, one colleague, as `WHAT [by DAY]`.
public struct CommitmentPopup: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case need
        case promise(PromiseDirection)
    }

    public var kind: Kind
    public var colleagueID: ColleagueID
    public var name: String
    public var field = TextField("")

    public init(kind: Kind, colleagueID: ColleagueID, name: String) {
        self.kind = kind
        self.colleagueID = colleagueID
        self.name = name
    }

    /// "You will need from Dana", "You promised Dana", "Dana promised you".
    public var heading: String {
        switch kind {
        case .need: "You will need from \(name)"
        case .promise(.mine): "You promised \(name)"
        case .promise(.theirs): "\(name) promised you"
        }
    }

    public func parsed(now: Date) throws(CommitmentLine.Error) -> CommitmentLine {
        try CommitmentLine.parse(field.text, requiringDay: kind == .need, now: now)
    }
}

/// `l`: one line in the quick-log grammar, with completions and a live preview.
public struct QuickLogPopup: Equatable, Sendable {
    public var field: TextField
    /// Set when the popup edits an existing interaction instead of logging a new one: the
    /// interaction as read when the popup opened.
    public var editing: Interaction?
    /// The line an edit started from: Enter on it unchanged saves nothing.
    public var original: String?
    /// Position in the history while recalling earlier lines with ↑/↓; nil when on the new line.
    public var historyIndex: Int?
    /// The line being typed before ↑ was pressed, restored by ↓ at the end of the history.
    public var draft = ""
    /// The review items the popup was opened from (a card's reasons): logging marks them done.
    public var reviewKeys: [String]
    /// The calendar meeting the line logs: saving records it as logged, at its start time.
    public var meeting: MeetingToLog?
    /// Your promise on that card: Ctrl-K says whether this log delivers it.
    public var promise: (id: PromiseID, what: String)?
    public var keepsPromise = false

    public init(
        text: String = "", selected: Bool = false, editing: Interaction? = nil, reviewKeys: [String] = [],
        promise: (id: PromiseID, what: String)? = nil
    ) {
        field = TextField(text, selected: selected)
        self.editing = editing
        self.reviewKeys = reviewKeys
        self.promise = promise
    }

    public static func == (a: QuickLogPopup, b: QuickLogPopup) -> Bool {
        a.field == b.field && a.editing == b.editing && a.historyIndex == b.historyIndex && a.draft == b.draft
            && a.reviewKeys == b.reviewKeys && a.promise?.id == b.promise?.id && a.promise?.what == b.promise?.what
            && a.keepsPromise == b.keepsPromise && a.meeting == b.meeting
    }
}

/// `r`: the four ratings, each moved with ←/→ or set with 1–5.
public struct RatePopup: Equatable, Sendable {
    public var colleagueID: ColleagueID
    public var name: String
    public var previous: Ratings
    public var ratings: Ratings
    public var focus: RatingDimension = .vital
}

/// `t`: pick a stance from the list.
public struct StancePopup: Equatable, Sendable {
    public var colleagueID: ColleagueID
    public var name: String
    public var selected: Stance
    /// Their stance when the popup opened: Enter on it changes nothing.
    public var original: Stance
}

/// `D`: says what will be lost and waits for `y`.
public struct Confirmation: Equatable, Sendable {
    public var message: String
    public var change: Change
    public var description: String
}

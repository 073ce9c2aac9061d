import PeerNetwork
import Synchronization

/// Screen-sharing mode (`--redact`, Ctrl-P): colleagues show as initials, and what you think of
/// them (notes, agenda, motivators, values, interaction notes, needs and promises, ratings) is
/// hidden. Redaction is a view: the state always holds the real data, so nothing that writes can
/// start from redacted text, and `view(of:)` makes the redacted copy that a frame is drawn from.
/// Ratings stay in the data for the map's placement but are never shown.
public enum Redaction {
    /// "Dana Whitfield" → "D. W."; "田中 浩 (Hiroshi Tanaka)" → "田. 浩.": the first letter of each
    /// word, in any script, with bracketed alternatives and punctuation left out.
    public static func initials(_ name: String) -> String {
        var kept = "", depth = 0
        for character in name {
            if "([{".contains(character) { depth += 1; continue }
            if ")]}".contains(character) { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(character) }
        }
        let letters = kept.split(whereSeparator: \.isWhitespace).compactMap { word in word.first(where: \.isLetter) }
        return letters.isEmpty ? "?" : letters.prefix(3).map { "\($0)." }.joined(separator: " ")
    }

    /// The state a redacted frame is drawn from.
    public static func view(of state: AppState) -> AppState {
        var view = state
        let redacted = projection(of: Source(state))
        view.colleagues = redacted.colleagues
        view.mapColleagues = redacted.mapColleagues
        view.log = redacted.log
        view.detail = redacted.detail
        view.review = redacted.review
        view.quickLogHistory = []
        view.status = redacted.status
        view.popup = redacted.popup
        view.team = state.team.map(team)
        // A status can name team members too ("Confirmed Ben Okafor → Ana Lima").
        if let members = state.team?.rows.members.map(\.name), let status = view.status {
            view.status = status.rewritten(FreeText(names: members).redacting)
        }
        return view
    }

    /// The team board: members by their initials, and their names in the texts too.
    static func team(_ page: TeamPage) -> TeamPage {
        var page = page
        let text = FreeText(names: page.rows.members.map(\.name))
        page.rows.members = page.rows.members.map { TeamRows.Member(role: $0.role, name: initials($0.name)) }
        page.rows.asks = page.rows.asks.map { var ask = $0; ask.what = text.redacting(ask.what); ask.doneMeans = text.redacting(ask.doneMeans); return ask }
        page.rows.offers = page.rows.offers.map { var offer = $0; offer.what = text.redacting(offer.what); return offer }
        func exchange(_ exchange: TeamRows.Exchange) -> TeamRows.Exchange {
            var exchange = exchange
            exchange.what = text.redacting(exchange.what)
            return exchange
        }
        page.rows.exchanges = page.rows.exchanges.map(exchange)
        page.awaiting = page.awaiting.map(exchange)
        page.recent = page.recent.map(exchange)
        page.rows.thanks = page.rows.thanks.map { var thanks = $0; thanks.what = text.redacting(thanks.what); return thanks }
        page.rows.norms = page.rows.norms.map { var norm = $0; norm.what = text.redacting(norm.what); return norm }
        page.balances = page.balances.map { var balance = $0; balance.member.name = initials(balance.member.name); return balance }
        page.flags = page.flags.map { var flag = $0; flag.about = initials(flag.about); flag.text = text.redacting(flag.text); return flag }
        return page
    }

    /// What redaction reads of the state.
    struct Source: Equatable {
        var colleagues: ColleagueList, mapColleagues: [ColleagueEntry], log: [LogEntry], detail: ColleagueDetail?
        var review: ReviewPage?, candidates: [QuickLogCandidate], status: StatusMessage?, popup: Popup?

        init(_ state: AppState) {
            (colleagues, mapColleagues, log, detail) = (state.colleagues, state.mapColleagues, state.log, state.detail)
            (review, candidates, status, popup) = (state.review, state.candidates, state.status, state.popup)
        }
    }

    /// What redaction makes of it.
    struct Projection {
        var colleagues: ColleagueList, mapColleagues: [ColleagueEntry], log: [LogEntry], detail: ColleagueDetail?
        var review: ReviewPage?, status: StatusMessage?, popup: Popup?
    }

    /// The last projection and what it was made from: a key that only moves the selection
    /// redraws from the same data, and a review of a big network is too long to redact afresh
    /// for every frame.
    private static let last = Mutex<(source: Source, projection: Projection)?>(nil)

    static func projection(of source: Source) -> Projection {
        if let last = last.withLock({ $0 }), last.source == source { return last.projection }
        let text = FreeText(names: names(in: source))
        let projection = Projection(
            colleagues: list(source.colleagues),
            mapColleagues: source.mapColleagues.map { entry in
                var copy = entry
                copy.name = initials(entry.name)
                return copy
            },
            log: source.log.map(entry), detail: source.detail.map(detail), review: source.review.map { page($0, text: text) },
            status: source.status.map { $0.rewritten(text.redacting) },
            popup: source.popup.map { popup($0, text: text) })
        last.withLock { $0 = (source, projection) }
        return projection
    }

    /// Every name the state holds, for finding them in free text.
    static func names(in state: Source) -> [String] {
        var names = state.colleagues.entries.map(\.name) + state.candidates.map(\.name)
        names += state.colleagues.rows.values.map(\.colleague.name) + state.log.flatMap(\.names)
        if let detail = state.detail { names += [detail.summary.colleague.name] + detail.recent.flatMap(\.names) }
        if let page = state.review {
            names += page.colleagues.values.map(\.name) + page.review.insights.compactMap(\.colleagueName)
                + page.review.hiddenInsights.compactMap(\.colleagueName)
        }
        return names
    }

    public static func colleague(_ colleague: Colleague) -> Colleague {
        var copy = colleague
        copy.name = initials(colleague.name)
        copy.email = ""
        copy.notes = ""
        copy.agenda = ""
        copy.motivators = ""
        copy.demotivators = ""
        copy.valuedInfo = ""
        return copy
    }

    public static func summary(_ summary: ColleagueSummary) -> ColleagueSummary {
        var copy = summary
        copy.colleague = colleague(summary.colleague)
        return copy
    }

    public static func list(_ list: ColleagueList) -> ColleagueList {
        var copy = list
        copy.entries = list.entries.map { entry in
            var redacted = entry
            redacted.name = initials(entry.name)
            return redacted
        }
        copy.rows = list.rows.mapValues(summary)
        return copy
    }

    public static func entry(_ entry: LogEntry) -> LogEntry {
        var copy = entry
        copy.names = entry.names.map(initials)
        copy.interaction.note = ""
        return copy
    }

    public static func detail(_ detail: ColleagueDetail) -> ColleagueDetail {
        var copy = detail
        copy.summary = summary(detail.summary)
        copy.recent = detail.recent.map(entry)
        copy.ratingHistory = []
        copy.needs = detail.needs.map { need in var hidden = need; hidden.what = "…"; return hidden }
        copy.promises = detail.promises.map { promise in var hidden = promise; hidden.what = "…"; return hidden }
        return copy
    }

    /// Review sentences name people, quote what they value and give ratings.
    static func page(_ page: ReviewPage, text: FreeText) -> ReviewPage {
        var copy = page
        func insight(_ insight: Insight) -> Insight {
            var copy = insight
            copy.colleagueName = insight.colleagueName.map(initials)
            copy.action = text.redacting(insight.action)
            copy.why = text.redacting(insight.why)
            return copy
        }
        copy.review.insights = page.review.insights.map(insight)
        copy.review.hiddenInsights = page.review.hiddenInsights.map(insight)
        copy.colleagues = page.colleagues.mapValues(colleague)
        return copy
    }

    /// Popups that show private fields (the form, ratings, an interaction's note) cannot open
    /// while redacted, nor redaction start while one is open (`Command.showsPrivateFields`); the
    /// rest name their colleague by initials.
    static func popup(_ popup: Popup, text: FreeText) -> Popup {
        switch popup {
        case .quickLog, .form, .rate, .brief, .palette: return popup
        case .tag(var tag):
            tag.names = tag.names.map(initials)
            return .tag(tag)
        case .meetings(var list):
            // A meeting's title is as private as a note; the people show as initials.
            list.meetings = list.meetings.map { item in
                var hidden = item
                hidden.meeting.title = "…"
                hidden.colleagues = item.colleagues.map { ($0.id, initials($0.name)) }
                hidden.unknown = item.unknown.map { CalendarMeeting.Attendee(email: "…", name: initials($0.name.isEmpty ? $0.email : $0.name)) }
                return hidden
            }
            return .meetings(list)
        case .stance(var stance):
            stance.name = initials(stance.name)
            return .stance(stance)
        case .confirm(var confirmation):
            confirmation.message = text.redacting(confirmation.message)
            return .confirm(confirmation)
        case .commitment(var commitment):
            commitment.name = initials(commitment.name)
            return .commitment(commitment)
        case .commitments(var list):
            list.name = initials(list.name)
            list.needs = list.needs.map { need in var hidden = need; hidden.what = "…"; return hidden }
            list.promises = list.promises.map { promise in var hidden = promise; hidden.what = "…"; return hidden }
            return .commitments(list)
        }
    }

    /// Sentences about colleagues (a status line, a review card, a confirmation, the quick-log
    /// preview): each word of a known name becomes its initial, a rating's figure a dot, and a
    /// quotation of what they value "…".
    public struct FreeText {
        let words: Set<String>

        public init(names: [String]) {
            words = Set(names.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) })
        }

        public func redacting(_ text: String) -> String {
            var result = "", word = "", quoted = false, afterRating = false
            func flush() {
                guard !word.isEmpty else { return }
                if afterRating, word.allSatisfy(\.isNumber) {
                    result += "·"
                } else {
                    result += words.contains(word) ? "\(word.first!)." : word
                }
                afterRating = RatingDimension(rawValue: word.lowercased()) != nil
                word = ""
            }
            for character in text {
                if character == "“" { flush(); quoted = true; result += "“…"; continue }
                if character == "”" { quoted = false }
                if quoted { continue }
                if character.isLetter || character.isNumber {
                    word.append(character)
                } else {
                    flush()
                    // "vital 5→4": both figures are hidden.
                    if character != " " && character != "→" { afterRating = false }
                    result.append(character)
                }
            }
            flush()
            return result
        }
    }
}

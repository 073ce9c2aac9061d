import PeerNetwork
import TerminalUI

/// Space marks colleagues on the list for one action on several, as lazygit and k9s do; A, D
/// and T then act on every marked one, and Esc clears the marks.
func toggleMark(in state: inout AppState) -> [Effect] {
    let entries = state.colleagues.entries, selected = state.colleaguePosition.selected
    guard entries.indices.contains(selected) else { return [] }
    let id = entries[selected].id
    if state.marked.remove(id) == nil { state.marked.insert(id) }
    // On to the next row, so a run of Space marks a run of people.
    state.colleaguePosition.move(by: 1, count: state.colleagues.count, visible: state.layout.tableRows)
    return []
}

/// The marked colleagues in list order, with their names; nil when none is marked.
func markedColleagues(_ state: AppState) -> [(id: ColleagueID, name: String)]? {
    guard !state.marked.isEmpty else { return nil }
    return state.colleagues.entries.filter { state.marked.contains($0.id) }.map { ($0.id, $0.name) }
}

/// "Ann Berg, Ben Adler and 3 more".
func naming(_ names: [String]) -> String {
    guard names.count > 3 else { return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last! }
    return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
}

func archiveMarked(_ marked: [(id: ColleagueID, name: String)], in state: inout AppState) -> [Effect] {
    state.marked = []
    return [.apply(.batch(marked.map { .setArchived($0.id, true) }), description: "Archived \(Plural.count(marked.count, "colleague")): \(naming(marked.map(\.name)))")]
}

/// One confirmation that names them all.
func deleteMarked(_ marked: [(id: ColleagueID, name: String)], in state: inout AppState) -> [Effect] {
    let names = marked.map(\.name)
    let listed = names.count <= 8 ? names.joined(separator: ", ") : naming(names)
    state.popup = .confirm(Confirmation(
        message: "Delete \(Plural.count(marked.count, "colleague")) (\(listed)), each with their history, needs, promises and the interactions they had with nobody else? (shared ones stay)",
        change: .batch(marked.map { .deleteColleague($0.id) }), description: "Deleted \(Plural.count(marked.count, "colleague")): \(naming(names))"))
    state.marked = []
    return []
}

/// What T and X act on: the marked colleagues, else the selected one.
func markedOrSelected(_ state: AppState) -> [(id: ColleagueID, name: String)] {
    markedColleagues(state) ?? state.selectedColleague.map { [($0.id, $0.colleague.name)] } ?? []
}

func exportMarked(in state: inout AppState) -> [Effect] {
    let targets = markedOrSelected(state)
    guard !targets.isEmpty else { return [] }
    state.marked = []
    return [.exportColleagues(targets.map(\.id))]
}

func openTagPopup(in state: inout AppState) -> [Effect] {
    let targets = markedOrSelected(state)
    guard !targets.isEmpty else { return [] }
    state.popup = .tag(TagPopup(ids: targets.map(\.id), names: targets.map(\.name)))
    return []
}

func handleTagKey(_ key: Key, popup: inout TagPopup, state: inout AppState) -> [Effect] {
    guard key == .enter else {
        if popup.field.handle(key) { popup.error = nil }
        return []
    }
    let tag = popup.field.text.trimmed.lowercased().trimmingCharacters(in: ["@"])
    guard !tag.isEmpty, !tag.contains(where: \.isWhitespace) else {
        popup.error = "a tag is one word"
        return []
    }
    state.marked = []
    let changes = popup.ids.map { Change.addTag($0, tag) }
    return [.apply(changes.count == 1 ? changes[0] : .batch(changes), description: "Tagged @\(tag): \(naming(popup.names))")]
}

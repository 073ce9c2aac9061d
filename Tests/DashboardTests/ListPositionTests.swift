@testable import Dashboard
import Testing

/// A reload keeps the selection on the same thing: the focus when it is listed, else the row
/// selected before wherever it moved, else its nearest neighbour still listed, the next first.
@Suite struct ListPositionTests {
    func followed(selecting selected: Int, from old: [Int], to new: [Int], focus: Int? = nil) -> Int {
        var position = ListPosition(selected: selected)
        position.follow(from: old, to: new, focus: focus, visible: 10)
        return position.selected
    }

    @Test func theFocusWins() {
        #expect(followed(selecting: 0, from: [1, 2, 3], to: [3, 2, 1], focus: 2) == 1)
    }

    @Test func theSelectedRowIsFollowedWhereverItMoved() {
        #expect(followed(selecting: 1, from: [1, 2, 3], to: [0, 3, 1, 2]) == 3)
        #expect(followed(selecting: 1, from: [1, 2, 3], to: [3, 2], focus: 9) == 1, "a focus not listed changes nothing")
    }

    @Test func aRowGoneLeavesTheSelectionOnItsNeighbour() {
        #expect(followed(selecting: 1, from: [1, 2, 3, 4], to: [0, 1, 4]) == 2, "the next one still listed")
        #expect(followed(selecting: 2, from: [1, 2, 3], to: [1, 2]) == 1, "the one before, when none after is")
        #expect(followed(selecting: 0, from: [1], to: []) == 0)
    }
}

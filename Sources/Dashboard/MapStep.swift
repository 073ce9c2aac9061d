import PeerNetwork

/// ←/→/↑/↓ on the map: to the nearest colleague in that direction on the trust (across) and
/// vital (up) grid, the nearest along the way first, then the nearest to either side; nowhere
/// to go, the selection stays.
func stepOnMap(dx: Int, dy: Int, in state: inout AppState) {
    guard let current = state.mapSelection, let trust = current.trust, let vital = current.vital else { return }
    let ahead = state.mapColleagues.enumerated().compactMap { index, entry -> (along: Int, aside: Int, index: Int)? in
        guard let t = entry.trust, let v = entry.vital else { return nil }
        let along = dx != 0 ? (t - trust) * dx : (v - vital) * dy
        let aside = dx != 0 ? abs(v - vital) : abs(t - trust)
        return along > 0 ? (along, aside, index) : nil
    }
    guard let nearest = ahead.min(by: { ($0.along + $0.aside, $0.along, $0.index) < ($1.along + $1.aside, $1.along, $1.index) }) else { return }
    let count = state.mapColleagues.count
    state.mapPosition.move(by: nearest.index - state.mapPosition.selected, count: count, visible: count)
}

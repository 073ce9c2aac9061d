import Foundation
import PeerNetwork
import TerminalUI

/// The loop: read a key or a tick, update the state, run the effects, draw the frame.
/// One thread owns the terminal; nothing here blocks for long.
public final class DashboardRuntime {
    let terminal: any TerminalBackend
    let data: any DashboardDataSource
    let clock: () -> Date
    public private(set) var state: AppState
    private var revision: Int?

    /// How often the loop wakes without a key, to notice writes from other processes.
    public static let tickMilliseconds = 1_000

    public init(terminal: any TerminalBackend, data: any DashboardDataSource, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.data = data
        self.clock = clock
        state = AppState(width: terminal.width, height: terminal.height, now: clock())
    }

    public func run() {
        dispatch(.start)
        revision = try? data.revision()
        while !state.shouldQuit {
            terminal.draw(DashboardView.render(state))
            let key = terminal.readKey(timeoutMilliseconds: Self.tickMilliseconds)
            dispatch(.tick(clock()))
            if let key { dispatch(.key(key)) }
            checkForOutsideWrites()
        }
    }

    public func dispatch(_ action: Action) {
        var pending = update(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            pending += update(&state, perform(effect))
        }
    }

    private func checkForOutsideWrites() {
        guard let current = try? data.revision(), current != revision else { return }
        revision = current
        dispatch(.externalChange)
    }

    func perform(_ effect: Effect) -> Action {
        do {
            switch effect {
            case .loadColleagues(let query):
                return .colleaguesLoaded(try data.colleagues(query, now: state.now), departments: try data.departments())
            case .loadLog(let filter, let before):
                return .logLoaded(try data.log(matching: filter, before: before, limit: Layout.logPageSize), appended: before != nil)
            case .loadDetail(let id):
                return .detailLoaded(try data.detail(of: id, now: state.now))
            }
        } catch {
            return .failed("\(error)")
        }
    }
}

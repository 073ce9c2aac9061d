import Foundation
import Synchronization

/// Work on threads of its own (the team's sync and its listener, the check of the calendar files,
/// the review read ahead), whose ends wait here as actions until the loop takes them: the
/// dashboard never waits for the network, a large file or a long read.
final class BackgroundWork: Sendable {
    private let finished = Mutex<[Action]>([])
    private let listening = Mutex(false)

    func start(_ work: @escaping @Sendable () -> Action?) {
        Thread.detachNewThread { [self] in
            if let action = work() { report(action) }
        }
    }

    /// Starts the listener once, on a thread that lives as long as the dashboard; each of its
    /// notices is reported as `action`, once until the loop takes it.
    func listen(_ listener: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void, reporting action: Action) {
        guard listening.withLock({ started in defer { started = true }; return !started }) else { return }
        Thread.detachNewThread { [self] in
            listener { [self] in report(action) }
        }
    }

    private func report(_ action: Action) {
        finished.withLock { if !$0.contains(action) { $0.append(action) } }
    }

    /// What finished since last asked, in the order it finished.
    func take() -> [Action] {
        finished.withLock { actions in
            defer { actions = [] }
            return actions
        }
    }
}

import Foundation
import Synchronization

/// Runs the team's sync step (and the listener for the server's notices), or the check of the
/// calendar files, on threads of their own, and keeps what they found until the loop takes it:
/// the dashboard never waits for the network or a large file.
final class BackgroundSync: Sendable {
    /// nil while nothing has finished; .some(nil) for a sync that reached the server.
    private let outcome = Mutex<String??>(nil)
    /// The server said the team changed since this was last taken.
    private let changed = Mutex(false)
    private let listening = Mutex(false)

    /// Starts the listener once, on a thread that lives as long as the dashboard.
    func listen(_ listener: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void) {
        guard listening.withLock({ started in defer { started = true }; return !started }) else { return }
        Thread.detachNewThread { [self] in
            listener { [self] in changed.withLock { $0 = true } }
        }
    }

    /// Whether the server said the team changed since last asked.
    func teamChanged() -> Bool {
        changed.withLock { value in
            defer { value = false }
            return value
        }
    }

    func start(_ sync: @escaping @Sendable () -> String?) {
        Thread.detachNewThread { [self] in
            let result = sync()
            outcome.withLock { $0 = .some(result) }
        }
    }

    /// The outcome of a sync that finished since last asked: the reason it was offline, or nil
    /// inside `.some` when it reached the server.
    func finished() -> String?? {
        outcome.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

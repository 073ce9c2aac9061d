import Foundation
import Synchronization

/// Runs the team's sync step on a thread of its own and keeps its outcome until the loop takes
/// it: the dashboard never waits for the network.
final class BackgroundSync: Sendable {
    /// nil while nothing has finished; .some(nil) for a sync that reached the server.
    private let outcome = Mutex<String??>(nil)

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

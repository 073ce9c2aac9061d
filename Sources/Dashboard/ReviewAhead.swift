import Dispatch
import Foundation

/// A review being read on a background thread, so that 4 shows it at once and no key ever
/// waits for it. Only the runtime's thread starts, polls and takes it.
final class ReviewAhead: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once on the background thread before `leave`, read only after `wait`: the
    /// group orders the two.
    private var outcome: Result<ReviewRead, any Error>?

    init(reading read: @escaping @Sendable (Date) throws -> ReviewRead, now: Date) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            outcome = Result { try read(now) }
            group.leave()
        }
    }

    var isDone: Bool { group.wait(timeout: .now()) == .success }

    /// The review, waiting for it if it is still being read, if it was read at `revision`:
    /// one read before a write would show a queue that is no longer true. Nil too if the read
    /// failed; the caller then reads in place, and meets the error there.
    func page(ifStillAt revision: Int?) -> ReviewPage? {
        group.wait()
        guard let read = try? outcome?.get(), read.revision == revision else { return nil }
        return read.page
    }
}

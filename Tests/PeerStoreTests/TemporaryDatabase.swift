import Foundation
@testable import PeerStore

/// A database in its own temporary folder, removed when the test is done with it.
final class TemporaryDatabase {
    let folder: URL
    var path: String { folder.appendingPathComponent("rapport.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-test-\(UUID().uuidString)")
    }

    func open() throws -> AppDatabase { try AppDatabase(path: path) }

    deinit { try? FileManager.default.removeItem(at: folder) }
}

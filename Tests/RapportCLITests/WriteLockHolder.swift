import Foundation

/// Another program in the middle of a write: a Python process that opens the database, begins an
/// IMMEDIATE transaction (optionally with an uncommitted insert) and holds it until stopped.
final class WriteLockHolder {
    private let process = Process()

    init(database: String, uncommittedColleague: String? = nil, seconds: Int = 30) throws {
        let insert = uncommittedColleague.map { "c.execute(\"INSERT INTO colleague (name, created_at) VALUES (?, 0)\", (\"\($0)\",))" } ?? ""
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            # The search-text triggers call Rapport's own function; this row is never committed.
            c.create_function('rapport_fold', 1, lambda text: text)
            c.execute('BEGIN IMMEDIATE')
            \(insert)
            print('locked', flush=True)
            time.sleep(\(seconds))
            """, database]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // Returns once the lock is held.
        _ = output.fileHandleForReading.availableData
    }

    /// Whether it still holds the lock: it lets go only by ending.
    var isHolding: Bool { process.isRunning }

    /// SIGKILL, not terminate()'s SIGTERM: a child started from a test thread inherits a mask
    /// that blocks SIGTERM, and the holder would sleep on, keeping the test run's output open.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

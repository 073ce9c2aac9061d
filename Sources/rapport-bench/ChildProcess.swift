import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end: wall time from spawn to exit, and what it printed. Foundation's
/// Process is not used: on Linux its waitUntilExit polls in 50 ms steps, so a 70 ms command
/// measured 150 ms and every `rapport log` and `sqlite3` INSERT about 51 ms.
struct ChildRun {
    var seconds: Double
    var output: String
}

enum ChildProcess {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `command` (looked up on PATH) with stderr discarded, and stdout read unless
    /// `discarding` (reading 3 MB of JSON through a pipe would be timed as the program's).
    static func run(_ command: [String], discarding: Bool = false) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipe: [Int32] = [-1, -1]
        if discarding {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            guard Glibc.pipe(&pipe) == 0 else { throw Failed(description: "pipe: \(String(cString: strerror(errno)))") }
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipe[0])
            posix_spawn_file_actions_addclose(&actions, pipe[1])
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = command.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + environment).forEach { free($0) } }

        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, arguments, environment)
        if !discarding { close(pipe[1]) }
        guard spawned == 0 else {
            if !discarding { close(pipe[0]) }
            throw Failed(description: "\(command[0]): \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        if !discarding {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(pipe[0], &buffer, buffer.count)
                if count > 0 { output += buffer[..<count] } else if count == 0 || errno != EINTR { break }
            }
            close(pipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ChildRun(seconds: seconds, output: String(decoding: output, as: UTF8.self))
    }

    /// `command`'s own peak resident memory in kilobytes, from GNU time (nil without it). Not
    /// from wait4: Linux counts the memory a child had before it exec'd, which for a child of
    /// this process is this process's (a /bin/true spawned by an 80 MB process reads 95 MB),
    /// and made a 38 MB `review --json` read 49 to 60 MB. GNU time itself is small.
    static func peakKilobytes(_ command: [String], scratch: URL) throws -> Int? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
        let report = scratch.appendingPathComponent("peak-memory").path
        _ = try run(["/usr/bin/time", "-o", report, "-f", "%M"] + command, discarding: true)
        return (try? String(contentsOfFile: report, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

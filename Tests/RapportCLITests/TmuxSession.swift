import Foundation

/// Drives a real terminal: the `rapport` binary inside tmux on a private socket, typing with
/// `send-keys` and reading the screen with `capture-pane`. Waits for text; never sleeps blindly.
final class TmuxSession {
    let socket = "rapport-e2e-\(UUID().uuidString.prefix(8))"
    let environment: [String: String]

    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    /// Starts a plain bash with a known prompt in a `width`×`height` window.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        self.environment = environment
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                         "-e", "TERM=tmux-256color", "-e", "LANG=C.UTF-8", "-e", "PS1=$ "]
        for (key, value) in environment { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["env", "-u", "RAPPORT_DB", "bash", "--norc", "--noprofile"]
        try tmux(arguments)
        try waitFor("$")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs one tmux command with posix_spawn and waitpid. Foundation's Process left the tmux
    /// client unreaped here, and reading its stdout would block on the server it forks; only
    /// `capture-pane` output is read.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let argv = ["tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var fds: [Int32] = [0, 0]
        let reads = arguments.first == "capture-pane" || arguments.first == "display-message"
        if reads {
            guard pipe(&fds) == 0 else { throw SpawnError(command: argv) }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The test runner blocks or ignores some signals, and a spawned child inherits that:
        // tmux (and so the dashboard) must start with a clean mask and default handlers, or
        // Ctrl-C and SIGWINCH would never arrive.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, cArguments, environ) == 0 else { throw SpawnError(command: argv) }
        var output = Data()
        if reads {
            close(fds[1])
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(fds[0], &buffer, buffer.count)
                if count <= 0 { break }
                output.append(buffer, count: count)
            }
            close(fds[0])
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }

    struct SpawnError: Error { var command: [String] }

    /// Types literal text (`-l`), then presses Enter if asked.
    func type(_ text: String, enter: Bool = false) throws {
        try tmux(["send-keys", "-l", text])
        if enter { try press("Enter") }
    }

    /// Presses named keys: Enter, Escape, Down, C-c, ...
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The terminal device the pane's programs write to.
    func paneTTY() throws -> String {
        try tmux(["display-message", "-p", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts `command` in the pane with its process id written to a file, so a test can signal
    /// it or watch it end. `prefix` runs first in the same shell (`trap '' HUP;` to ignore hang-ups).
    func launch(_ command: String, prefix: String = "") throws -> Int32 {
        let pidFile = "/tmp/\(socket).pid"
        try? FileManager.default.removeItem(atPath: pidFile)
        try type("sh -c '\(prefix) echo $$ > \(pidFile); exec \(command)'", enter: true)
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(20_000)
        }
        throw Timeout(waitingFor: "the process id in \(pidFile)", screen: try screen())
    }

    /// Waits until process `pid` has ended (gone, or a zombie nobody reaped); returns how long it took.
    static func waitForExit(of pid: Int32, timeout: TimeInterval) -> TimeInterval? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            let state = stat.split(separator: ")").last?.split(separator: " ").first
            if stat.isEmpty || state == "Z" { return Date().timeIntervalSince(start) }
            usleep(10_000)
        }
        return nil
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `text` shows up, or fails with what was on screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, absent: Bool = false) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) != absent { return last }
            usleep(50_000)
        }
        throw Timeout(waitingFor: absent ? "'\(text)' to go away" : "'\(text)'", screen: last)
    }
}

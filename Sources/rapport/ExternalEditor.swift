import Foundation
import RapportApp

/// Runs $VISUAL or $EDITOR (else vi) on a file the way git does: the editor string goes to
/// `sh -c` so it may carry options, and the path is passed as a separate argument, never
/// pasted into the shell string.
enum ExternalEditor {
    static func edit(_ path: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let status = try run(["/bin/sh", "-c", editor + " \"$@\"", editor, path], environment: environment, editor: editor)
        guard status == 0 else {
            throw CLIError("the editor (\(editor)) exited with status \(status); nothing was saved")
        }
    }

    /// The exit status (128 + the signal, for one a signal ended). posix_spawn, not Foundation's
    /// Process: that starts the child in a process group of its own, in the terminal's
    /// background, where an editor that reads the terminal (vi, nano) is stopped or fails at once.
    private static func run(_ arguments: [String], environment: [String: String], editor: String) throws -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], nil, nil, argv, envp)
        guard spawned == 0 else {
            throw CLIError("cannot start the editor (\(editor)): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw CLIError("lost the editor (\(editor)): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED and WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

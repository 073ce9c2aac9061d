import Foundation
import RapportApp

/// Runs $VISUAL or $EDITOR (else vi) on a file the way git does: the editor string goes to
/// `sh -c` so it may carry options, and the path is passed as a separate argument, never
/// pasted into the shell string.
enum ExternalEditor {
    static func edit(_ path: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$@\"", editor, path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError("the editor (\(editor)) exited with status \(process.terminationStatus); nothing was saved")
        }
    }
}

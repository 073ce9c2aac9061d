import ArgumentParser
import Foundation
import RapportApp
import TerminalUI

/// Every line this executable prints to standard output passes here, so none carries a raw
/// control: names and notes may come from imported files, and an escape sequence in one could
/// retitle the user's terminal or set its clipboard. It shadows the standard library's `print`
/// in this module; line breaks are kept, every other control is made visible. (JSON and the
/// export formats write their own bytes, escaped by their own rules.)
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TextSanitizer.sanitize(text, keepingNewlines: true), terminator: terminator)
}

/// Typed text as a usage error (`ValidationError`) quotes it. swift-argument-parser prints that
/// message as it is, line breaks and all, so the quote shows every control as a placeholder.
func quoted(_ text: String) -> String {
    "'" + TextSanitizer.sanitize(text) + "'"
}

/// A line to standard error, sanitised as `print` sanitises standard output.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TextSanitizer.sanitize(line) + "\n").utf8))
}

extension Rapport {
    /// Ends the process for `error` as swift-argument-parser would (help and version to standard
    /// output with status 0, anything else to standard error with its status), but with the
    /// message sanitised: usage errors quote what was typed, which may hold controls.
    static func exit(sanitizing error: Error) -> Never {
        let message = TextSanitizer.sanitize(fullMessage(for: onOneLine(error)), keepingNewlines: true)
        let code = exitCode(for: error)
        if !message.isEmpty {
            if code == .success {
                Swift.print(message)
            } else {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
        Foundation.exit(code.rawValue)
    }

    /// Rapport's own message is one line, as a status is: a line break in what it quotes (a tag
    /// typed with one, a name from a file) shows as ␊ rather than starting a line that reads as
    /// another message. swift-argument-parser's own messages keep their lines (usage, help), and
    /// a usage error quotes with `quoted`.
    private static func onOneLine(_ error: Error) -> Error {
        // Its own errors and Foundation's, which it describes in their own way, pass as they are.
        if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") || error is LocalizedError || type(of: error) is NSError.Type {
            return error
        }
        return CLIError(TextSanitizer.sanitize("\(error)"))
    }
}

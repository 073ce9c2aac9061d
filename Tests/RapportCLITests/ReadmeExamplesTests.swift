import Foundation
import Testing

/// Every `console` block of the README, run as written: each against a fresh demo network made at
/// a fixed moment, each `$` line through bash, its output compared with the lines under it (or its
/// exit status checked when none are shown).
@Suite struct ReadmeExamplesTests {
    struct Example {
        var line: Int
        var command: String
        var expected: [String]
    }

    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    /// The console blocks, each a list of commands with what they print.
    static func blocks() throws -> [[Example]] {
        var blocks: [[Example]] = []
        var current: [Example]?
        for (index, line) in try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n").enumerated() {
            if current == nil {
                if line == "```console" { current = [] }
                continue
            }
            if line == "```" {
                blocks.append(current!)
                current = nil
            } else if line.hasPrefix("$ ") {
                current!.append(Example(line: index + 1, command: String(line.dropFirst(2)), expected: []))
            } else if !current!.isEmpty {
                current![current!.count - 1].expected.append(line)
            }
        }
        return blocks
    }

    @Test func shellBlocksAreTestedOrIllustrative() throws {
        let fences = try String(contentsOf: Self.readme, encoding: .utf8).components(separatedBy: "\n").filter { $0.hasPrefix("```") && $0.count > 3 }
        for fence in fences {
            #expect(["```console", "```sh", "```jsonc", "```ini"].contains(fence), "\(fence): use console (tested) or sh (illustrative)")
        }
        #expect(try Self.blocks().count >= 2)
    }

    @Test func everyConsoleExampleRunsAsWritten() throws {
        let folder = RapportBinary.executable.deletingLastPathComponent().path
        for block in try Self.blocks() {
            let cli = RapportBinary()
            defer { cli.remove() }
            let environment = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC", "RAPPORT_DB": cli.database, "LANG": "C.UTF-8",
                               "PATH": folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
            try cli.run(["demo"], environment: environment)
            for example in block {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = ["-c", example.command]
                process.currentDirectoryURL = cli.folder
                var env = ProcessInfo.processInfo.environment
                env.merge(environment) { $1 }
                process.environment = env
                let output = Pipe()
                process.standardOutput = output
                process.standardError = output
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                if example.expected.isEmpty {
                    #expect(process.terminationStatus == 0, "README.md:\(example.line): `\(example.command)` failed:\n\(printed)")
                } else {
                    let shown = example.expected.joined(separator: "\n")
                    #expect(printed.trimmingCharacters(in: .newlines) == shown, "README.md:\(example.line): `\(example.command)` printed:\n\(printed)")
                }
            }
        }
    }
}
